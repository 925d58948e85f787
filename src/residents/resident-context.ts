import type { Clock } from "../clock";
import type { Database } from "../db/client";
import type { AppDeps } from "../deps";
import type { OfficeEvidenceKey } from "../evidence/office-evidence-key";
import type { Logger } from "../log";
import { type RelyingParty, relyingPartyFrom } from "../passkeys/relying-party";

/** What the resident account operations need from outside. */
export type ResidentContext = {
  database: Database;
  clock: Clock;
  log: Logger;
  rp: RelyingParty;
  serverSecret: Buffer;
  officeEvidenceKey: OfficeEvidenceKey;
  /** Days after which stored eligibility facts must be proven again. */
  factsValidDays: number;
};

export function residentContextFrom(deps: AppDeps, log: Logger): ResidentContext {
  return {
    database: deps.database,
    clock: deps.clock,
    log,
    rp: relyingPartyFrom(deps.config),
    serverSecret: deps.serverSecret,
    officeEvidenceKey: deps.officeEvidenceKey,
    factsValidDays: deps.config.residents.factsValidDays,
  };
}
