import { ok } from "../result";
import {
  municipalityFromAddress,
  nationalities,
  optionalDate,
  optionalMunicipalityKey,
  placeOfBirthLocality,
  requiredDate,
  requiredString,
} from "./claim-readers";
import { IDENTITY_CLAIM_PATHS, type ClaimPath, type CredentialType } from "./credential-type";

/** The demo municipal credential ("KommPass") of the research project, issued by the demo issuer. */
export const KOMMPASS_VCT = "urn:mitzeichnen:demo:kommpass:1";

/**
 * KommPass claims: family_name, given_name, birthdate, place_of_birth
 * {locality, country}, municipality_key (AGS), main_residence_since
 * (YYYY-MM-DD), nationalities, age_equal_or_over {"18": true} and address
 * {street_address, postal_code, locality, country}.
 */
export const kommPassCredential: CredentialType = {
  vct: KOMMPASS_VCT,

  readIdentityAttributes(claims) {
    const familyName = requiredString(claims, "family_name");
    if (!familyName.ok) return familyName;
    const givenNames = requiredString(claims, "given_name");
    if (!givenNames.ok) return givenNames;
    const birthDate = requiredDate(claims, "birthdate");
    if (!birthDate.ok) return birthDate;
    const placeOfBirth = placeOfBirthLocality(claims);
    if (!placeOfBirth.ok) return placeOfBirth;
    const statedKey = optionalMunicipalityKey(claims, "municipality_key");
    if (!statedKey.ok) return statedKey;
    const fromAddress = municipalityFromAddress(claims);
    if (!fromAddress.ok) return fromAddress;
    const mainResidenceSince = optionalDate(claims, "main_residence_since");
    if (!mainResidenceSince.ok) return mainResidenceSince;
    const nationalityCodes = nationalities(claims);
    if (!nationalityCodes.ok) return nationalityCodes;

    return ok({
      familyName: familyName.value,
      givenNames: givenNames.value,
      birthDate: birthDate.value,
      placeOfBirth: placeOfBirth.value,
      municipalityKey: statedKey.value ?? fromAddress.value.municipalityKey,
      outsideKnownMunicipalities: statedKey.value === undefined && fromAddress.value.outsideKnownMunicipalities,
      mainResidenceSince: mainResidenceSince.value,
      nationalities: nationalityCodes.value,
    });
  },

  claimPaths(needs) {
    const paths: ClaimPath[] = [...IDENTITY_CLAIM_PATHS];
    if (needs.municipality || needs.residence) paths.push(["municipality_key"]);
    if (needs.residence) paths.push(["main_residence_since"]);
    if (needs.nationality) paths.push(["nationalities"]);
    return paths;
  },

  optionalClaimPaths: [],
  provesEligibilityFacts: true,
};
