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
 * HMAC-SHA-256(server secret, "weak identity" || weak identity string): the
 * weak resident key. It is the same for one person on every channel and in
 * every petition, so it is stored with activation codes and resident accounts
 * in place of the family name and birth date, and no one without the server
 * secret can compute it from them.
 */
export function weakResidentKey(serverSecret: Buffer, identity: WeakIdentityFields): Buffer {
  return createHmac("sha256", serverSecret).update(WEAK_IDENTITY_LABEL).update(weakIdentityString(identity), "utf8").digest();
}

/**
 * HMAC-SHA-256(petition key, weak resident key): the weak identity key a
 * signature stores. Two signatures of one petition with the same value may be
 * the same person under different spellings, or a wallet credential that
 * names only a country of birth. It never decides a signature: it marks a
 * possible duplicate for the election office. Keyed by the petition key, it
 * links nothing across petitions and becomes meaningless once that key is
 * destroyed.
 */
export function weakIdentityKeyOf(petitionKey: Buffer, weakResidentKey: Buffer): Buffer {
  return createHmac("sha256", petitionKey).update(weakResidentKey).digest();
}

/** Derive a signature's weak identity key from the family name and birth date, as wallet signing and paper lines do. */
export function weakIdentityKey(serverSecret: Buffer, petitionKey: Buffer, identity: WeakIdentityFields): Buffer {
  return weakIdentityKeyOf(petitionKey, weakResidentKey(serverSecret, identity));
}
