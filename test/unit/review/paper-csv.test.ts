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
        { line: 3, problem: "wrongColumnCount", found: 8, expected: 7, separator: ";" },
        { line: 5, problem: "sameSheetLine", firstLine: 4 },
        { line: 6, column: "familienname", problem: "missing" },
        { line: 6, column: "blatt", problem: "invalidSheet" },
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
    [csv("Familienname;Vornamen;Geburtsdatum"), { kind: "missingColumns", columns: ["geburtsort", "anschrift", "blatt", "zeile"] }],
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

describe("readPaperCsv separators and encodings", () => {
  const LINE = ["Weiß", "Anna", "17.05.1980", "Dresden", "Markt 1", "1", "1"];

  function utf16le(text: string): number[] {
    return [...text].flatMap((character) => [character.charCodeAt(0) & 0xff, character.charCodeAt(0) >> 8]);
  }

  it.each([
    ["tabs", "\t"],
    ["commas", ","],
  ])("reads a file separated by %s", (_name, separator) => {
    const read = readPaperCsv(csv(HEADER.replaceAll(";", separator), LINE.join(separator)), PETITION, TODAY);

    expect(read).toMatchObject({ kind: "read", errors: [] });
    expect(read.kind === "read" && read.lines[0]?.line.identity?.familyName).toBe("Weiß");
  });

  it("reads a quoted comma in a comma-separated file", () => {
    const read = readPaperCsv(csv(HEADER.replaceAll(";", ","), 'Weiß,Anna,17.05.1980,Dresden,"Markt 1, 01067 Dresden",1,1'), PETITION, TODAY);

    expect(read).toMatchObject({ kind: "read", errors: [] });
  });

  it("names the comma for an unquoted comma", () => {
    const read = readPaperCsv(csv(HEADER.replaceAll(";", ","), "Weiß,Anna,17.05.1980,Dresden,Markt 1, 01067 Dresden,1,1"), PETITION, TODAY);

    expect(read).toMatchObject({ kind: "read", errors: [{ line: 2, problem: "wrongColumnCount", found: 8, expected: 7, separator: "," }] });
  });

  it("keeps semicolons when the header has one", () => {
    const read = readPaperCsv(csv(HEADER, "Weiß;Anna;17.05.1980;Dresden;Markt 1, 01067 Dresden;1;1"), PETITION, TODAY);

    expect(read).toMatchObject({ kind: "read", errors: [] });
  });

  it("decodes UTF-16 little endian with BOM", () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...utf16le(`${HEADER}\r\n${LINE.join(";")}`)]);

    const read = readPaperCsv(bytes, PETITION, TODAY);

    expect(read.kind === "read" && read.lines[0]?.line.identity?.familyName).toBe("Weiß");
  });

  it("decodes UTF-16 big endian with BOM", () => {
    const little = utf16le(`${HEADER}\n${LINE.join("\t")}`.replaceAll(";", "\t"));
    const big = little.flatMap((_byte, index) => (index % 2 === 0 ? [little[index + 1]!, little[index]!] : []));

    const read = readPaperCsv(new Uint8Array([0xfe, 0xff, ...big]), PETITION, TODAY);

    expect(read.kind === "read" && read.lines[0]?.line.identity?.givenNames).toBe("Anna");
  });

  it("rejects UTF-16 without BOM", () => {
    const read = readPaperCsv(new Uint8Array(utf16le(`${HEADER}\r\n${LINE.join(";")}`)), PETITION, TODAY);

    expect(read).toEqual({ kind: "utf16WithoutBom" });
  });

  it("still rejects a binary file", () => {
    expect(readPaperCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x14, 0x00, 0x06, 0x00]), PETITION, TODAY)).toEqual({ kind: "notText" });
  });
});

