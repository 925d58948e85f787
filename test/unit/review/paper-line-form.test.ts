import { describe, expect, it } from "vitest";
import { MAX_LINE, MAX_SHEET, nextSheetLine, readPaperLine } from "../../../src/review/paper-line-form";
import { paperLineForm } from "../../helpers/review";

const PETITION = {
  rules: { municipalityKeys: ["14612000"], minimumAge: 18, nationalities: ["DE"], minimumResidenceMonths: 3, credentialTypes: [] },
  collectionStart: "2026-01-01",
  collectionEnd: "2026-06-30",
};
const TODAY = "2026-07-10";

describe("readPaperLine", () => {
  it("accepts a complete adult line as valid", () => {
    const result = readPaperLine(paperLineForm(), PETITION, TODAY);

    expect(result).toEqual({
      ok: true,
      value: {
        sheet: 3,
        line: 7,
        identity: { familyName: "Größer-Weiß", givenNames: "Jürgen Maria", birthDate: "1975-03-12", placeOfBirth: "Görlitz" },
        outcome: { status: "confirmed" },
        derived: true,
      },
    });
  });

  it("derives under age from the birth date", () => {
    const result = readPaperLine(paperLineForm({ birthDate: "2010-01-01" }), PETITION, TODAY);

    expect(result).toMatchObject({ ok: true, value: { outcome: { status: "invalid", reason: "under_age" } } });
  });

  it("asks for the date when the person came of age meanwhile", () => {
    const result = readPaperLine(paperLineForm({ birthDate: "2008-03-01" }), PETITION, TODAY);

    expect(result).toEqual({ ok: false, problems: { signedOn: "signingDateNeeded" } });
  });

  it("uses the date on the line", () => {
    const before = readPaperLine(paperLineForm({ birthDate: "2008-03-01", signedOn: "28.02.2026" }), PETITION, TODAY);
    const onBirthday = readPaperLine(paperLineForm({ birthDate: "2008-03-01", signedOn: "2026-03-01" }), PETITION, TODAY);

    expect(before).toMatchObject({ ok: true, value: { outcome: { status: "invalid", reason: "under_age" } } });
    expect(onBirthday).toMatchObject({ ok: true, value: { outcome: { status: "confirmed" } } });
  });

  it("rejects a date outside the collection period", () => {
    const before = readPaperLine(paperLineForm({ signedOn: "31.12.2025" }), PETITION, TODAY);
    const after = readPaperLine(paperLineForm({ signedOn: "01.07.2026" }), PETITION, TODAY);

    expect(before).toEqual({ ok: false, problems: { signedOn: "outsidePeriod" } });
    expect(after).toEqual({ ok: false, problems: { signedOn: "outsidePeriod" } });
  });

  it("lets the office choose valid despite the birth date", () => {
    const result = readPaperLine(paperLineForm({ birthDate: "2010-01-01", outcome: "valid" }), PETITION, TODAY);

    expect(result).toMatchObject({ ok: true, value: { outcome: { status: "confirmed" }, derived: false } });
  });

  it("requires every person field unless incomplete", () => {
    const result = readPaperLine(paperLineForm({ familyName: " ", address: "", placeOfBirth: "" }), PETITION, TODAY);

    expect(result).toEqual({ ok: false, problems: { familyName: "missing", placeOfBirth: "missing", address: "missing" } });
  });

  it("accepts an incomplete line without person", () => {
    const result = readPaperLine(
      paperLineForm({ familyName: "", givenNames: "", birthDate: "", placeOfBirth: "", address: "", outcome: "incomplete_or_illegible" }),
      PETITION,
      TODAY,
    );

    expect(result).toEqual({ ok: true, value: { sheet: 3, line: 7, identity: undefined, outcome: { status: "invalid", reason: "incomplete_or_illegible" }, derived: false } });
  });

  it("keeps the person of an invalid line without address", () => {
    const result = readPaperLine(paperLineForm({ address: "", outcome: "no_main_residence" }), PETITION, TODAY);

    expect(result).toMatchObject({ ok: true, value: { identity: { familyName: "Größer-Weiß" } } });
    expect(result).toMatchObject({ ok: true, value: { outcome: { status: "invalid", reason: "no_main_residence" } } });
  });

  it.each([
    [{ sheet: "0" }, { sheet: "invalidSheet" }],
    [{ sheet: "abc" }, { sheet: "invalidSheet" }],
    [{ line: "1000" }, { line: "invalidLine" }],
    [{ line: "11" }, { line: "invalidLine" }],
    [{ line: "" }, { line: "missingLine" }],
    [{ sheet: " " }, { sheet: "missingSheet" }],
    [{ sheet: "", outcome: "incomplete_or_illegible" }, { sheet: "missingSheet" }],
    [{ birthDate: "31.12.1899" }, { birthDate: "birthDateTooEarly" }],
    [{ birthDate: "01.01.2026", signedOn: "2025-12-31" }, { signedOn: "signedBeforeBirth" }],
    [{ birthDate: "10.03.2026", signedOn: "09.03.2026" }, { signedOn: "signedBeforeBirth" }],
    [{ birthDate: "31.02.1980" }, { birthDate: "invalidDate" }],
    [{ birthDate: "2030-01-01" }, { birthDate: "futureDate" }],
    [{ signedOn: "gestern" }, { signedOn: "invalidDate" }],
    [{ outcome: "egal" }, { outcome: "invalidOutcome" }],
    [{ familyName: "x".repeat(201) }, { familyName: "tooLong" }],
    [{ givenNames: "Anna\u0000" }, { givenNames: "controlCharacter" }],
  ])("reports %j", (overrides, problems) => {
    expect(readPaperLine(paperLineForm(overrides), PETITION, TODAY)).toEqual({ ok: false, problems });
  });
});

