import type { AppDeps } from "../deps";
import type { Logger } from "../log";

/** What the wallet verbs need: the app's dependencies and the request's logger. */
export type WalletContext = Pick<
  AppDeps,
  "config" | "database" | "clock" | "serverSecret" | "trustList" | "fetchStatusList" | "verifierIdentity"
> & { log: Logger };
