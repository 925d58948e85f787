import { asc } from "drizzle-orm";
import type { Db } from "../db/client";
import { petitions, staffMembers } from "../db/schema";
import type { StaffRole } from "./signed-in-staff";

export type StaffDirectoryEntry = { id: string; displayName: string; role: StaffRole; createdAt: Date; disabledAt: Date | null };

/** List every staff member by name, for administrators. */
export async function listStaffMembers(db: Db): Promise<StaffDirectoryEntry[]> {
  return db
    .select({
      id: staffMembers.id,
      displayName: staffMembers.displayName,
      role: staffMembers.role,
      createdAt: staffMembers.createdAt,
      disabledAt: staffMembers.disabledAt,
    })
    .from(staffMembers)
    .orderBy(asc(staffMembers.displayName));
}

/** List every petition's id and title, for the choice of a team or a filter. */
export async function listPetitionChoices(db: Db): Promise<{ id: string; title: string }[]> {
  return db.select({ id: petitions.id, title: petitions.title }).from(petitions).orderBy(asc(petitions.title));
}
