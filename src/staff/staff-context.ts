import type { Clock } from "../clock";
import type { Database } from "../db/client";
import type { AppDeps } from "../deps";
import type { Logger } from "../log";
import { type RelyingParty, relyingPartyFrom } from "../passkeys/relying-party";
import type { SessionTimeouts } from "./staff-sessions";

/** What the staff account operations need from outside. */
export type StaffContext = {
  database: Database;
  clock: Clock;
  log: Logger;
  rp: RelyingParty;
  sessionTimeouts: SessionTimeouts;
};

export function staffContextFrom(deps: AppDeps, log: Logger): StaffContext {
  return {
    database: deps.database,
    clock: deps.clock,
    log,
    rp: relyingPartyFrom(deps.config),
    sessionTimeouts: deps.config.staffSessions,
  };
}
