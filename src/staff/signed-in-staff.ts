import type { StaffRole } from "../db/schema";

export type { StaffRole };

/** The staff member behind the current request's session, as routes and views see it. */
export type SignedInStaff = {
  id: string;
  name: string;
  role: StaffRole;
  /** Petitions whose team the member is on; empty for members who are on no team. */
  teamPetitionIds: string[];
  /** Passkey this session was signed in with. */
  passkeyId: string;
};

export const STAFF_ROLES: readonly StaffRole[] = ["admin", "organiser", "election_office"];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (STAFF_ROLES as readonly string[]).includes(value);
}
