import { err, type Result } from "../result";
import type { ClaimFailure } from "./claim-readers";
import type { ClaimNeeds, ClaimPath, CredentialType } from "./credential-type";
import { dePidCredential } from "./de-pid-credential";
import { euPidCredential } from "./eu-pid-credential";
import type { IdentityAttributes } from "./identity-attributes";
import { kommPassCredential } from "./kommpass-credential";
import type { TrustList } from "./trust-list";
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
 * vct values a resident may bind a passkey with: the types that prove every
 * stored eligibility fact and that at least one issuer of the trust list is
 * trusted for. Empty when binding by wallet is not possible.
 */
export function bindingCredentialTypes(trustList: TrustList): string[] {
  const trusted = new Set(trustList.issuers.flatMap((issuer) => issuer.vct));
  return CREDENTIAL_TYPES.filter((type) => type.provesEligibilityFacts && trusted.has(type.vct)).map((type) => type.vct);
}

/**
 * Read the identity attributes from a verified presentation. CLAIMS_MISSING
 * when a needed claim was not disclosed, or when a claim path in
 * `requestedPaths` is absent that the credential type always carries.
 * CLAIMS_INVALID when a claim has the wrong form or the vct is not one the
 * platform reads.
 */
export function readIdentityAttributes(
  verified: VerifiedPresentation,
  requestedPaths: readonly ClaimPath[] = [],
): Result<IdentityAttributes, ClaimFailure> {
  const type = byVct.get(verified.vct);
  if (type === undefined) return err("CLAIMS_INVALID");
  const optional = new Set(type.optionalClaimPaths.map((path) => JSON.stringify(path)));
  const withheld = requestedPaths.some((path) => !optional.has(JSON.stringify(path)) && !hasClaimAt(verified.claims, path));
  if (withheld) return err("CLAIMS_MISSING");
  return type.readIdentityAttributes(verified.claims);
}

/** Check that a claims path of object member names leads to a value other than null; array steps count as present when the array is. */
function hasClaimAt(claims: Record<string, unknown>, path: ClaimPath): boolean {
  let value: unknown = claims;
  for (const step of path) {
    if (typeof step !== "string") return Array.isArray(value);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    value = (value as Record<string, unknown>)[step];
  }
  return value !== undefined && value !== null;
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
