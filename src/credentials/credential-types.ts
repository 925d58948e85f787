import { err, type Result } from "../result";
import type { ClaimFailure } from "./claim-readers";
import type { ClaimNeeds, ClaimPath, CredentialType } from "./credential-type";
import { dePidCredential } from "./de-pid-credential";
import { euPidCredential } from "./eu-pid-credential";
import type { IdentityAttributes } from "./identity-attributes";
import { kommPassCredential } from "./kommpass-credential";
import type { VerifiedPresentation } from "./verify-presentation";

export { KOMMPASS_VCT } from "./kommpass-credential";
export { EU_PID_VCT } from "./eu-pid-credential";
export { DE_PID_VCT } from "./de-pid-credential";
export type { ClaimNeeds, ClaimPath } from "./credential-type";

const CREDENTIAL_TYPES: readonly CredentialType[] = [kommPassCredential, euPidCredential, dePidCredential];
const byVct = new Map(CREDENTIAL_TYPES.map((type) => [type.vct, type]));

/** vct values whose claims the platform can read. */
export const SUPPORTED_CREDENTIAL_TYPES: readonly string[] = CREDENTIAL_TYPES.map((type) => type.vct);

export function isSupportedCredentialType(vct: string): boolean {
  return byVct.has(vct);
}

/**
 * Read the identity attributes from a verified presentation. CLAIMS_MISSING
 * when a needed claim was not disclosed, CLAIMS_INVALID when a claim has the
 * wrong form or the vct is not one the platform reads.
 */
export function readIdentityAttributes(verified: VerifiedPresentation): Result<IdentityAttributes, ClaimFailure> {
  const type = byVct.get(verified.vct);
  if (type === undefined) return err("CLAIMS_INVALID");
  return type.readIdentityAttributes(verified.claims);
}

/**
 * DCQL claim paths to request from a credential of this vct: always the
 * identity claims, plus only what the petition's rules need. Throws for a vct
 * the platform cannot read, which petition validation rules out first.
 */
export function requestedClaimPaths(vct: string, needs: ClaimNeeds): ClaimPath[] {
  const type = byVct.get(vct);
  if (type === undefined) throw new Error(`requestedClaimPaths: no claim mapping for vct ${vct}`);
  return type.claimPaths(needs);
}
