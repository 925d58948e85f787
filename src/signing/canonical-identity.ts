import type { IdentityAttributes } from "../credentials/identity-attributes";

/**
 * Joins the canonical fields. Control characters are removed from every
 * field, so the separator cannot occur inside one and two different field
 * splits never give the same key.
 */
const FIELD_SEPARATOR = "\u001f";

/** Letters without a Unicode decomposition, so stripping combining marks leaves them as they are. */
const UNDECOMPOSABLE_LETTERS: Record<string, string> = {
  æ: "ae",
  ø: "oe",
  œ: "oe",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

const CONTROL_AND_FORMAT_CHARACTERS = /[\p{Cc}\p{Cf}]/gu;
const COMBINING_MARKS = /\p{M}/gu;
const DASHES = /[\p{Pd}\u2212\uFE63\uFF0D]/gu;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/gu;
const WHITESPACE = /\s+/gu;
const SPACE_AROUND_HYPHEN = / ?- ?/g;

/**
 * Bring one name or place to the form every spelling of it shares:
 * NFC, lower case, ß and ẞ to "ss", ä ö ü to "ae" "oe" "ue", other
 * diacritics stripped ("é" to "e", "å" to "a"), æ ø œ ł đ ð þ ı written out,
 * all dashes as "-", typographic apostrophes as "'", whitespace collapsed and
 * removed around hyphens.
 *
 * NOTE: JavaScript has no full Unicode case folding; toLowerCase() differs
 * from it only for characters that do not occur in names from EU registers.
 */
export function canonicalNamePart(value: string): string {
  let text = value.normalize("NFC").replace(CONTROL_AND_FORMAT_CHARACTERS, "").toLowerCase();
  text = text.replace(/[äöüß]/g, (letter) => UMLAUTS[letter] ?? letter);
  text = text.normalize("NFD").replace(COMBINING_MARKS, "").normalize("NFC");
  text = text.replace(/[æøœłđðþı]/g, (letter) => UNDECOMPOSABLE_LETTERS[letter] ?? letter);
  text = text.replace(DASHES, "-").replace(APOSTROPHES, "'");
  return text.replace(WHITESPACE, " ").trim().replace(SPACE_AROUND_HYPHEN, "-");
}

/** The attributes the identity key is built from. */
export type IdentityKeyFields = Pick<IdentityAttributes, "familyName" | "givenNames" | "birthDate" | "placeOfBirth">;

/**
 * Build the identity key behind the resident key: family name, given names
 * (in their order), birth date and place of birth, each canonical, joined by a
 * separator. An unknown place of birth gives an empty last field, so such a
 * key matches only other sources that lack the place too.
 */
export function canonicalIdentityKey(identity: IdentityKeyFields): string {
  return [
    canonicalNamePart(identity.familyName),
    canonicalNamePart(identity.givenNames),
    identity.birthDate.trim(),
    canonicalNamePart(identity.placeOfBirth ?? ""),
  ].join(FIELD_SEPARATOR);
}
