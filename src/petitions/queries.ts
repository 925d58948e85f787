import { and, asc, eq, gte, lte } from "drizzle-orm";
import type { Database } from "../db/client";
import { petitions } from "../db/schema";
import { berlinDate } from "./collection-period";

export type Petition = typeof petitions.$inferSelect;
export type NewPetition = typeof petitions.$inferInsert;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Check whether a string can be a petition id; PostgreSQL rejects anything else in a uuid column. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Find the petition with this id, in any status; undefined for an unknown or malformed id. */
export async function findPetition(database: Database, id: string): Promise<Petition | undefined> {
  if (!isUuid(id)) return undefined;
  const [petition] = await database.db.select().from(petitions).where(eq(petitions.id, id));
  return petition;
}

/** Petitions whose status is collecting and whose period includes today in Berlin, ending soonest first. */
export async function listCollectingPetitions(database: Database, now: Date): Promise<Petition[]> {
  const today = berlinDate(now);
  return database.db
    .select()
    .from(petitions)
    .where(and(eq(petitions.status, "collecting"), lte(petitions.collectionStart, today), gte(petitions.collectionEnd, today)))
    .orderBy(asc(petitions.collectionEnd), asc(petitions.createdAt));
}
