import { describe, expect, it } from "vitest";
import { generateReceiptCode, hashReceiptCode, parseReceiptCode } from "../../../src/signing/receipts";

describe("generateReceiptCode", () => {
  it("gives four groups of four unambiguous symbols", () => {
    for (let i = 0; i < 200; i += 1) {
      expect(generateReceiptCode()).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
    }
  });

  it("gives a different code each time", () => {
    const codes = new Set(Array.from({ length: 1000 }, generateReceiptCode));
    expect(codes.size).toBe(1000);
  });
});

describe("parseReceiptCode", () => {
  it.each([
    ["grouped", "ABCD-EFGH-JKLM-NPQR"],
    ["lower case", "abcd-efgh-jklm-npqr"],
    ["without dashes", "ABCDEFGHJKLMNPQR"],
    ["with spaces", " ABCD EFGH JKLM NPQR "],
    ["with en dashes", "ABCD–EFGH–JKLM–NPQR"],
  ])("accepts a code %s", (_case, input) => {
    expect(parseReceiptCode(input)).toBe("ABCD-EFGH-JKLM-NPQR");
  });

  it.each([
    ["too short", "ABCD-EFGH-JKLM"],
    ["too long", "ABCD-EFGH-JKLM-NPQR-STUV"],
    ["with O", "ABCD-EFGH-JKLM-NPQO"],
    ["with 0 and 1", "ABCD-EFGH-JKLM-NP01"],
    ["empty", ""],
  ])("rejects a code %s", (_case, input) => {
    expect(parseReceiptCode(input)).toBeUndefined();
  });
});

describe("hashReceiptCode", () => {
  it("ignores the grouping", () => {
    expect(hashReceiptCode("ABCD-EFGH-JKLM-NPQR").equals(hashReceiptCode("ABCDEFGHJKLMNPQR"))).toBe(true);
  });

  it("is a SHA-256 digest", () => {
    expect(hashReceiptCode("ABCD-EFGH-JKLM-NPQR")).toHaveLength(32);
  });
});
