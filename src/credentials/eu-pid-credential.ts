import { ok, type Result } from "../result";
import {
  municipalityFromAddress,
  nationalities,
  placeOfBirthLocality,
  requiredDate,
  requiredString,
  type ClaimFailure,
} from "./claim-readers";
import { IDENTITY_CLAIM_PATHS, type ClaimPath, type ClaimNeeds, type CredentialType } from "./credential-type";
import type { IdentityAttributes } from "./identity-attributes";

/** The EU Person Identification Data credential in SD-JWT VC format (PID Rulebook, vct urn:eudi:pid:1). */
export const EU_PID_VCT = "urn:eudi:pid:1";

/**
 * Read a PID (EU or German). A PID carries no "resident since" date, so
 * mainResidenceSince stays undefined and a residence rule can only be met
 * provisionally. The municipality comes from address.postal_code.
 */
export function readPidIdentityAttributes(claims: Record<string, unknown>): Result<IdentityAttributes, ClaimFailure> {
  const familyName = requiredString(claims, "family_name");
  if (!familyName.ok) return familyName;
  const givenNames = requiredString(claims, "given_name");
  if (!givenNames.ok) return givenNames;
  const birthDate = requiredDate(claims, "birthdate");
  if (!birthDate.ok) return birthDate;
  const placeOfBirth = placeOfBirthLocality(claims);
  if (!placeOfBirth.ok) return placeOfBirth;
  const fromAddress = municipalityFromAddress(claims);
  if (!fromAddress.ok) return fromAddress;
  const nationalityCodes = nationalities(claims);
  if (!nationalityCodes.ok) return nationalityCodes;

  return ok({
    familyName: familyName.value,
    givenNames: givenNames.value,
    birthDate: birthDate.value,
    placeOfBirth: placeOfBirth.value,
    municipalityKey: fromAddress.value.municipalityKey,
    outsideKnownMunicipalities: fromAddress.value.outsideKnownMunicipalities,
    mainResidenceSince: undefined,
    nationalities: nationalityCodes.value,
  });
}

/** Requested PID claims that the PID rulebook makes optional: the address. */
export const PID_OPTIONAL_CLAIM_PATHS: readonly ClaimPath[] = [["address", "postal_code"]];

/** Claim paths for a PID: the postal code stands in for the municipality key; residence needs nothing more because a PID cannot prove it. */
export function pidClaimPaths(needs: ClaimNeeds): ClaimPath[] {
  const paths: ClaimPath[] = [...IDENTITY_CLAIM_PATHS];
  if (needs.municipality || needs.residence) paths.push(["address", "postal_code"]);
  if (needs.nationality) paths.push(["nationalities"]);
  return paths;
}

/**
 * EU PID claims: family_name, given_name, birthdate, place_of_birth
 * {locality | region | country}, nationalities and an optional address
 * {postal_code, locality, …}. Age is read from birthdate because the age
 * claims left the PID rulebook.
 */
export const euPidCredential: CredentialType = {
  vct: EU_PID_VCT,
  readIdentityAttributes: readPidIdentityAttributes,
  claimPaths: pidClaimPaths,
  optionalClaimPaths: PID_OPTIONAL_CLAIM_PATHS,
  provesEligibilityFacts: false,
};
