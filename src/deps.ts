import type { Clock } from "./clock";
import type { Config } from "./config";
import type { StatusListFetcher } from "./credentials/status-list";
import type { TrustList } from "./credentials/trust-list";
import type { Database } from "./db/client";
import type { OfficeEvidenceKey } from "./evidence/office-evidence-key";
import type { Logger } from "./log";
import type { ResponseChecks } from "./openid4vp/response-checks";
import type { VerifierIdentity } from "./openid4vp/verifier-identity";

/** Everything the app needs from outside, built by server.ts and by the tests. */
export type AppDeps = {
  config: Config;
  database: Database;
  logger: Logger;
  clock: Clock;
  /** Key for resident keys and for wrapping petition keys; never stored in the database. */
  serverSecret: Buffer;
  /** The election office's public key that signature evidence is sealed to. */
  officeEvidenceKey: OfficeEvidenceKey;
  trustList: TrustList;
  verifierIdentity: VerifierIdentity;
  fetchStatusList: StatusListFetcher;
  /** Worker threads that decrypt and verify wallet responses; absent means these checks run in process. */
  responseChecks?: ResponseChecks;
};
