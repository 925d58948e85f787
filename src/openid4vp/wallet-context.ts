import type { AppDeps } from "../deps";
import type { Logger } from "../log";

/** Context of the wallet verbs: the app's dependencies and the request's logger. */
export type WalletContext = Pick<
  AppDeps,
  "config" | "database" | "clock" | "serverSecret" | "officeEvidenceKey" | "trustList" | "fetchStatusList" | "verifierIdentity" | "responseChecks"
> & { log: Logger };
