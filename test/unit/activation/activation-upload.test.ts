import { describe, expect, it } from "vitest";
import { type ActivationUploadRow, formatActivationUpload, parseActivationUpload } from "../../../src/activation/activation-upload";

const row: ActivationUploadRow = {
  selector: "7KQ2M9XD",
  verifierHash: "A".repeat(43),
  residentKey: "b".repeat(42) + "_",
  weakResidentKey: "c".repeat(42) + "-",
  facts: { municipalityKey: "14612000", mainResidenceSince: "2019-05-01", reachesMinimumAgeOn: "2026-03-01", minimumAge: 18, citizenship: "EU" },
  expiresOn: "2027-03-04",
};

const bytes = (text: string) => new TextEncoder().encode(text);

describe("activation upload file", () => {
  it("reads back what it writes", () => {
    const text = formatActivationUpload([row, { ...row, selector: "8KQ2M9XD" }]);

    expect(parseActivationUpload(bytes(text))).toEqual({
      kind: "parsed",
      rows: [
        { line: 2, row },
        { line: 3, row: { ...row, selector: "8KQ2M9XD" } },
      ],
      errors: [],
    });
  });

  it("holds no more columns than the facts", () => {
    expect(formatActivationUpload([row]).split("\n")[0]).toBe(
      "code_selector;verifier_hash;resident_key;weak_resident_key;municipality_key;main_residence_since;reaches_minimum_age_on;minimum_age;citizenship;expires_on",
    );
  });

  it("reads a file without the weak resident key", () => {
    const [header, good] = formatActivationUpload([row]).split("\n");
    const withoutWeakKey = (line: string) => line.split(";").filter((_, position) => position !== 3).join(";");

    const parsed = parseActivationUpload(bytes(`${withoutWeakKey(header!)}\n${withoutWeakKey(good!)}\n`));

    expect(parsed).toEqual({ kind: "parsed", rows: [{ line: 2, row: { ...row, weakResidentKey: undefined } }], errors: [] });
  });

  it("rejects a short weak resident key", () => {
    const [header, good] = formatActivationUpload([row]).split("\n");

    const parsed = parseActivationUpload(bytes(`${header}\n${good!.replace("c".repeat(42) + "-", "short")}\n`));

    expect(parsed).toEqual({ kind: "parsed", rows: [], errors: [{ line: 2, column: "weak_resident_key", problem: "invalidValue" }] });
  });

  it("reports bad rows by line and keeps the good ones", () => {
    const [header, good] = formatActivationUpload([row]).split("\n");
    const lines = [
      header,
      good,
      good!.replace("14612000", "1461200"),
      good!.replace(";EU;", ";US;"),
      good!.replace("2027-03-04", "2027-02-30"),
      good!.replace(";18;", ";12;"),
      `${good};extra`,
      "",
      good!.replace("A".repeat(43), "short"),
      good!.replace("7KQ2M9XD", "UKQ2M9XD"),
      good,
      good!.replace("14612000", "99999999"),
    ];

    const parsed = parseActivationUpload(bytes(lines.join("\r\n")));

    if (parsed.kind !== "parsed") throw new Error(`expected rows, got ${parsed.kind}`);
    expect(parsed.rows.map((entry) => entry.line)).toEqual([2, 11]);
    expect(parsed.errors).toEqual([
      { line: 3, column: "municipality_key", problem: "invalidValue" },
      { line: 4, column: "citizenship", problem: "invalidValue" },
      { line: 5, column: "expires_on", problem: "invalidValue" },
      { line: 6, column: "minimum_age", problem: "invalidValue" },
      { line: 7, column: undefined, problem: "wrongColumnCount" },
      { line: 9, column: "verifier_hash", problem: "invalidValue" },
      { line: 10, column: "code_selector", problem: "invalidValue" },
      { line: 12, column: "municipality_key", problem: "invalidValue" },
    ]);
  });

  it.each([
    ["an empty file", bytes(""), { kind: "empty" }],
    ["another header", bytes("familienname;vornamen\nA;B\n"), { kind: "wrongHeader" }],
    ["bytes that are not UTF-8", new Uint8Array([0xff, 0xfe, 0x00]), { kind: "notText" }],
  ])("rejects %s", (_name, input, expected) => {
    expect(parseActivationUpload(input)).toEqual(expected);
  });
});
