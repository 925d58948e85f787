import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { petitionErasures } from "../db/schema";

export type PetitionErasure = typeof petitionErasures.$inferSelect;

/** Find the record of a petition's erasure; undefined while its signatures are kept. */
export async function findErasure(database: Database, petitionId: string): Promise<PetitionErasure | undefined> {
  const [erasure] = await database.db.select().from(petitionErasures).where(eq(petitionErasures.petitionId, petitionId));
  return erasure;
}
