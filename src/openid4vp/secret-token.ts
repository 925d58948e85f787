import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Bytes of every nonce, state, browser token and response code: 256 bits, above the 128 that OpenID4VP 1.0 recommends for the nonce. */
const TOKEN_BYTES = 32;

/** A fresh random value in base64url, which contains only URL-safe ASCII as nonce and state must (OpenID4VP 1.0 §5.2). */
export function newSecretToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function hashToken(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

/** Compare a presented token with a stored SHA-256 hash in constant time. */
export function tokenMatchesHash(token: string | undefined, hash: Buffer | null): boolean {
  if (token === undefined || hash === null) return false;
  const presented = hashToken(token);
  return presented.length === hash.length && timingSafeEqual(presented, hash);
}

/** Compare two strings in constant time for equal lengths; different lengths differ at once. */
export function secretsEqual(presented: string, expected: string): boolean {
  const a = Buffer.from(presented, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
