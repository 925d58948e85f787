import { createHmac } from "node:crypto";
import { canonicalIdentityKey, type IdentityKeyFields } from "./canonical-identity";

const RESIDENT_KEY_LABEL = Buffer.from("resident", "utf8");

/**
 * HMAC-SHA-256(server secret, "resident" || identity key): the same person
 * gets the same 32 bytes on every channel, and nobody without the server
 * secret can compute it from a name and birth date.
 */
export function residentKey(serverSecret: Buffer, identityKey: string): Buffer {
  return createHmac("sha256", serverSecret).update(RESIDENT_KEY_LABEL).update(identityKey, "utf8").digest();
}

/** Derive the resident key of a person from the four identity fields, as wallet signing and wallet binding both do. */
export function residentKeyOf(serverSecret: Buffer, identity: IdentityKeyFields): Buffer {
  return residentKey(serverSecret, canonicalIdentityKey(identity));
}
