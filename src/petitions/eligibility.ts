import { isKnownMunicipality } from "../municipalities/lookup-municipality";
import type { IdentityAttributes } from "../credentials/identity-attributes";
import type { EligibilityChecks, EligibilityRules } from "../db/schema";
import { err, ok, type Result } from "../result";
import { anniversary, isIsoDate } from "./calendar";

export type { EligibilityChecks, EligibilityRules };

export type IneligibleReason =
  | "CREDENTIAL_TYPE_NOT_ACCEPTED"
  | "MUNICIPALITY_NOT_ELIGIBLE"
  | "UNDER_AGE"
  | "NATIONALITY_NOT_ELIGIBLE"
  | "RESIDENCE_TOO_SHORT";

export const INELIGIBLE_REASONS: readonly IneligibleReason[] = [
  "CREDENTIAL_TYPE_NOT_ACCEPTED",
  "MUNICIPALITY_NOT_ELIGIBLE",
  "UNDER_AGE",
  "NATIONALITY_NOT_ELIGIBLE",
  "RESIDENCE_TOO_SHORT",
];

export type Eligibility = { status: "proven" | "provisional"; checks: EligibilityChecks };

/**
 * The first Berlin date on which a person born on `birthDate` has reached
 * `years` years of age. The birthday itself counts (BGB § 187 (2)), so a
 * person is 18 on their 18th birthday. Someone born on 29 February turns 18
 * on 1 March in a year without 29 February, because their age period ends
 * with the end of 28 February (BGB § 188 (2) and (3)).
 */
export function dateOfReachingAge(birthDate: string, years: number): string {
  return anniversary(birthDate, years * 12);
}

/**
 * The first date on which a main residence since `since` has lasted
 * `months` months. Decision: the day of moving in counts as the first day,
 * as the birthday does for age, so moving in on 15 March meets three months
 * on 15 June.
 */
export function dateOfReachingResidence(since: string, months: number): string {
  return anniversary(since, months);
}

/**
 * Check a resident's attributes against a petition's rules on a signing day
 * (a Berlin calendar date). A rule the attributes prove false gives its
 * reason code. A rule they cannot prove (no municipality key, no residence
 * date, no nationality, no place of birth for matching across channels)
 * is marked "unproven" and makes the signature provisional, for the
 * election office to confirm against the population register.
 *
 * The credential type is checked when given; channels without a credential
 * (paper, passkey) pass undefined.
 */
export function checkEligibility(
  identity: IdentityAttributes,
  rules: EligibilityRules,
  signingDate: string,
  credentialType?: string,
): Result<Eligibility, IneligibleReason> {
  if (credentialType !== undefined && !rules.credentialTypes.includes(credentialType)) {
    return err("CREDENTIAL_TYPE_NOT_ACCEPTED");
  }

  let municipality: "proven" | "unproven" = "unproven";
  if (identity.municipalityKey !== undefined) {
    if (!rules.municipalityKeys.includes(identity.municipalityKey)) return err("MUNICIPALITY_NOT_ELIGIBLE");
    municipality = "proven";
  } else if (identity.outsideKnownMunicipalities === true && rules.municipalityKeys.every(isKnownMunicipality)) {
    return err("MUNICIPALITY_NOT_ELIGIBLE");
  }

  let age: "proven" | "unproven" = "unproven";
  if (isIsoDate(identity.birthDate)) {
    if (signingDate < dateOfReachingAge(identity.birthDate, rules.minimumAge)) return err("UNDER_AGE");
    age = "proven";
  }

  let nationality: "proven" | "unproven" = "unproven";
  if (identity.nationalities.length > 0) {
    if (!identity.nationalities.some((code) => rules.nationalities.includes(code))) {
      return err("NATIONALITY_NOT_ELIGIBLE");
    }
    nationality = "proven";
  }

  let residence: "proven" | "unproven" = "unproven";
  if (rules.minimumResidenceMonths === 0) {
    residence = municipality;
  } else if (identity.mainResidenceSince !== undefined && isIsoDate(identity.mainResidenceSince)) {
    if (signingDate < dateOfReachingResidence(identity.mainResidenceSince, rules.minimumResidenceMonths)) {
      return err("RESIDENCE_TOO_SHORT");
    }
    residence = "proven";
  }

  const identityMatch = identity.placeOfBirth === undefined || identity.placeOfBirth.trim() === "" ? "unproven" : "proven";

  const checks: EligibilityChecks = { municipality, age, nationality, residence, identity: identityMatch };
  const status = Object.values(checks).every((check) => check === "proven") ? "proven" : "provisional";
  return ok({ status, checks });
}
