import { asc, desc, inArray, ne } from "drizzle-orm";
import type { Database } from "../db/client";
import { petitions } from "../db/schema";
import type { Petition } from "../petitions/queries";
import type { SignedInStaff } from "../staff/signed-in-staff";

/**
 * List the petitions a staff member works on, newest first: an organiser's
 * team petitions, every petition for an administrator, and the published
 * ones for the election office.
 */
export async function listWorkspacePetitions(database: Database, staff: SignedInStaff): Promise<Petition[]> {
  const order = [desc(petitions.createdAt), asc(petitions.title)];
  if (staff.role === "admin") return database.db.select().from(petitions).orderBy(...order);
  if (staff.role === "election_office") return database.db.select().from(petitions).where(ne(petitions.status, "draft")).orderBy(...order);
  if (staff.teamPetitionIds.length === 0) return [];
  return database.db.select().from(petitions).where(inArray(petitions.id, staff.teamPetitionIds)).orderBy(...order);
}
