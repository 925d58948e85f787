import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate } from "../../../src/activation/register-csv";
import { readPaperCsv } from "../../../src/review/paper-csv";
import { MAX_LINE, MAX_SHEET } from "../../../src/review/paper-line-form";
import { applyMutation, mutation } from "../../helpers/mutations";

const PETITION = {
  rules: { municipalityKeys: ["14612000"], minimumAge: 18, nationalities: ["DE"], minimumResidenceMonths: 3, credentialTypes: [] },
  collectionStart: "2026-01-01",
  collectionEnd: "2026-06-30",
};
const TODAY = "2026-07-10";
const HEADER = ["Familienname", "Vornamen", "Geburtsdatum", "Geburtsort", "Anschrift", "Bogen", "Zeile", "Datum", "Ergebnis"];

/** Cells an office export might hold: plausible values, CSV syntax, control characters, long text. */
const cell = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom("", " ", ";", ",", "\t", '"', '""', "\r\n", "\u0000", "\ufeff", "\u200b", "0", "1", "999", "1000", "-1", "1e3", "0x10"),
  fc.constantFrom("17.05.1980", "1980-05-17", "31.02.1980", "2999-01-01", "01.01.1899", "15.03.2026", "2026-07-11", "2025-12-31"),
  fc.constantFrom("gültig", "automatisch", "unleserlich", "mehrfach", "kein_hauptwohnsitz", "vielleicht", "VALID"),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ minLength: 190, maxLength: 230 }),
);

/** A row that the parser should accept, so mutations start from something valid. */
const validRow = fc.record({
  sheet: fc.integer({ min: 1, max: 500 }),
  line: fc.integer({ min: 1, max: 20 }),
  outcome: fc.constantFrom("", "gültig", "mehrfach", "unleserlich", "minderjährig"),
});

function csvBytes(rows: string[][]): Uint8Array {
  return new TextEncoder().encode([HEADER.join(";"), ...rows.map((row) => row.join(";"))].join("\n"));
}

/**
 * Check what every accepted line must satisfy. A confirmed line, which will
 * count, has every field of the identity key and a real past birth date. A
 * line without identity is invalid as incomplete.
 */
function expectSoundLines(read: ReturnType<typeof readPaperCsv>): void {
  if (read.kind !== "read") return;
  for (const { line } of read.lines) {
    expect(line.sheet).toBeGreaterThanOrEqual(1);
    expect(line.sheet).toBeLessThanOrEqual(MAX_SHEET);
    expect(line.line).toBeGreaterThanOrEqual(1);
    expect(line.line).toBeLessThanOrEqual(MAX_LINE);
    if (line.identity === undefined) {
      expect(line.outcome).toEqual({ status: "invalid", reason: "incomplete_or_illegible" });
      continue;
    }
    expect(isoDate(line.identity.birthDate)).toBe(line.identity.birthDate);
    expect(line.identity.birthDate <= TODAY).toBe(true);
    if (line.outcome.status === "confirmed") {
      for (const value of [line.identity.familyName, line.identity.givenNames, line.identity.placeOfBirth]) {
        expect((value ?? "").trim()).not.toBe("");
        expect(value ?? "").not.toMatch(/[\p{Cc}\p{Cf}]/u);
      }
    }
  }
  const references = read.lines.map(({ line }) => `${line.sheet}/${line.line}`);
  expect(new Set(references).size).toBe(references.length);
}

describe("paper CSV parser under random input", () => {
  it("accepts only sound random rows", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 7, maxLength: 10 }), { maxLength: 8 }), (rows) => {
        const read = readPaperCsv(csvBytes(rows), PETITION, TODAY);
        expect(read.kind).toBeTypeOf("string");
        expectSoundLines(read);
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(readPaperCsv(bytes, PETITION, TODAY).kind).toBeTypeOf("string");
      }),
      { numRuns: 400 },
    );
  });

  it("accepts only sound mutated lines", () => {
    fc.assert(
      fc.property(fc.array(validRow, { minLength: 1, maxLength: 5 }), fc.array(mutation(";\n"), { minLength: 1, maxLength: 3 }), (rows, changes) => {
        const text = [
          HEADER.join(";"),
          ...rows.map((row) => ["Weiß-Müller", "Anna Luise", "17.05.1980", "Görlitz", "Markt 1", String(row.sheet), String(row.line), "15.03.2026", row.outcome].join(";")),
        ].join("\n");
        const mutated = changes.reduce(applyMutation, text);
        const read = readPaperCsv(new TextEncoder().encode(mutated), PETITION, TODAY);
        expect(read.kind).toBeTypeOf("string");
        expectSoundLines(read);
      }),
      { numRuns: 400 },
    );
  });
});
