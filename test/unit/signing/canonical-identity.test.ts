import { describe, expect, it } from "vitest";
import { canonicalIdentityKey, canonicalNamePart } from "../../../src/signing/canonical-identity";

describe("canonicalNamePart", () => {
  it.each([
    ["ß and ss", "Strauß", "Strauss"],
    ["capital ẞ and SS", "STRAUẞ", "STRAUSS"],
    ["ß and capital ẞ", "Großmann", "GROẞMANN"],
    ["ä and ae", "Jäger", "Jaeger"],
    ["ö and oe", "Schröder", "Schroeder"],
    ["ü and ue", "Müller", "Mueller"],
    ["Ä in upper case", "ÄRMEL", "aermel"],
    ["NFC and NFD", "Mu\u0308ller", "M\u00fcller"],
    ["upper and lower case", "MÜLLER", "müller"],
    ["acute accent stripped", "José", "Jose"],
    ["cedilla stripped", "François", "Francois"],
    ["ł written out", "Łukasz", "Lukasz"],
    ["ø written out", "Søren", "Soeren"],
    ["hyphen and en dash", "Müller-Lüdenscheidt", "Müller–Lüdenscheidt"],
    ["hyphen and non-breaking hyphen", "Hans-Peter", "Hans\u2011Peter"],
    ["hyphen and minus sign", "Hans-Peter", "Hans\u2212Peter"],
    ["spaces around hyphen", "Müller - Lüdenscheidt", "Müller-Lüdenscheidt"],
    ["repeated and outer spaces", "  Anna   Maria ", "Anna Maria"],
    ["no-break space", "Anna\u00a0Maria", "Anna Maria"],
    ["typographic apostrophe", "O’Brien", "O'Brien"],
    ["soft hyphen removed", "Schmidt\u00adHansen", "SchmidtHansen"],
  ])("matches %s", (_case, left, right) => {
    expect(canonicalNamePart(left)).toBe(canonicalNamePart(right));
  });

  it.each([
    ["different letters", "Müller", "Möller"],
    ["hyphen and space", "Hans-Peter", "Hans Peter"],
    ["given names reordered", "Anna Maria", "Maria Anna"],
    ["one given name missing", "Anna Maria", "Anna"],
    ["ss and s", "Strauss", "Straus"],
  ])("keeps apart %s", (_case, left, right) => {
    expect(canonicalNamePart(left)).not.toBe(canonicalNamePart(right));
  });

  it("writes the canonical form in lower case ASCII", () => {
    expect(canonicalNamePart("  GRÖẞE-Bäcker ")).toBe("groesse-baecker");
  });
});

describe("canonicalIdentityKey", () => {
  const person = { familyName: "Müller", givenNames: "Anna Maria", birthDate: "1990-04-01", placeOfBirth: "Dresden" };

  it("matches register and wallet spellings", () => {
    const register = { familyName: "MUELLER", givenNames: "ANNA MARIA", birthDate: "1990-04-01", placeOfBirth: "DRESDEN" };
    expect(canonicalIdentityKey(register)).toBe(canonicalIdentityKey(person));
  });

  it("keeps several given names in order", () => {
    expect(canonicalIdentityKey({ ...person, givenNames: "Maria Anna" })).not.toBe(canonicalIdentityKey(person));
  });

  it.each([
    ["family name", { familyName: "Müllers" }],
    ["given names", { givenNames: "Anna" }],
    ["birth date", { birthDate: "1990-04-02" }],
    ["place of birth", { placeOfBirth: "Leipzig" }],
    ["unknown place of birth", { placeOfBirth: undefined }],
  ])("separates people differing in %s", (_field, change) => {
    expect(canonicalIdentityKey({ ...person, ...change })).not.toBe(canonicalIdentityKey(person));
  });

  it("cannot be shifted between fields", () => {
    const a = { familyName: "Anna Maria", givenNames: "Müller", birthDate: "1990-04-01", placeOfBirth: "Dresden" };
    const b = { familyName: "Anna", givenNames: "Maria Müller", birthDate: "1990-04-01", placeOfBirth: "Dresden" };
    expect(canonicalIdentityKey(a)).not.toBe(canonicalIdentityKey(b));
  });

  it("drops control characters so the separator cannot be injected", () => {
    const injected = { ...person, familyName: "Müller\u001fAnna" };
    expect(canonicalIdentityKey(injected).split("\u001f")).toHaveLength(4);
  });
});
