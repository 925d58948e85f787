export * from "./petitions";
export * from "./signatures";
export * from "./wallet-transactions";
export * from "./staff";
export * from "./webauthn-challenges";
export * from "./audit-log";
export * from "./signature-daily-counts";
export * from "./activation-codes";
