import { createHmac } from "node:crypto";
import { eq, lte, or } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { residentSessions } from "../db/schema";
import { hashToken, newSecretToken } from "../openid4vp/secret-token";

/**
 * Resident sessions work like staff sessions but live in their own table
 * behind their own cookie, so nothing a resident holds reaches a staff
 * check. The browser keeps a random token, the table only its SHA-256. A
 * session ends after IDLE_MINUTES without a request, MAX_HOURS after sign-in,
 * at sign-out or when the account is deleted.
 */
export const RESIDENT_SESSION_IDLE_MINUTES = 30;
export const RESIDENT_SESSION_MAX_HOURS = 12;

/** last_seen_at is written at most this often. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

export type NewResidentSession = { token: string; expiresAt: Date };
export type LoadedResidentSession = { accountId: string; csrfToken: string };

/** Create a session for a resident account and return the token for the cookie. */
export async function createResidentSession(db: Db | Tx, accountId: string, now: Date): Promise<NewResidentSession> {
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + RESIDENT_SESSION_MAX_HOURS * 3_600_000);
  await db.insert(residentSessions).values({ tokenHash: hashToken(token), residentAccountId: accountId, createdAt: now, lastSeenAt: now, expiresAt });
  return { token, expiresAt };
}

/** Load the session behind a cookie token and mark it as seen; undefined (and the row deleted) once it is over. */
export async function loadResidentSession(db: Db, token: string, now: Date): Promise<LoadedResidentSession | undefined> {
  const tokenHash = hashToken(token);
  const [row] = await db.select().from(residentSessions).where(eq(residentSessions.tokenHash, tokenHash)).limit(1);
  if (row === undefined) return undefined;

  const idleUntil = row.lastSeenAt.getTime() + RESIDENT_SESSION_IDLE_MINUTES * 60_000;
  if (now.getTime() >= row.expiresAt.getTime() || now.getTime() >= idleUntil) {
    await db.delete(residentSessions).where(eq(residentSessions.tokenHash, tokenHash));
    return undefined;
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await db.update(residentSessions).set({ lastSeenAt: now }).where(eq(residentSessions.tokenHash, tokenHash));
  }
  return { accountId: row.residentAccountId, csrfToken: residentCsrfTokenFor(token) };
}

/** Delete the session behind a cookie token; unknown tokens are ignored. */
export async function deleteResidentSession(db: Db | Tx, token: string): Promise<void> {
  await db.delete(residentSessions).where(eq(residentSessions.tokenHash, hashToken(token)));
}

/** Delete the sessions past their absolute expiry or idle timeout, whose browsers never came back, and return how many. */
export async function deleteEndedResidentSessions(db: Db, now: Date): Promise<number> {
  const idleSince = new Date(now.getTime() - RESIDENT_SESSION_IDLE_MINUTES * 60_000);
  const deleted = await db
    .delete(residentSessions)
    .where(or(lte(residentSessions.expiresAt, now), lte(residentSessions.lastSeenAt, idleSince)))
    .returning({ accountId: residentSessions.residentAccountId });
  return deleted.length;
}

/** Derive the CSRF token of a resident session from its cookie token; a different label from staff tokens. */
export function residentCsrfTokenFor(sessionToken: string): string {
  return createHmac("sha256", sessionToken).update("mitzeichnen resident csrf").digest("base64url");
}
