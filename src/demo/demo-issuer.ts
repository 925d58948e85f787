import type { Config } from "../config";
import type { TrustedIssuer } from "../credentials/trust-list";

/** The demo KommPass issuer, whose key is generated into DATA_DIR. */
export type DemoIssuer = { trustedIssuer: TrustedIssuer };

export async function loadDemoIssuer(_config: Config): Promise<DemoIssuer> {
  throw new Error("loadDemoIssuer: not implemented yet");
}
