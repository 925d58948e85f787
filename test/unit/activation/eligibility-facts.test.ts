import { describe, expect, it } from "vitest";
import { eligibilityFactsOf } from "../../../src/activation/eligibility-facts";

const register = { municipalityKey: "14612000", mainResidenceSince: "2019-05-01", birthDate: "2008-02-29", nationalities: ["DE"] };

describe("eligibilityFactsOf", () => {
  it("keeps no birth date, only the day the minimum age is reached", () => {
    expect(eligibilityFactsOf(register, 18)).toEqual({
      municipalityKey: "14612000",
      mainResidenceSince: "2019-05-01",
      reachesMinimumAgeOn: "2026-03-01",
      minimumAge: 18,
      citizenship: "DE",
    });
  });

  it("counts a German with another nationality as German", () => {
    expect(eligibilityFactsOf({ ...register, nationalities: ["TR", "DE"] }, 18)?.citizenship).toBe("DE");
  });

  it("marks a citizen of another member state as EU", () => {
    expect(eligibilityFactsOf({ ...register, nationalities: ["PL"] }, 16)).toMatchObject({ citizenship: "EU", reachesMinimumAgeOn: "2024-02-29" });
  });

  it("returns nothing for a resident without German or EU citizenship", () => {
    expect(eligibilityFactsOf({ ...register, nationalities: ["GB", "US"] }, 18)).toBeUndefined();
  });
});
