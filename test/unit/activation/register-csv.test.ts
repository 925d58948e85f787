import { describe, expect, it } from "vitest";
import { parseRegisterCsv, type ParsedRegister } from "../../../src/activation/register-csv";

const TODAY = "2026-12-04";
const HEADER = "Familienname;Vornamen;Geburtsdatum;Geburtsort;Straße;Postleitzahl;Gemeindeschlüssel;Hauptwohnsitz_seit;Staatsangehörigkeit";
const KAETHE = "Großmann;Käthe Luise;1957-03-12;Görlitz;Königsbrücker Straße 12;01099;14612000;2001-06-01;DE";

function parsed(text: string | Uint8Array): ParsedRegister {
  const result = parseRegisterCsv(typeof text === "string" ? new TextEncoder().encode(text) : text, TODAY);
  if (result.kind !== "parsed") throw new Error(`expected a parsed register, got ${result.kind}`);
  return result;
}

describe("parseRegisterCsv", () => {
  it("reads a row with German names", () => {
    const { entries, errors } = parsed(`${HEADER}\n${KAETHE}\n`);

    expect(errors).toEqual([]);
    expect(entries).toEqual([
      {
        line: 2,
        entry: {
          familyName: "Großmann",
          givenNames: "Käthe Luise",
          birthDate: "1957-03-12",
          placeOfBirth: "Görlitz",
          street: "Königsbrücker Straße 12",
          postalCode: "01099",
          town: undefined,
          municipalityKey: "14612000",
          mainResidenceSince: "2001-06-01",
          nationalities: ["DE"],
        },
      },
    ]);
  });

  it("reads German dates, several nationalities and an optional town", () => {
    const { entries } = parsed(`${HEADER};Ort\nWiśniewska;Zofia;4.2.1990;Kraków;Prager Straße 3;01069;14612000;01.05.2019;pl, de;Dresden\n`);

    expect(entries[0]?.entry).toMatchObject({ birthDate: "1990-02-04", mainResidenceSince: "2019-05-01", nationalities: ["PL", "DE"], town: "Dresden" });
  });

  it("accepts columns in any order, commas and a byte order mark", () => {
    const text = "\uFEFFstaatsangehoerigkeit,familienname,vornamen,geburtsdatum,geburtsort,strasse,postleitzahl,gemeindeschluessel,hauptwohnsitz_seit\n" +
      'DE,Müller,"Hans, genannt Hansi",1970-01-01,Dresden,Hauptstraße 1,01067,14612000,1990-01-01\n';

    expect(parsed(text).entries[0]?.entry).toMatchObject({ familyName: "Müller", givenNames: "Hans, genannt Hansi", nationalities: ["DE"] });
  });

  it("reads a Windows-1252 export", () => {
    const bytes = new Uint8Array(Buffer.from(`${HEADER}\n${KAETHE}\n`, "latin1"));

    expect(parsed(bytes).entries[0]?.entry.familyName).toBe("Großmann");
  });

  it("normalizes decomposed umlauts to NFC", () => {
    const { entries } = parsed(`${HEADER}\n${KAETHE.normalize("NFD")}\n`);

    expect(entries[0]?.entry.givenNames).toBe("Käthe Luise");
  });

  it("reports each bad field with its line and keeps the good rows", () => {
    const text = [
      HEADER,
      KAETHE,
      "Öztürk;;1999-13-01;Dresden;Weg 2;1234;1461200;2030-01-01;DEU",
      "Kurz;Zu",
      "",
      KAETHE.replace("Großmann", "Groß"),
    ].join("\n");

    const { entries, errors } = parsed(text);

    expect(entries.map((entry) => entry.line)).toEqual([2, 6]);
    expect(errors).toEqual([
      { line: 3, column: "vornamen", problem: "missing" },
      { line: 3, column: "geburtsdatum", problem: "invalidDate" },
      { line: 3, column: "postleitzahl", problem: "invalidPostalCode" },
      { line: 3, column: "gemeindeschluessel", problem: "invalidMunicipalityKey" },
      { line: 3, column: "hauptwohnsitz_seit", problem: "futureDate" },
      { line: 3, column: "staatsangehoerigkeit", problem: "invalidNationality" },
      { line: 4, column: undefined, problem: "wrongColumnCount" },
    ]);
  });

  it("rejects a municipality nobody knows and a country code that does not exist", () => {
    const text = [HEADER, "Kurz;Zu;1980-01-01;Dresden;Weg 2;01067;99999999;2001-01-01;DE, XX"].join("\n");

    const { entries, errors } = parsed(text);

    expect(entries).toEqual([]);
    expect(errors).toEqual([
      { line: 2, column: "gemeindeschluessel", problem: "unknownMunicipalityKey" },
      { line: 2, column: "staatsangehoerigkeit", problem: "invalidNationality" },
    ]);
  });

  it("rejects a field longer than 200 characters", () => {
    const { errors } = parsed(`${HEADER}\n${KAETHE.replace("Görlitz", "G".repeat(201))}\n`);

    expect(errors).toEqual([{ line: 2, column: "geburtsort", problem: "tooLong" }]);
  });

  it.each([
    ["an empty file", "", { kind: "empty" }],
    ["a file of blank lines", "\n\n", { kind: "empty" }],
    ["a missing column", HEADER.replace(";Geburtsort", ""), { kind: "missingColumns", columns: ["geburtsort"] }],
    ["a column twice", `${HEADER};Vornamen`, { kind: "duplicateColumn", column: "Vornamen" }],
    ["an unclosed quote", `${HEADER}\n"Großmann;Käthe`, { kind: "syntax", line: 2 }],
  ])("rejects %s", (_name, text, expected) => {
    expect(parseRegisterCsv(new TextEncoder().encode(text), TODAY)).toEqual(expected);
  });

  it("rejects a binary file", () => {
    expect(parseRegisterCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), TODAY)).toEqual({ kind: "notText" });
  });
});
