import { createHmac } from "node:crypto";
import { canonicalNamePart, type IdentityKeyFields } from "./canonical-identity";

const WEAK_IDENTITY_LABEL = Buffer.from("weak identity", "utf8");
const FIELD_SEPARATOR = "\u001f";
const NAME_JOINERS = /[\s'-]/g;

/** The fields the weak identity key is built from: the family name and the birth date. */
export type WeakIdentityFields = Pick<IdentityKeyFields, "familyName" | "birthDate">;

/**
 * Build the weak identity string: the canonical family name without spaces,
 * hyphens and apostrophes, and the birth date. Given names and the place of
 * birth are left out, so "Müller Lüdenscheidt" and "Müller-Lüdenscheidt",
 * "Anna" and "Anna Maria", "Krakau" and "Kraków" give the same string.
 */
export function weakIdentityString(identity: WeakIdentityFields): string {
  return [canonicalNamePart(identity.familyName).replace(NAME_JOINERS, ""), identity.birthDate.trim()].join(FIELD_SEPARATOR);
}

/**
 * HMAC-SHA-256(petition key, HMAC-SHA-256(server secret, "weak identity" ||
 * weak identity string)). Two signatures of one petition with the same value
 * may be the same person under different spellings, or a wallet credential
 * that names only a country of birth. It never decides a signature: it marks
 * a possible duplicate for the election office. Keyed by the petition key, it
 * links nothing across petitions and becomes meaningless once that key is
 * destroyed.
 */
export function weakIdentityKey(serverSecret: Buffer, petitionKey: Buffer, identity: WeakIdentityFields): Buffer {
  const residentHash = createHmac("sha256", serverSecret).update(WEAK_IDENTITY_LABEL).update(weakIdentityString(identity), "utf8").digest();
  return createHmac("sha256", petitionKey).update(residentHash).digest();
}
