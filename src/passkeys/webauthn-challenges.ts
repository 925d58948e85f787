import { and, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { webauthnChallenges } from "../db/schema";
import { hashToken } from "../openid4vp/secret-token";
import { err, ok, type Result } from "../result";

/** How long a browser has from asking for options to sending the response. */
export const CHALLENGE_TTL_MS = 5 * 60_000;

/**
 * Open ceremonies one browser may have at once. A browser shows one passkey
 * prompt at a time, so a few cover several tabs and retries; starting one
 * more ends the oldest.
 */
export const MAX_OPEN_CHALLENGES_PER_BROWSER = 5;

/**
 * Maximum expired rows that storing one challenge deletes. Each insert
 * removes up to this many, so expired rows cannot pile up faster than new
 * ones arrive. The bound keeps a start from waiting for a large delete.
 */
const EXPIRED_CHALLENGES_PER_INSERT = 100;

/** First key of the advisory lock that serialises one browser's starts; the second is a hash of its token. */
const BROWSER_LOCK_NAMESPACE = 0x6d7a7763;

/** Ceremonies that use a challenge; a challenge works only for the ceremony it was made for. */
export type CeremonyPurpose =
  | "staff_registration"
  | "staff_passkey_addition"
  | "staff_authentication"
  | "resident_activation"
  | "resident_activation_sign_in"
  | "resident_passkey_addition"
  | "resident_authentication"
  | "resident_signing"
  | "resident_withdrawal";

export type StoredChallenge = { challenge: string; context: Record<string, string> };

/**
 * Store the challenge of a new ceremony, bound to the browser token from the
 * browser's cookie. Expired challenges of any browser are deleted first, and
 * the browser's oldest open ceremonies beyond MAX_OPEN_CHALLENGES_PER_BROWSER
 * afterwards, so the table grows with neither. Starts of one browser run one
 * after another under a transaction advisory lock, because a trim cannot see
 * the rows of starts not yet committed. The expired delete skips rows that
 * another start has locked.
 */
export async function storeChallenge(
  db: Db | Tx,
  ceremony: { purpose: CeremonyPurpose; challenge: string; context: Record<string, string>; browserToken: string },
  now: Date,
): Promise<void> {
  const browserTokenHash = hashToken(ceremony.browserToken);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${BROWSER_LOCK_NAMESPACE}::int, hashtext(${browserTokenHash.toString("hex")}::text))`);
    await storeLocked(tx, ceremony, browserTokenHash, now);
  });
}

async function storeLocked(
  db: Tx,
  ceremony: { purpose: CeremonyPurpose; challenge: string; context: Record<string, string> },
  browserTokenHash: Buffer,
  now: Date,
): Promise<void> {
  const expired = db
    .select({ id: webauthnChallenges.id })
    .from(webauthnChallenges)
    .where(lte(webauthnChallenges.expiresAt, now))
    .limit(EXPIRED_CHALLENGES_PER_INSERT)
    .for("update", { skipLocked: true });
  await db.delete(webauthnChallenges).where(inArray(webauthnChallenges.id, expired));

  await db.insert(webauthnChallenges).values({
    challenge: ceremony.challenge,
    browserTokenHash,
    purpose: ceremony.purpose,
    context: ceremony.context,
    createdAt: now,
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
  });

  const beyondLimit = db
    .select({ id: webauthnChallenges.id })
    .from(webauthnChallenges)
    .where(eq(webauthnChallenges.browserTokenHash, browserTokenHash))
    .orderBy(desc(webauthnChallenges.id))
    .offset(MAX_OPEN_CHALLENGES_PER_BROWSER);
  await db.delete(webauthnChallenges).where(inArray(webauthnChallenges.id, beyondLimit));
}

/** Delete every expired challenge and return how many; storeChallenge deletes only a bounded number per start. */
export async function deleteExpiredChallenges(db: Db, now: Date): Promise<number> {
  const deleted = await db.delete(webauthnChallenges).where(lte(webauthnChallenges.expiresAt, now)).returning({ id: webauthnChallenges.id });
  return deleted.length;
}

/**
 * Take the challenge that a WebAuthn response names out of the database, if
 * the same browser started that ceremony. The row is deleted in the same
 * statement, so a challenge is used once even when two responses arrive
 * together. An expired challenge, or one made for another ceremony, is
 * rejected after it has been deleted.
 */
export async function consumeChallenge(
  db: Db | Tx,
  presented: { browserToken: string | undefined; clientDataJSON: string },
  purpose: CeremonyPurpose,
  now: Date,
): Promise<Result<StoredChallenge, "CHALLENGE_MISSING" | "WRONG_CEREMONY">> {
  const challenge = challengeOfClientData(presented.clientDataJSON);
  if (presented.browserToken === undefined || challenge === undefined) return err("CHALLENGE_MISSING");

  const [row] = await db
    .delete(webauthnChallenges)
    .where(and(eq(webauthnChallenges.challenge, challenge), eq(webauthnChallenges.browserTokenHash, hashToken(presented.browserToken))))
    .returning();
  if (row === undefined || row.expiresAt.getTime() <= now.getTime()) return err("CHALLENGE_MISSING");
  if (row.purpose !== purpose) return err("WRONG_CEREMONY");
  return ok({ challenge: row.challenge, context: row.context });
}

/** Read the challenge from a response's clientDataJSON (base64url of JSON); undefined when it is malformed. */
function challengeOfClientData(clientDataJSON: string): string | undefined {
  try {
    const clientData: unknown = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8"));
    const challenge = (clientData as { challenge?: unknown } | null)?.challenge;
    return typeof challenge === "string" && challenge.length > 0 ? challenge : undefined;
  } catch {
    return undefined;
  }
}
