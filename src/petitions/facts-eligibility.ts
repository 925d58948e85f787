import type { EligibilityFacts } from "../activation/eligibility-facts";
import type { EligibilityChecks, EligibilityRules } from "../db/schema";
import { err, ok, type Result } from "../result";
import { anniversary } from "./calendar";
import { dateOfReachingResidence, type Eligibility, type IneligibleReason } from "./eligibility";
import { EU_NATIONALITIES } from "./eu-nationalities";

/**
 * Check a resident's stored eligibility facts against a petition's rules on a
 * signing day (a Berlin calendar date). The facts came from the population
 * register or a credential, so every rule they speak to is proven; a rule
 * they cannot decide is "unproven" and makes the signature provisional.
 */
export function checkFactsEligibility(facts: EligibilityFacts, rules: EligibilityRules, signingDate: string): Result<Eligibility, IneligibleReason> {
  if (!rules.municipalityKeys.includes(facts.municipalityKey)) return err("MUNICIPALITY_NOT_ELIGIBLE");

  const age = checkAge(facts, rules.minimumAge, signingDate);
  if (age === "under_age") return err("UNDER_AGE");

  const nationality = checkCitizenship(facts.citizenship, rules.nationalities);
  if (nationality === "not_eligible") return err("NATIONALITY_NOT_ELIGIBLE");

  if (rules.minimumResidenceMonths > 0 && signingDate < dateOfReachingResidence(facts.mainResidenceSince, rules.minimumResidenceMonths)) {
    return err("RESIDENCE_TOO_SHORT");
  }

  const checks: EligibilityChecks = { municipality: "proven", age, nationality, residence: "proven", identity: "proven" };
  const status = Object.values(checks).every((check) => check === "proven") ? "proven" : "provisional";
  return ok({ status, checks });
}

/**
 * The facts hold the date on which the resident reaches facts.minimumAge.
 * A higher age in the rules is that date plus the difference in years. A
 * lower one is reached before that date, on a day the facts do not tell, so
 * a resident short of facts.minimumAge is "unproven" rather than rejected.
 */
function checkAge(facts: EligibilityFacts, minimumAge: number, signingDate: string): "proven" | "unproven" | "under_age" {
  if (minimumAge >= facts.minimumAge) {
    const reachesOn = anniversary(facts.reachesMinimumAgeOn, (minimumAge - facts.minimumAge) * 12);
    return signingDate < reachesOn ? "under_age" : "proven";
  }
  return signingDate < facts.reachesMinimumAgeOn ? "unproven" : "proven";
}

/**
 * "DE" is checked against the rules directly. "EU" stands for some member
 * state other than Germany: proven when the rules accept every one of them,
 * rejected when they accept none, otherwise "unproven".
 */
function checkCitizenship(citizenship: EligibilityFacts["citizenship"], accepted: readonly string[]): "proven" | "unproven" | "not_eligible" {
  if (citizenship === "DE") return accepted.includes("DE") ? "proven" : "not_eligible";
  const otherMemberStates = EU_NATIONALITIES.filter((code) => code !== "DE");
  const acceptedOthers = otherMemberStates.filter((code) => accepted.includes(code));
  if (acceptedOthers.length === otherMemberStates.length) return "proven";
  return acceptedOthers.length === 0 ? "not_eligible" : "unproven";
}
