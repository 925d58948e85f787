import { eq } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { webauthnChallenges } from "../db/schema";
import { hashToken, newSecretToken } from "../openid4vp/secret-token";
import { err, ok, type Result } from "../result";

/** How long a browser has from asking for options to sending the response. */
export const CHALLENGE_TTL_MS = 5 * 60_000;

/** Ceremonies that use a challenge; a challenge works only for the ceremony it was made for. */
export type CeremonyPurpose =
  | "staff_registration"
  | "staff_passkey_addition"
  | "staff_authentication"
  | "resident_activation"
  | "resident_activation_sign_in"
  | "resident_passkey_addition"
  | "resident_authentication"
  | "resident_signing";

export type StoredChallenge = { challenge: string; context: Record<string, string> };

/**
 * Store a challenge for one ceremony and return the random token that binds
 * it to the browser, to be put in that browser's cookie.
 */
export async function storeChallenge(
  db: Db | Tx,
  purpose: CeremonyPurpose,
  challenge: string,
  context: Record<string, string>,
  now: Date,
): Promise<string> {
  const browserToken = newSecretToken();
  await db.insert(webauthnChallenges).values({
    browserTokenHash: hashToken(browserToken),
    purpose,
    challenge,
    context,
    createdAt: now,
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
  });
  return browserToken;
}

/**
 * Take the challenge bound to a browser token out of the database. The row is
 * deleted in the same statement, so a challenge is used once even when two
 * responses arrive together; an expired challenge or one made for another
 * ceremony is rejected after it has been deleted.
 */
export async function consumeChallenge(
  db: Db | Tx,
  browserToken: string | undefined,
  purpose: CeremonyPurpose,
  now: Date,
): Promise<Result<StoredChallenge, "CHALLENGE_MISSING" | "WRONG_CEREMONY">> {
  if (browserToken === undefined) return err("CHALLENGE_MISSING");
  const [row] = await db
    .delete(webauthnChallenges)
    .where(eq(webauthnChallenges.browserTokenHash, hashToken(browserToken)))
    .returning();
  if (row === undefined || row.expiresAt.getTime() <= now.getTime()) return err("CHALLENGE_MISSING");
  if (row.purpose !== purpose) return err("WRONG_CEREMONY");
  return ok({ challenge: row.challenge, context: row.context });
}
