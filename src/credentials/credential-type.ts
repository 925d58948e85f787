import type { Result } from "../result";
import type { ClaimFailure } from "./claim-readers";
import type { IdentityAttributes } from "./identity-attributes";

/** A claims path pointer as DCQL uses it (OpenID4VP 1.0 §7): strings select object members, numbers array elements, null all elements. */
export type ClaimPath = (string | number | null)[];

/** Eligibility rules a petition checks, so that only the claims they need are requested. */
export type ClaimNeeds = { municipality: boolean; residence: boolean; nationality: boolean; age: boolean };

/** Reader of one credential type (vct): its claim paths and how its claims map to identity attributes. */
export type CredentialType = {
  vct: string;
  readIdentityAttributes(claims: Record<string, unknown>): Result<IdentityAttributes, ClaimFailure>;
  claimPaths(needs: ClaimNeeds): ClaimPath[];
  /**
   * Requested claim paths that a genuine credential of this type may lack,
   * such as the optional address of a PID. Every other requested path must be
   * disclosed, so a holder cannot turn a failing rule into an unproven one by
   * withholding its claim.
   */
  optionalClaimPaths: readonly ClaimPath[];
  /**
   * Whether a credential of this type proves every eligibility fact a
   * passkey account stores, the main residence date included, so that a
   * resident may bind a passkey with it.
   */
  provesEligibilityFacts: boolean;
};

/**
 * The claims every signature needs for the identity key: names, birth date and
 * place of birth. The whole place_of_birth object is requested, not only its
 * locality, because a DCQL query for a locality that a credential lacks (born
 * abroad, country only) would make the wallet offer no credential at all.
 * Age rules read the birth date, so they add no claim.
 */
export const IDENTITY_CLAIM_PATHS: readonly ClaimPath[] = [["family_name"], ["given_name"], ["birthdate"], ["place_of_birth"]];