describe("readPaperLine with issued sheets", () => {
  it("rejects a sheet outside every issued range", () => {
    const read = readPaperLine(paperLineForm({ sheet: "21" }), PETITION, TODAY, [{ first: 1, last: 20 }]);
    expect(read).toEqual({ ok: false, problems: { sheet: "sheetNotIssued" } });
  });

  it("accepts a sheet of an issued range", () => {
    expect(readPaperLine(paperLineForm({ sheet: "20" }), PETITION, TODAY, [{ first: 1, last: 20 }]).ok).toBe(true);
  });

  it("accepts any sheet when none was issued", () => {
    expect(readPaperLine(paperLineForm({ sheet: "21" }), PETITION, TODAY, []).ok).toBe(true);
  });
});

describe("nextSheetLine", () => {
  it("moves to the next line", () => {
    expect(nextSheetLine({ sheet: 3, line: 7 })).toEqual({ sheet: 3, line: 8 });
  });

  it("starts the next sheet after the last line", () => {
    expect(MAX_LINE).toBe(10);
    expect(nextSheetLine({ sheet: 3, line: 10 })).toEqual({ sheet: 4, line: 1 });
  });

  it("ends after the last sheet", () => {
    expect(nextSheetLine({ sheet: MAX_SHEET, line: MAX_LINE })).toBeUndefined();
  });

  it("skips to the next issued sheet", () => {
    const issued = [
      { first: 1, last: 3 },
      { first: 8, last: 9 },
    ];

    expect(nextSheetLine({ sheet: 2, line: MAX_LINE }, issued)).toEqual({ sheet: 3, line: 1 });
    expect(nextSheetLine({ sheet: 3, line: MAX_LINE }, issued)).toEqual({ sheet: 8, line: 1 });
  });

  it("ends after the last issued sheet", () => {
    expect(nextSheetLine({ sheet: 3, line: MAX_LINE }, [{ first: 1, last: 3 }])).toBeUndefined();
  });
});

describe("readPaperLine dates", () => {
  it("accepts a birth date on 1 January 1900", () => {
    expect(readPaperLine(paperLineForm({ birthDate: "01.01.1900" }), PETITION, TODAY)).toMatchObject({ ok: true });
  });

  it("accepts signing on the birth date itself", () => {
    const result = readPaperLine(paperLineForm({ birthDate: "01.03.2026", signedOn: "01.03.2026" }), PETITION, TODAY);

    expect(result).toMatchObject({ ok: true, value: { outcome: { status: "invalid", reason: "under_age" } } });
  });
});
