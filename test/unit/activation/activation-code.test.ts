import { describe, expect, it } from "vitest";
import { generateActivationCode, hashActivationVerifier, parseActivationCode, SELECTOR_SYMBOLS, VERIFIER_SYMBOLS } from "../../../src/activation/activation-code";

const CODE = "7KQ2-M9XD-4TNB-W3HC-R8PE-6FJA";

describe("generateActivationCode", () => {
  it("writes six groups of four Crockford symbols", () => {
    expect(generateActivationCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}$/);
  });

  it("keeps at least 80 secret bits in the verifier", () => {
    expect(VERIFIER_SYMBOLS * Math.log2(32)).toBeGreaterThanOrEqual(80);
  });

  it("gives a new code each time", () => {
    const codes = new Set(Array.from({ length: 1000 }, () => generateActivationCode()));
    expect(codes.size).toBe(1000);
  });

  it("uses every symbol of the alphabet", () => {
    const symbols = new Set(Array.from({ length: 500 }, () => generateActivationCode().replaceAll("-", "")).join(""));
    expect(symbols.size).toBe(32);
  });
});

describe("parseActivationCode", () => {
  const parts = { selector: "7KQ2M9XD", verifier: "4TNBW3HCR8PE6FJA" };

  it.each([
    ["the printed form", CODE],
    ["lower case", CODE.toLowerCase()],
    ["spaces instead of hyphens", CODE.replaceAll("-", " ")],
    ["no separators", CODE.replaceAll("-", "")],
    ["surrounding spaces", `  ${CODE}\t`],
    ["en dashes", CODE.replaceAll("-", "\u2013")],
    ["non-breaking spaces", CODE.replaceAll("-", "\u00a0")],
  ])("accepts %s", (_name, input) => {
    expect(parseActivationCode(input)).toEqual(parts);
  });

  it("splits selector and verifier", () => {
    const parsed = parseActivationCode(generateActivationCode());
    expect(parsed?.selector).toHaveLength(SELECTOR_SYMBOLS);
    expect(parsed?.verifier).toHaveLength(VERIFIER_SYMBOLS);
  });

  it("reads O, I and L as 0, 1 and 1", () => {
    expect(parseActivationCode("OIL0-0000-0000-0000-0000-0000")?.selector).toBe("01100000");
  });

  it.each([
    ["too short", CODE.slice(0, -1)],
    ["too long", `${CODE}X`],
    ["the letter U", `U${CODE.slice(1)}`],
    ["punctuation", CODE.replaceAll("-", ".")],
    ["an empty input", ""],
    ["a very long input", "-".repeat(100)],
  ])("rejects %s", (_name, input) => {
    expect(parseActivationCode(input)).toBeUndefined();
  });
});

describe("hashActivationVerifier", () => {
  it("gives other verifiers other hashes", () => {
    expect(hashActivationVerifier("4TNBW3HCR8PE6FJA")).not.toBe(hashActivationVerifier("4TNBW3HCR8PE6FJB"));
  });

  it("returns 43 base64url characters", () => {
    expect(hashActivationVerifier(parseActivationCode(generateActivationCode())!.verifier)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
