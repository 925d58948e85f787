import type { Database } from "../../src/db/client";
import { petitions } from "../../src/db/schema";
import { addDays, berlinDate } from "../../src/petitions/collection-period";
import type { NewPetition, Petition } from "../../src/petitions/queries";
import { demoPetition } from "../../src/petitions/seed-demo";
import { insertPetitionKey } from "../../src/signing/petition-keys";

export type TestPetitionOverrides = Partial<NewPetition> & {
  /** The instant the petition is collecting around: it started 14 days before and ends 90 days after. */
  now?: Date;
  /** When given, the petition key is stored now; otherwise the first signing creates it. */
  serverSecret?: Buffer;
};

/**
 * Insert a collecting Dresden petition (AGS 14612000, age 18, EU citizens,
 * three months of residence, demo KommPass and both PID types, online and
 * paper) around `now`, with any field overridden.
 */
export async function createTestPetition(database: Database, overrides: TestPetitionOverrides = {}): Promise<Petition> {
  const { now = new Date(), serverSecret, ...values } = overrides;
  const [petition] = await database.db
    .insert(petitions)
    .values({ ...demoPetition(berlinDate(now)), ...values })
    .returning();
  if (petition === undefined) throw new Error("insert into petitions returned no row");
  if (serverSecret !== undefined) await insertPetitionKey(database.db, serverSecret, petition.id);
  return petition;
}

/** Compute the date `days` days from the Berlin date of `now`, for building periods in tests. */
export function berlinDateFrom(now: Date, days: number): string {
  return addDays(berlinDate(now), days);
}
