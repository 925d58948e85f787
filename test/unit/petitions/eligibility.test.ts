import { describe, expect, it } from "vitest";
import type { IdentityAttributes } from "../../../src/credentials/identity-attributes";
import { EU_NATIONALITIES } from "../../../src/petitions/eu-nationalities";
import {
  checkEligibility,
  dateOfReachingAge,
  dateOfReachingResidence,
  type EligibilityChecks,
  type EligibilityRules,
} from "../../../src/petitions/eligibility";

const rules: EligibilityRules = {
  municipalityKeys: ["14612000"],
  minimumAge: 18,
  nationalities: [...EU_NATIONALITIES],
  minimumResidenceMonths: 3,
  credentialTypes: ["urn:eudi:pid:de:1", "urn:mitzeichnen:demo:kommpass:1"],
};

const resident: IdentityAttributes = {
  familyName: "Musterfrau",
  givenNames: "Erika",
  birthDate: "1980-05-17",
  placeOfBirth: "Dresden",
  municipalityKey: "14612000",
  mainResidenceSince: "2020-01-01",
  nationalities: ["DE"],
};

describe("dateOfReachingAge", () => {
  it.each([
    ["an ordinary birthday", "2008-03-15", 18, "2026-03-15"],
    ["29 February in a year without it", "2008-02-29", 18, "2026-03-01"],
    ["29 February in a leap year", "2008-02-29", 16, "2024-02-29"],
    ["31 December", "2007-12-31", 18, "2025-12-31"],
    ["1 January", "2008-01-01", 18, "2026-01-01"],
  ])("is the birthday for %s", (_case, birthDate, years, expected) => {
    expect(dateOfReachingAge(birthDate, years)).toBe(expected);
  });
});

describe("dateOfReachingResidence", () => {
  it.each([
    ["mid-month", "2026-03-15", 3, "2026-06-15"],
    ["the 31st into a 30-day month", "2026-08-31", 3, "2026-12-01"],
    ["30 November into February", "2025-11-30", 3, "2026-03-01"],
    ["across the year", "2025-12-10", 3, "2026-03-10"],
  ])("counts the day of moving in for %s", (_case, since, months, expected) => {
    expect(dateOfReachingResidence(since, months)).toBe(expected);
  });
});

describe("checkEligibility", () => {
  it("proves a resident whose credential shows every attribute", () => {
    const result = checkEligibility(resident, rules, "2026-03-15", "urn:eudi:pid:de:1");
    expect(result).toEqual({
      ok: true,
      value: {
        status: "proven",
        checks: { municipality: "proven", age: "proven", nationality: "proven", residence: "proven", identity: "proven" },
      },
    });
  });

  it("accepts a resident on their 18th birthday", () => {
    const result = checkEligibility({ ...resident, birthDate: "2008-03-15" }, rules, "2026-03-15");
    expect(result.ok).toBe(true);
  });

  it("rejects a resident the day before their 18th birthday", () => {
    const result = checkEligibility({ ...resident, birthDate: "2008-03-16" }, rules, "2026-03-15");
    expect(result).toEqual({ ok: false, error: "UNDER_AGE" });
  });

  it("rejects someone born on 29 February on 28 February of their 18th year", () => {
    const result = checkEligibility({ ...resident, birthDate: "2008-02-29" }, rules, "2026-02-28");
    expect(result).toEqual({ ok: false, error: "UNDER_AGE" });
  });

  it("accepts someone born on 29 February on 1 March of their 18th year", () => {
    const result = checkEligibility({ ...resident, birthDate: "2008-02-29" }, rules, "2026-03-01");
    expect(result.ok).toBe(true);
  });

  it("applies a lower minimum age", () => {
    const result = checkEligibility({ ...resident, birthDate: "2010-03-15" }, { ...rules, minimumAge: 16 }, "2026-03-15");
    expect(result.ok).toBe(true);
  });

  it("rejects another municipality", () => {
    const result = checkEligibility({ ...resident, municipalityKey: "14713000" }, rules, "2026-03-15");
    expect(result).toEqual({ ok: false, error: "MUNICIPALITY_NOT_ELIGIBLE" });
  });

  it("rejects an address outside the known municipalities", () => {
    const result = checkEligibility({ ...resident, municipalityKey: undefined, outsideKnownMunicipalities: true }, rules, "2026-03-15");
    expect(result).toEqual({ ok: false, error: "MUNICIPALITY_NOT_ELIGIBLE" });
  });

  it("leaves the municipality unproven when the rules name one the platform does not know", () => {
    const unknownRules = { ...rules, municipalityKeys: ["09162000"] };
    const result = checkEligibility({ ...resident, municipalityKey: undefined, outsideKnownMunicipalities: true }, unknownRules, "2026-03-15");
    expect(result).toMatchObject({ ok: true, value: { status: "provisional", checks: { municipality: "unproven" } } });
  });

  it("rejects a nationality outside the rules", () => {
    const result = checkEligibility({ ...resident, nationalities: ["US"] }, rules, "2026-03-15");
    expect(result).toEqual({ ok: false, error: "NATIONALITY_NOT_ELIGIBLE" });
  });

  it("accepts any one accepted nationality among several", () => {
    const result = checkEligibility({ ...resident, nationalities: ["US", "FR"] }, rules, "2026-03-15");
    expect(result.ok).toBe(true);
  });

  it("rejects a residence one day too short", () => {
    const result = checkEligibility({ ...resident, mainResidenceSince: "2025-12-16" }, rules, "2026-03-15");
    expect(result).toEqual({ ok: false, error: "RESIDENCE_TOO_SHORT" });
  });

  it("accepts a residence of exactly three months", () => {
    const result = checkEligibility({ ...resident, mainResidenceSince: "2025-12-15" }, rules, "2026-03-15");
    expect(result.ok).toBe(true);
  });

  it("rejects a credential type the petition does not accept", () => {
    const result = checkEligibility(resident, rules, "2026-03-15", "urn:example:other:1");
    expect(result).toEqual({ ok: false, error: "CREDENTIAL_TYPE_NOT_ACCEPTED" });
  });

  it.each([
    ["no residence date", { mainResidenceSince: undefined }, "residence"],
    ["no municipality key", { municipalityKey: undefined }, "municipality"],
    ["no nationality", { nationalities: [] }, "nationality"],
    ["no place of birth", { placeOfBirth: undefined }, "identity"],
  ] satisfies [string, Partial<IdentityAttributes>, keyof EligibilityChecks][])("is provisional with %s", (_case, change, check) => {
    const result = checkEligibility({ ...resident, ...change }, rules, "2026-03-15");
    expect(result).toMatchObject({ ok: true, value: { status: "provisional" } });
    expect(result).toMatchObject({ ok: true, value: { checks: { [check]: "unproven" } } });
  });

  it("still rejects what it can prove when another rule is unproven", () => {
    const result = checkEligibility({ ...resident, mainResidenceSince: undefined, birthDate: "2010-01-01" }, rules, "2026-03-15");
    expect(result).toEqual({ ok: false, error: "UNDER_AGE" });
  });
});
