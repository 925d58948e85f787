import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { petitionSubmissions } from "../db/schema";
import { isUuid } from "./queries";

/** A petition's submission record: who submitted it and when, and the sealed content and log head. */
export type Submission = typeof petitionSubmissions.$inferSelect;

/** Find the submission of a petition; undefined while it has not been submitted or for a malformed id. */
export async function findSubmission(database: Database, petitionId: string): Promise<Submission | undefined> {
  if (!isUuid(petitionId)) return undefined;
  const [submission] = await database.db.select().from(petitionSubmissions).where(eq(petitionSubmissions.petitionId, petitionId));
  return submission;
}
