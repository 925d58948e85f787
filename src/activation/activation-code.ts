import { createHash, randomBytes } from "node:crypto";

/**
 * Crockford's base32 alphabet: digits and upper-case letters without I, L, O
 * and U, so a code read from paper has no look-alike characters.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const BITS_PER_SYMBOL = 5;
/**
 * A code is a selector of 8 symbols (40 bits), stored in plain to find the
 * code's row and count wrong guesses per code, followed by a verifier of 16
 * symbols (80 bits), stored only hashed. It is typed as six groups of four.
 */
export const SELECTOR_SYMBOLS = 8;
export const VERIFIER_SYMBOLS = 16;
const CODE_SYMBOLS = SELECTOR_SYMBOLS + VERIFIER_SYMBOLS;
const GROUP_SIZE = 4;

/** Look-alike characters that a resident may type for a symbol of the alphabet (Crockford's decoding rules). */
const LOOK_ALIKES: Record<string, string> = { O: "0", I: "1", L: "1" };

/** A code split into what is stored in plain and what is stored hashed. */
export type ActivationCodeParts = { selector: string; verifier: string };

/** Characters between groups that a resident may type or paste: any dash punctuation or white space. */
const SEPARATOR = /^[\p{Pd}\s]$/u;

/** Generate a one-time activation code such as "7KQ2-M9XD-4TNB-W3HC-R8PE-6FJA": 120 random bits, 80 of them secret. */
export function generateActivationCode(): string {
  const bytes = randomBytes((CODE_SYMBOLS * BITS_PER_SYMBOL) / 8);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let symbols = "";
  for (let index = CODE_SYMBOLS - 1; index >= 0; index -= 1) {
    symbols += ALPHABET[Number((bits >> BigInt(index * BITS_PER_SYMBOL)) & 31n)];
  }
  return formatActivationCode(symbols);
}

/** Write code symbols in groups of four joined by hyphens. */
export function formatActivationCode(symbols: string): string {
  const groups: string[] = [];
  for (let start = 0; start < symbols.length; start += GROUP_SIZE) groups.push(symbols.slice(start, start + GROUP_SIZE));
  return groups.join("-");
}

/**
 * Split what a resident typed into selector and verifier. Case, white space
 * and dashes do not matter: phones and word processors turn hyphens into en
 * dashes. O, I and L count as 0, 1 and 1. Returns
 * undefined when the input cannot be a code (wrong length or characters).
 */
export function parseActivationCode(input: string): ActivationCodeParts | undefined {
  if (input.length > 80) return undefined;
  let symbols = "";
  for (const character of input.toUpperCase()) {
    if (SEPARATOR.test(character)) continue;
    const symbol = LOOK_ALIKES[character] ?? character;
    if (!ALPHABET.includes(symbol)) return undefined;
    symbols += symbol;
  }
  if (symbols.length !== CODE_SYMBOLS) return undefined;
  return { selector: symbols.slice(0, SELECTOR_SYMBOLS), verifier: symbols.slice(SELECTOR_SYMBOLS) };
}

/**
 * SHA-256 of a code's verifier, base64url-encoded: the only form in which the
 * platform stores the secret part. A fast hash is enough because 80 random
 * bits cannot be searched offline, while wrong guesses online are limited
 * per selector and per client.
 */
export function hashActivationVerifier(verifier: string): string {
  return createHash("sha256").update(`mitzeichnen-activation-code:${verifier}`, "utf8").digest("base64url");
}
