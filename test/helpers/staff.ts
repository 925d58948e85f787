import { randomBytes } from "node:crypto";
import type { AppDeps } from "../../src/deps";
import type { Database } from "../../src/db/client";
import { staffSessionCookieName } from "../../src/http/staff-session";
import { insertStaffMember } from "../../src/staff/create-staff-member";
import { addTeamMember } from "../../src/staff/petition-teams";
import type { StaffRole } from "../../src/staff/signed-in-staff";
import { insertStaffPasskey } from "../../src/staff/staff-passkeys";
import { createStaffSession, csrfTokenFor } from "../../src/staff/staff-sessions";

export type TestStaffMember = { id: string; name: string; role: StaffRole; teamPetitionIds: string[] };

/** Insert a staff member with a role, on the teams of the given petitions; no passkey is registered. */
export async function createTestStaffMember(
  database: Database,
  options: { role: StaffRole; name?: string; teamPetitionIds?: string[] },
): Promise<TestStaffMember> {
  const name = options.name ?? { admin: "Ada Admin", organiser: "Olga Organisatorin", election_office: "Erik Wahlamt" }[options.role];
  const id = await insertStaffMember(database.db, { displayName: name, role: options.role });
  const teamPetitionIds = options.teamPetitionIds ?? [];
  for (const petitionId of teamPetitionIds) await addTeamMember(database.db, petitionId, id);
  return { id, name, role: options.role, teamPetitionIds };
}

/** A signed-in staff session for app.request: the Cookie header and the session's CSRF token. */
export type TestStaffSession = {
  token: string;
  cookie: string;
  csrfToken: string;
  /** Headers for a state-changing request: cookie, our Origin and the CSRF token. */
  postHeaders: Record<string, string>;
};

/**
 * Sign a staff member in without WebAuthn, through the same session
 * function the sign-in uses, at the deps clock's current time. Each call
 * stores a new passkey named "Testschlüssel" for the session, with a random
 * credential ID and random bytes for a public key that verifies nothing.
 */
export async function signInTestStaff(deps: AppDeps, staffMemberId: string): Promise<TestStaffSession & { passkeyId: string }> {
  const now = deps.clock.now();
  const passkey = { credentialId: randomBytes(16).toString("base64url"), publicKey: randomBytes(77), counter: 0, transports: [] };
  const passkeyId = await insertStaffPasskey(deps.database.db, staffMemberId, passkey, "Testschlüssel", now);
  const { token } = await createStaffSession(deps.database.db, { staffMemberId, passkeyId }, now, deps.config.staffSessions);
  const cookie = `${staffSessionCookieName(deps.config.publicUrl)}=${token}`;
  const csrfToken = csrfTokenFor(token);
  return {
    passkeyId,
    token,
    cookie,
    csrfToken,
    postHeaders: { Cookie: cookie, Origin: new URL(deps.config.publicUrl).origin, "X-CSRF-Token": csrfToken },
  };
}

/** Create a staff member with a role (and teams) and sign them in. */
export async function createSignedInStaff(
  deps: AppDeps,
  options: { role: StaffRole; name?: string; teamPetitionIds?: string[] },
): Promise<TestStaffMember & { session: TestStaffSession }> {
  const member = await createTestStaffMember(deps.database, options);
  return { ...member, session: await signInTestStaff(deps, member.id) };
}
