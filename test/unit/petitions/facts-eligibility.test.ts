import { describe, expect, it } from "vitest";
import type { EligibilityFacts } from "../../../src/activation/eligibility-facts";
import type { EligibilityRules } from "../../../src/db/schema";
import { EU_NATIONALITIES } from "../../../src/petitions/eu-nationalities";
import { checkFactsEligibility } from "../../../src/petitions/facts-eligibility";

const rules: EligibilityRules = {
  municipalityKeys: ["14612000"],
  minimumAge: 18,
  nationalities: [...EU_NATIONALITIES],
  minimumResidenceMonths: 3,
  credentialTypes: [],
};

const facts: EligibilityFacts = {
  municipalityKey: "14612000",
  mainResidenceSince: "2025-12-15",
  reachesMinimumAgeOn: "2008-03-14",
  minimumAge: 18,
  citizenship: "DE",
};

describe("checkFactsEligibility", () => {
  it("proves every rule for an eligible resident", () => {
    const checked = checkFactsEligibility(facts, rules, "2026-03-15");
    expect(checked).toEqual({
      ok: true,
      value: { status: "proven", checks: { municipality: "proven", age: "proven", nationality: "proven", residence: "proven", identity: "proven" } },
    });
  });

  it("rejects another municipality", () => {
    expect(checkFactsEligibility({ ...facts, municipalityKey: "14713000" }, rules, "2026-03-15")).toEqual({ ok: false, error: "MUNICIPALITY_NOT_ELIGIBLE" });
  });

  it("rejects the day before the minimum age", () => {
    expect(checkFactsEligibility({ ...facts, reachesMinimumAgeOn: "2026-03-16" }, rules, "2026-03-15")).toEqual({ ok: false, error: "UNDER_AGE" });
  });

  it("shifts the age date for a higher minimum age", () => {
    const older = { ...rules, minimumAge: 21 };
    expect(checkFactsEligibility({ ...facts, reachesMinimumAgeOn: "2023-03-16" }, older, "2026-03-15")).toEqual({ ok: false, error: "UNDER_AGE" });
    expect(checkFactsEligibility({ ...facts, reachesMinimumAgeOn: "2023-03-15" }, older, "2026-03-15").ok).toBe(true);
  });

  it("leaves a lower minimum age unproven before the stored date", () => {
    const younger = { ...rules, minimumAge: 16 };
    const checked = checkFactsEligibility({ ...facts, reachesMinimumAgeOn: "2026-06-01" }, younger, "2026-03-15");
    if (!checked.ok) throw new Error(`rejected: ${checked.error}`);
    expect(checked.value.checks.age).toBe("unproven");
    expect(checked.value.status).toBe("provisional");
  });

  it("rejects a residence shorter than the rules ask", () => {
    expect(checkFactsEligibility({ ...facts, mainResidenceSince: "2025-12-16" }, rules, "2026-03-15")).toEqual({ ok: false, error: "RESIDENCE_TOO_SHORT" });
  });

  it.each([
    ["DE", ["DE"], "proven"],
    ["EU", ["DE"], "NATIONALITY_NOT_ELIGIBLE"],
    ["EU", [...EU_NATIONALITIES], "proven"],
    ["EU", ["DE", "PL"], "unproven"],
    ["DE", ["PL"], "NATIONALITY_NOT_ELIGIBLE"],
  ] as const)("checks citizenship %s against %j as %s", (citizenship, nationalities, expected) => {
    const checked = checkFactsEligibility({ ...facts, citizenship }, { ...rules, nationalities: [...nationalities] }, "2026-03-15");
    if (expected === "NATIONALITY_NOT_ELIGIBLE") expect(checked).toEqual({ ok: false, error: expected });
    else expect(checked.ok && checked.value.checks.nationality).toBe(expected);
  });
});
