import { z } from "zod";
import { MAX_DISPLAY_NAME_LENGTH } from "./invite-staff-member";
import { isStaffRole, type StaffRole } from "./signed-in-staff";

export type InvitationInputError =
  | "ROLE_MISSING"
  | "ROLE_INVALID"
  | "NAME_MISSING"
  | "NAME_TOO_LONG"
  | "PETITION_INVALID"
  | "PETITION_ONLY_FOR_ORGANISERS";

export type InvitationInput = { role: StaffRole; displayName: string; petitionId: string | undefined };

/** Problems of an invitation form or command line, by field. */
export type InvitationInputProblems = Partial<Record<"role" | "name" | "petition", InvitationInputError>>;

const uuid = z.uuid();

/**
 * Check the fields of an invitation as the command line and the admin form
 * receive them: a known role, a name of 1 to 100 characters without control
 * characters, and a petition id only for organisers.
 */
export function parseInvitationInput(raw: { role?: string | undefined; name?: string | undefined; petition?: string | undefined }):
  | { ok: true; value: InvitationInput }
  | { ok: false; problems: InvitationInputProblems } {
  const problems: InvitationInputProblems = {};
  const displayName = (raw.name ?? "").replace(/[\p{Cc}\p{Cf}]/gu, "").replace(/\s+/g, " ").trim();
  const petition = (raw.petition ?? "").trim();

  if (raw.role === undefined || raw.role === "") problems.role = "ROLE_MISSING";
  else if (!isStaffRole(raw.role)) problems.role = "ROLE_INVALID";
  if (displayName.length === 0) problems.name = "NAME_MISSING";
  else if (Array.from(displayName).length > MAX_DISPLAY_NAME_LENGTH) problems.name = "NAME_TOO_LONG";
  if (petition !== "" && !uuid.safeParse(petition).success) problems.petition = "PETITION_INVALID";
  else if (petition !== "" && raw.role !== "organiser") problems.petition = "PETITION_ONLY_FOR_ORGANISERS";

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: { role: raw.role as StaffRole, displayName, petitionId: petition === "" ? undefined : petition } };
}
