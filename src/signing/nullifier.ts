import { createHmac } from "node:crypto";

/**
 * HMAC-SHA-256(petition key, resident key): one value per person and
 * petition. Nullifiers of two petitions cannot be linked without both
 * petition keys and the server secret.
 */
export function nullifier(petitionKey: Buffer, residentKey: Buffer): Buffer {
  return createHmac("sha256", petitionKey).update(residentKey).digest();
}
