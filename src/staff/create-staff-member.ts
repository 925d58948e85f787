import type { Db, Tx } from "../db/client";
import { staffMembers } from "../db/schema";
import type { StaffRole } from "./signed-in-staff";

export type NewStaffMember = { id?: string; displayName: string; role: StaffRole };

/** Insert a staff member and return its id; passkeys and team membership are added separately. */
export async function insertStaffMember(db: Db | Tx, member: NewStaffMember): Promise<string> {
  const [row] = await db.insert(staffMembers).values(member).returning({ id: staffMembers.id });
  if (row === undefined) throw new Error("insert into staff_members returned no row");
  return row.id;
}
