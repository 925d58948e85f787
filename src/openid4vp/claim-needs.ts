import type { ClaimNeeds } from "../credentials/credential-types";
import type { EligibilityRules } from "../db/schema";

/**
 * Decide which rules of a petition need a claim beyond the identity claims.
 * A rule left empty or at zero checks nothing, so its claim is not requested.
 */
export function claimNeedsOf(rules: EligibilityRules): ClaimNeeds {
  return {
    municipality: rules.municipalityKeys.length > 0,
    residence: rules.minimumResidenceMonths > 0,
    nationality: rules.nationalities.length > 0,
    age: rules.minimumAge > 0,
  };
}

/**
 * Claims a binding asks for: every rule's claim, because the stored facts
 * must answer the rules of any petition the resident signs later.
 */
export const BINDING_CLAIM_NEEDS: ClaimNeeds = { municipality: true, residence: true, nationality: true, age: true };
