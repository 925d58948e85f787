import type { IdentityKeyFields } from "../../src/signing/canonical-identity";
import type { PaperLine, PaperLineForm } from "../../src/review/paper-line-form";
import type { InvalidReason } from "../../src/review/invalid-reasons";

/** Build a valid paper line of a person at a sheet reference. */
export function validPaperLine(identity: IdentityKeyFields, sheet: number, line: number): PaperLine {
  return { sheet, line, identity, outcome: { status: "confirmed" }, derived: false };
}

/** Build a paper line the office found invalid for `reason`; incomplete lines carry no identity. */
export function invalidPaperLine(identity: IdentityKeyFields | undefined, sheet: number, line: number, reason: InvalidReason): PaperLine {
  return { sheet, line, identity: reason === "incomplete_or_illegible" ? undefined : identity, outcome: { status: "invalid", reason }, derived: false };
}

/** Build the form of a complete paper line of an adult, with any field overridden. */
export function paperLineForm(overrides: Partial<PaperLineForm> = {}): PaperLineForm {
  return {
    familyName: "Größer-Weiß",
    givenNames: "Jürgen Maria",
    birthDate: "12.03.1975",
    placeOfBirth: "Görlitz",
    address: "Hauptstraße 1, 01067 Dresden",
    sheet: "3",
    line: "7",
    signedOn: "",
    outcome: "auto",
    ...overrides,
  };
}
