import { createHmac } from "node:crypto";
import { and, eq, isNull, lte, or } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { staffMembers, staffSessions } from "../db/schema";
import { hashToken, newSecretToken } from "../openid4vp/secret-token";
import { teamPetitionIdsOf } from "./petition-teams";
import type { SignedInStaff } from "./signed-in-staff";

/**
 * Staff sessions live in the database. The browser holds a random 256-bit
 * token in an HttpOnly cookie and the table holds only its SHA-256, so a
 * leaked copy of the table signs nobody in. A session ends at whichever comes
 * first: its absolute expiry, idleTimeout without a request, sign-out, or
 * the member being disabled. Every sign-in creates a new session, so a token
 * planted before sign-in (session fixation) never becomes valid.
 *
 * Each session has a CSRF token derived from its cookie token with HMAC, so
 * nothing more is stored, and it changes with every new session.
 */

export type SessionTimeouts = {
  idleTimeoutMinutes: number;
  absoluteTimeoutHours: number;
};

/**
 * Compute the time between two writes of last_seen_at: a tenth of the idle
 * timeout, at most a minute. A session may therefore end up to that long
 * before the idle timeout has passed since its last request. That keeps the
 * error within 10 % even for a timeout of one minute, without a write on
 * every request.
 */
function lastSeenResolutionMs(timeouts: SessionTimeouts): number {
  return Math.min(60_000, (timeouts.idleTimeoutMinutes * 60_000) / 10);
}

export type NewStaffSession = { token: string; expiresAt: Date };

export type LoadedStaffSession = { staff: SignedInStaff; csrfToken: string; expiresAt: Date };

/** Create a session for a staff member signed in with one of their passkeys and return the token for the cookie. */
export async function createStaffSession(
  db: Db | Tx,
  signedIn: { staffMemberId: string; passkeyId: string },
  now: Date,
  timeouts: SessionTimeouts,
): Promise<NewStaffSession> {
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + timeouts.absoluteTimeoutHours * 3_600_000);
  await db.insert(staffSessions).values({ tokenHash: hashToken(token), ...signedIn, createdAt: now, lastSeenAt: now, expiresAt });
  return { token, expiresAt };
}

/**
 * Load the session behind a cookie token and, for a request the person made,
 * mark it as seen. A background refresh, such as a dashboard polling for new
 * figures, does not extend the idle timeout, so an open dashboard does not
 * keep an abandoned session alive. Returns undefined for an unknown, expired
 * or idle session and for a disabled member; a session found to be over is
 * deleted.
 */
export async function loadStaffSession(
  db: Db,
  token: string,
  now: Date,
  timeouts: SessionTimeouts,
  activity: "person" | "background" = "person",
): Promise<LoadedStaffSession | undefined> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({
      staffMemberId: staffSessions.staffMemberId,
      passkeyId: staffSessions.passkeyId,
      lastSeenAt: staffSessions.lastSeenAt,
      expiresAt: staffSessions.expiresAt,
      name: staffMembers.displayName,
      role: staffMembers.role,
      disabledAt: staffMembers.disabledAt,
    })
    .from(staffSessions)
    .innerJoin(staffMembers, eq(staffMembers.id, staffSessions.staffMemberId))
    .where(eq(staffSessions.tokenHash, tokenHash))
    .limit(1);
  if (row === undefined) return undefined;

  const idleUntil = row.lastSeenAt.getTime() + timeouts.idleTimeoutMinutes * 60_000;
  if (row.disabledAt !== null || now.getTime() >= row.expiresAt.getTime() || now.getTime() >= idleUntil) {
    await db.delete(staffSessions).where(eq(staffSessions.tokenHash, tokenHash));
    return undefined;
  }

  if (activity === "person" && now.getTime() - row.lastSeenAt.getTime() >= lastSeenResolutionMs(timeouts)) {
    await db.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.tokenHash, tokenHash));
  }
  const teamPetitionIds = await teamPetitionIdsOf(db, row.staffMemberId);
  return {
    staff: { id: row.staffMemberId, name: row.name, role: row.role, teamPetitionIds, passkeyId: row.passkeyId },
    csrfToken: csrfTokenFor(token),
    expiresAt: row.expiresAt,
  };
}

/** Delete the session behind a cookie token; unknown tokens are ignored. */
export async function deleteStaffSession(db: Db | Tx, token: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.tokenHash, hashToken(token)));
}

/** Delete every session signed in with a passkey and return how many there were. */
export async function deleteSessionsOfPasskey(db: Db | Tx, passkeyId: string): Promise<number> {
  const deleted = await db.delete(staffSessions).where(eq(staffSessions.passkeyId, passkeyId)).returning({ staffMemberId: staffSessions.staffMemberId });
  return deleted.length;
}

/** Delete every session of a staff member, for example when the member is disabled. */
export async function deleteSessionsOf(db: Db | Tx, staffMemberId: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.staffMemberId, staffMemberId));
}

/**
 * Delete the sessions past their absolute expiry or idle timeout and return
 * how many. loadStaffSession deletes such a session only when its browser
 * comes back.
 */
export async function deleteEndedStaffSessions(db: Db, now: Date, timeouts: SessionTimeouts): Promise<number> {
  const idleSince = new Date(now.getTime() - timeouts.idleTimeoutMinutes * 60_000);
  const deleted = await db
    .delete(staffSessions)
    .where(or(lte(staffSessions.expiresAt, now), lte(staffSessions.lastSeenAt, idleSince)))
    .returning({ staffMemberId: staffSessions.staffMemberId });
  return deleted.length;
}

/** Derive the CSRF token of the session behind a cookie token. */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac("sha256", sessionToken).update("mitzeichnen staff csrf").digest("base64url");
}

/** Whether a staff member exists and is not disabled. */
export async function isActiveStaffMember(db: Db | Tx, staffMemberId: string): Promise<boolean> {
  const rows = await db
    .select({ id: staffMembers.id })
    .from(staffMembers)
    .where(and(eq(staffMembers.id, staffMemberId), isNull(staffMembers.disabledAt)))
    .limit(1);
  return rows.length > 0;
}
