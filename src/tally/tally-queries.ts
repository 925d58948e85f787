import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { tallySnapshots } from "../db/schema";
import { isUuid } from "../petitions/queries";
import type { TallySnapshot } from "./create-tally";

/** Public tokens are 32 random bytes in base64url, 43 characters. */
const PUBLIC_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** List a petition's certified tallies, newest first. */
export async function listTallies(database: Database, petitionId: string): Promise<TallySnapshot[]> {
  return database.db
    .select()
    .from(tallySnapshots)
    .where(eq(tallySnapshots.petitionId, petitionId))
    .orderBy(desc(tallySnapshots.generatedAt), desc(tallySnapshots.id));
}

/** Find one tally of a petition; undefined for an unknown or malformed id and for another petition's tally. */
export async function findTally(database: Database, petitionId: string, tallyId: string): Promise<TallySnapshot | undefined> {
  if (!isUuid(tallyId)) return undefined;
  const [snapshot] = await database.db
    .select()
    .from(tallySnapshots)
    .where(and(eq(tallySnapshots.id, tallyId), eq(tallySnapshots.petitionId, petitionId)));
  return snapshot;
}

/** Find the tally behind a public recompute page's token; undefined for anything that is not a known token. */
export async function findTallyByToken(database: Database, token: string): Promise<TallySnapshot | undefined> {
  if (!PUBLIC_TOKEN.test(token)) return undefined;
  const [snapshot] = await database.db.select().from(tallySnapshots).where(eq(tallySnapshots.publicToken, token));
  return snapshot;
}
