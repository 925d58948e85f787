import type { Clock } from "../clock";
import type { Database } from "../db/client";
import type { Logger } from "../log";

/** Dependencies of the workspace's verbs: the database, the clock, the logger and the key that wraps petition keys. */
export type PetitionContext = { database: Database; serverSecret: Buffer; clock: Clock; log: Logger };
