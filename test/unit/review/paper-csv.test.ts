import { describe, expect, it } from "vitest";
import { MAX_PAPER_CSV_LINES, readPaperCsv } from "../../../src/review/paper-csv";

const PETITION = {
  rules: { municipalityKeys: ["14612000"], minimumAge: 18, nationalities: ["DE"], minimumResidenceMonths: 3, credentialTypes: [] },
  collectionStart: "2026-01-01",
  collectionEnd: "2026-06-30",
};
const TODAY = "2026-07-10";
const HEADER = "Familienname;Vornamen;Geburtsdatum;Geburtsort;Anschrift;Bogen;Zeile";

function csv(...lines: string[]): Uint8Array {
  return new TextEncoder().encode(lines.join("\r\n"));
}

describe("readPaperCsv", () => {
  it("reads lines with BOM and quoted separators", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...csv(HEADER, 'Weiß;Anna;17.05.1980;Dresden;"Hauptstraße 1; Hinterhaus";1;1', "", "Groß;Jörg;1970-01-02;Görlitz;Markt 2;1;2", "")]);

    const read = readPaperCsv(bytes, PETITION, TODAY);

    expect(read).toMatchObject({ kind: "read", errors: [] });
    const lines = read.kind === "read" ? read.lines : [];
    expect(lines.map((entry) => entry.csvLine)).toEqual([2, 4]);
    expect(lines[0]?.line.identity?.familyName).toBe("Weiß");
    expect(lines[1]?.line.identity?.birthDate).toBe("1970-01-02");
  });

  it("decodes Windows-1252", () => {
    const text = `${HEADER}\nGroß;Jürgen;17.05.1980;Görlitz;Straße 1;2;1\n`;
    const bytes = Uint8Array.from([...text].map((character) => ({ ß: 0xdf, ü: 0xfc, ö: 0xf6 })[character] ?? character.charCodeAt(0)));

    const read = readPaperCsv(bytes, PETITION, TODAY);

    expect(read.kind === "read" && read.lines[0]?.line.identity).toEqual({ familyName: "Groß", givenNames: "Jürgen", birthDate: "1980-05-17", placeOfBirth: "Görlitz" });
  });

  it("maps German outcome words", () => {
    const read = readPaperCsv(
      csv(`${HEADER};Ergebnis;Datum`, "A;B;17.05.1980;Dresden;X;1;1;Kein Hauptwohnsitz;", ";;;;;1;2;unvollständig;", "A;C;17.05.1980;Dresden;X;1;3;gültig;"),
      PETITION,
      TODAY,
    );

    const outcomes = read.kind === "read" ? read.lines.map((entry) => entry.line.outcome) : [];
    expect(outcomes).toEqual([{ status: "invalid", reason: "no_main_residence" }, { status: "invalid", reason: "incomplete_or_illegible" }, { status: "confirmed" }]);
  });

  it("reports each bad line with its number", () => {
    const read = readPaperCsv(
      csv(HEADER, "A;B;31.02.1980;Dresden;X;1;1", "A;B;17.05.1980;Dresden;X;1;2;zu viel", "A;C;17.05.1980;Dresden;X;1;3", "A;D;17.05.1980;Dresden;X;1;3", ";E;17.05.1980;Dresden;X;0;4"),
      PETITION,
      TODAY,
    );

    expect(read).toEqual({
      kind: "read",
      lines: [expect.objectContaining({ csvLine: 4 })],
      errors: [
        { line: 2, column: "geburtsdatum", problem: "invalidDate" },
        { line: 3, problem: "wrongColumnCount", found: 8, expected: 7 },
        { line: 5, problem: "sameSheetLine", firstLine: 4 },
        { line: 6, column: "familienname", problem: "missing" },
        { line: 6, column: "bogen", problem: "invalidSheet" },
      ],
    });
  });

  it("rejects an unknown outcome word", () => {
    const read = readPaperCsv(csv(`${HEADER};Ergebnis`, "A;B;17.05.1980;Dresden;X;1;1;vielleicht"), PETITION, TODAY);

    expect(read).toEqual({ kind: "read", lines: [], errors: [{ line: 2, column: "ergebnis", problem: "invalidOutcome" }] });
  });

  it.each([
    [csv(""), { kind: "empty" }],
    [csv("   ", ""), { kind: "empty" }],
    [csv(HEADER), { kind: "noLines" }],
    [csv("Familienname;Vornamen;Geburtsdatum"), { kind: "missingColumns", columns: ["geburtsort", "anschrift", "bogen", "zeile"] }],
    [csv(`${HEADER};Telefon`, "A;B;C;D;E;1;1;0351"), { kind: "unknownColumn", column: "Telefon" }],
    [csv(`${HEADER};zeile`), { kind: "duplicateColumn", column: "zeile" }],
    [csv(HEADER, 'A;"B;1980-01-01;Dresden;X;1;1'), { kind: "syntax", line: 2 }],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), { kind: "notText" }],
  ])("rejects file %#", (bytes, expected) => {
    expect(readPaperCsv(bytes, PETITION, TODAY)).toEqual(expected);
  });

  it("rejects more lines than allowed", () => {
    const lines = Array.from({ length: MAX_PAPER_CSV_LINES + 1 }, (_, index) => `A;B;17.05.1980;Dresden;X;${index + 1};1`);

    expect(readPaperCsv(csv(HEADER, ...lines), PETITION, TODAY)).toEqual({ kind: "tooManyLines" });
  });
});
