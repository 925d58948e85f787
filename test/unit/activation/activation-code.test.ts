import { describe, expect, it } from "vitest";
import { ACTIVATION_CODE_SYMBOLS, generateActivationCode, hashActivationCode, normalizeActivationCode } from "../../../src/activation/activation-code";

describe("generateActivationCode", () => {
  it("writes four groups of four Crockford symbols", () => {
    expect(generateActivationCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it("carries at least 80 bits", () => {
    expect(ACTIVATION_CODE_SYMBOLS * Math.log2(32)).toBeGreaterThanOrEqual(80);
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

describe("normalizeActivationCode", () => {
  const code = "7KQ2-M9XD-4TNB-W3HC";

  it.each([
    ["the printed form", code],
    ["lower case", code.toLowerCase()],
    ["spaces instead of hyphens", "7KQ2 M9XD 4TNB W3HC"],
    ["no separators", "7KQ2M9XD4TNBW3HC"],
    ["surrounding spaces", `  ${code}\t`],
  ])("accepts %s", (_name, input) => {
    expect(normalizeActivationCode(input)).toBe("7KQ2M9XD4TNBW3HC");
  });

  it("reads O, I and L as 0, 1 and 1", () => {
    expect(normalizeActivationCode("OIL0-0000-0000-0000")).toBe("0110000000000000");
  });

  it.each([
    ["too short", "7KQ2-M9XD-4TNB-W3H"],
    ["too long", `${code}X`],
    ["the letter U", "UKQ2-M9XD-4TNB-W3HC"],
    ["punctuation", "7KQ2.M9XD.4TNB.W3HC"],
    ["an empty input", ""],
    ["a very long input", "-".repeat(100)],
  ])("rejects %s", (_name, input) => {
    expect(normalizeActivationCode(input)).toBeUndefined();
  });
});

describe("hashActivationCode", () => {
  it("hashes every spelling of a code alike", () => {
    expect(hashActivationCode("7kq2 m9xd 4tnb w3hc")).toBe(hashActivationCode("7KQ2-M9XD-4TNB-W3HC"));
  });

  it("gives other codes other hashes", () => {
    expect(hashActivationCode("7KQ2-M9XD-4TNB-W3HC")).not.toBe(hashActivationCode("7KQ2-M9XD-4TNB-W3HD"));
  });

  it("returns 43 base64url characters", () => {
    expect(hashActivationCode(generateActivationCode())).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("throws for a malformed code", () => {
    expect(() => hashActivationCode("nope")).toThrow();
  });
});
