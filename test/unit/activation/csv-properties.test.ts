import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTIVATION_UPLOAD_HEADER, formatActivationUpload, parseActivationUpload } from "../../../src/activation/activation-upload";
import { isoDate, parseRegisterCsv, REGISTER_COLUMNS } from "../../../src/activation/register-csv";
import { randomUploadRow } from "../../helpers/activation";

const TODAY = "2026-03-15";

/** Cells a register or upload file might hold: plausible values, CSV syntax, control characters and long text. */
const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("", " ", ";", ",", '"', '""', "\r\n", "\n", "\u0000", "\ufeff", "14612000", "01099", "DE", "DE,FR", "xx", "14.03.1961", "1961-03-14", "31.02.2001", "2999-01-01"),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ minLength: 190, maxLength: 260 }),
);

const separator = fc.constantFrom(";", ",");

/** Join a header and rows into CSV text without quoting, so that stray separators and quotes stay in. */
function csvOf(header: readonly string[], rows: string[][], sep: string): string {
  return [header.join(sep), ...rows.map((row) => row.join(sep))].join("\n");
}

describe("register CSV parser", () => {
  it("never throws on random rows", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 8, maxLength: 11 }), { maxLength: 8 }), separator, (rows, sep) => {
        const parsed = parseRegisterCsv(new TextEncoder().encode(csvOf(REGISTER_COLUMNS, rows, sep)), TODAY);
        expect(["parsed", "empty", "notText", "syntax", "missingColumns", "duplicateColumn"]).toContain(parsed.kind);
      }),
      { numRuns: 300 },
    );
  });

  it("accepts only entries with valid fields", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 9, maxLength: 9 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const parsed = parseRegisterCsv(new TextEncoder().encode(csvOf(REGISTER_COLUMNS, rows, ";")), TODAY);
        if (parsed.kind !== "parsed") return;
        for (const { entry } of parsed.entries) {
          expect(entry.familyName.trim()).not.toBe("");
          expect(isoDate(entry.birthDate)).toBe(entry.birthDate);
          expect(entry.birthDate <= TODAY).toBe(true);
          expect(isoDate(entry.mainResidenceSince)).toBe(entry.mainResidenceSince);
          expect(entry.municipalityKey).toMatch(/^\d{8}$/);
          expect(entry.postalCode).toMatch(/^\d{5}$/);
          for (const nationality of entry.nationalities) expect(nationality).toMatch(/^[A-Z]{2}$/);
        }
        expect(parsed.entries.length + parsed.errors.length).toBeGreaterThanOrEqual(rows.length > 0 ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(parseRegisterCsv(bytes, TODAY).kind).toBeTypeOf("string");
      }),
      { numRuns: 300 },
    );
  });
});

describe("activation upload parser", () => {
  it("never throws on random rows", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 8, maxLength: 10 }), { maxLength: 8 }), (rows) => {
        const parsed = parseActivationUpload(new TextEncoder().encode(csvOf(ACTIVATION_UPLOAD_HEADER, rows, ";")));
        expect(["parsed", "empty", "wrongHeader", "notText"]).toContain(parsed.kind);
        if (parsed.kind === "parsed") expect(parsed.rows).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps valid rows among mutated ones", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(8), cell), { minLength: 1, maxLength: 6 }), (plan) => {
        const rows = plan.map(() => randomUploadRow({ expiresOn: "2026-06-30" }));
        const lines = formatActivationUpload(rows).split("\n");
        const mutated = new Set<number>();
        plan.forEach(([mutate, column, value], index) => {
          if (!mutate) return;
          const fields = lines[index + 1]!.split(";");
          if (fields[column] === value) return;
          fields[column] = value;
          lines[index + 1] = fields.join(";");
          mutated.add(index);
        });

        const parsed = parseActivationUpload(new TextEncoder().encode(lines.join("\n")));
        expect(parsed.kind).toBe("parsed");
        if (parsed.kind !== "parsed") return;
        const keptRows = parsed.rows.map(({ row }) => row);
        rows.forEach((row, index) => {
          if (!mutated.has(index)) expect(keptRows).toContainEqual(row);
        });
        expect(keptRows.length).toBeLessThanOrEqual(rows.length);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(parseActivationUpload(bytes).kind).toBeTypeOf("string");
      }),
      { numRuns: 300 },
    );
  });
});
