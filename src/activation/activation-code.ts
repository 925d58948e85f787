import { createHash, randomBytes } from "node:crypto";

/**
 * Crockford's base32 alphabet: digits and upper-case letters without I, L, O
 * and U, so a code read from paper has no look-alike characters.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const BITS_PER_SYMBOL = 5;
/** 16 symbols of 5 bits: 80 bits of randomness, typed as four groups of four. */
export const ACTIVATION_CODE_SYMBOLS = 16;
const GROUP_SIZE = 4;
const CODE_BYTES = (ACTIVATION_CODE_SYMBOLS * BITS_PER_SYMBOL) / 8;

/** Look-alike characters that a resident may type for a symbol of the alphabet (Crockford's decoding rules). */
const LOOK_ALIKES: Record<string, string> = { O: "0", I: "1", L: "1" };

/** Generate a one-time activation code such as "7KQ2-M9XD-4TNB-W3HC" from 80 random bits. */
export function generateActivationCode(): string {
  const bytes = randomBytes(CODE_BYTES);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let symbols = "";
  for (let index = ACTIVATION_CODE_SYMBOLS - 1; index >= 0; index -= 1) {
    symbols += ALPHABET[Number((bits >> BigInt(index * BITS_PER_SYMBOL)) & 31n)];
  }
  return formatActivationCode(symbols);
}

/** Write 16 code symbols in groups of four joined by hyphens. */
export function formatActivationCode(symbols: string): string {
  const groups: string[] = [];
  for (let start = 0; start < symbols.length; start += GROUP_SIZE) groups.push(symbols.slice(start, start + GROUP_SIZE));
  return groups.join("-");
}

/**
 * Turn what a resident typed into the code's 16 symbols: case, spaces and
 * hyphens do not matter, and O, I and L count as 0, 1 and 1. Returns
 * undefined when the input cannot be a code (wrong length or characters).
 */
export function normalizeActivationCode(input: string): string | undefined {
  if (input.length > 64) return undefined;
  let symbols = "";
  for (const character of input.toUpperCase()) {
    if (character === "-" || character === " " || character === "\t") continue;
    const symbol = LOOK_ALIKES[character] ?? character;
    if (!ALPHABET.includes(symbol)) return undefined;
    symbols += symbol;
  }
  return symbols.length === ACTIVATION_CODE_SYMBOLS ? symbols : undefined;
}

/**
 * SHA-256 of a code's normalized symbols, base64url-encoded: the only form in
 * which the platform stores a code. A fast hash is enough because 80 random
 * bits cannot be searched, while wrong guesses online are limited separately.
 */
export function hashActivationCode(code: string): string {
  const symbols = normalizeActivationCode(code);
  if (symbols === undefined) throw new Error("hashActivationCode needs a well-formed activation code");
  return createHash("sha256").update(`mitzeichnen-activation-code:${symbols}`, "utf8").digest("base64url");
}
