import type { CredentialType } from "./credential-type";
import { PID_OPTIONAL_CLAIM_PATHS, pidClaimPaths, readPidIdentityAttributes } from "./eu-pid-credential";

/** The German PID (vct urn:eudi:pid:de:1), issued from the eID card data. */
export const DE_PID_VCT = "urn:eudi:pid:de:1";

/**
 * German PID claims: as the EU PID, plus age_equal_or_over and address. Names
 * and places arrive in upper case as printed on the ID card ("ERIKA",
 * "BERLIN"); they are passed on as written, because the identity key
 * canonicalisation folds case.
 */
export const dePidCredential: CredentialType = {
  vct: DE_PID_VCT,
  readIdentityAttributes: readPidIdentityAttributes,
  claimPaths: pidClaimPaths,
  optionalClaimPaths: PID_OPTIONAL_CLAIM_PATHS,
  provesEligibilityFacts: false,
};
