import type { VerificationErrorCode } from "@sd-jwt/core";
import type { RejectionReason } from "./rejection-reason";

/** A library code that only a verifier set up without hasher or verifier functions can produce: a bug on our side, not a bad presentation. */
export const MISCONFIGURED = "MISCONFIGURED";

/**
 * Our rejection reason for each error code of safeVerify in @sd-jwt/core and
 * @sd-jwt/sd-jwt-vc 0.20.0. Several codes are coarse, so verifyPresentation
 * rejects some inputs itself before calling the library, which keeps each
 * code below to one meaning:
 * - INVALID_SD_JWT also means an issuer JWT or KB-JWT that does not decode, an
 *   _sd_alg other than sha-256, or a wrong issuer signature (0.20.0 picks the
 *   code from the message "Invalid JWT Signature"). verifyPresentation rejects
 *   the first three itself and learns of a wrong signature from its verifier
 *   callback, so only a disclosure that does not decode is left.
 * - UNKNOWN_ERROR is what 0.20.0 reports when it rebuilds the claims and finds
 *   a disclosure that no digest references, a digest that occurs twice, or a
 *   disclosed claim name that is already in the payload.
 * - KEY_BINDING_SIGNATURE_INVALID also covers a KB-JWT with the wrong typ,
 *   nonce or a future iat. We check these before reading the library's KB
 *   errors, so that they get their own reasons.
 * - STATUS_* and VCT_VERIFICATION_FAILED do not occur: status list checks are
 *   ours (disableStatusVerification) and type metadata is not loaded.
 */
export const LIBRARY_ERROR_REASONS = {
  INVALID_SD_JWT: "DISCLOSURE_INVALID",
  INVALID_JWT_FORMAT: "MALFORMED",
  JWT_NOT_YET_VALID: "NOT_YET_VALID",
  JWT_EXPIRED: "EXPIRED",
  INVALID_JWT_SIGNATURE: "SIGNATURE_INVALID",
  MISSING_REQUIRED_CLAIMS: "MALFORMED",
  KEY_BINDING_JWT_MISSING: "KEY_BINDING_MISSING",
  KEY_BINDING_SIGNATURE_INVALID: "KEY_BINDING_INVALID",
  KEY_BINDING_SD_HASH_INVALID: "SD_HASH_MISMATCH",
  STATUS_INVALID: "REVOKED",
  STATUS_VERIFICATION_FAILED: "STATUS_UNAVAILABLE",
  VCT_VERIFICATION_FAILED: "VCT_NOT_ACCEPTED",
  UNKNOWN_ERROR: "DISCLOSURE_INVALID",
  HASHER_NOT_FOUND: MISCONFIGURED,
  VERIFIER_NOT_FOUND: MISCONFIGURED,
  KEY_BINDING_VERIFIER_NOT_FOUND: MISCONFIGURED,
} as const satisfies Record<VerificationErrorCode, RejectionReason | typeof MISCONFIGURED>;

/** Library codes that concern the KB-JWT; the others concern the issuer-signed JWT and its disclosures. */
const KEY_BINDING_CODES: ReadonlySet<VerificationErrorCode> = new Set([
  "KEY_BINDING_JWT_MISSING",
  "KEY_BINDING_SIGNATURE_INVALID",
  "KEY_BINDING_SD_HASH_INVALID",
]);

export function isKeyBindingCode(code: VerificationErrorCode): boolean {
  return KEY_BINDING_CODES.has(code);
}

/**
 * Translate a safeVerify error code into our rejection reason. Throws for the
 * codes that mean our verifier is set up wrongly, and for a code that a newer
 * library version added and this table lacks.
 */
export function rejectionReasonFor(code: VerificationErrorCode): RejectionReason {
  const reason: RejectionReason | typeof MISCONFIGURED | undefined = LIBRARY_ERROR_REASONS[code];
  if (reason === undefined) throw new Error(`safeVerify reported ${code}, which has no rejection reason`);
  if (reason === MISCONFIGURED) throw new Error(`SD-JWT verifier is misconfigured: safeVerify reported ${code}`);
  return reason;
}
