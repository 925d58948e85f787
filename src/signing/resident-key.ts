import { createHmac } from "node:crypto";

const RESIDENT_KEY_LABEL = Buffer.from("resident", "utf8");

/**
 * HMAC-SHA-256(server secret, "resident" || identity key): the same person
 * gets the same 32 bytes on every channel, and nobody without the server
 * secret can compute it from a name and birth date.
 */
export function residentKey(serverSecret: Buffer, identityKey: string): Buffer {
  return createHmac("sha256", serverSecret).update(RESIDENT_KEY_LABEL).update(identityKey, "utf8").digest();
}
