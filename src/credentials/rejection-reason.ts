/**
 * Why a presentation was rejected. Each code has a message to the resident in
 * the credentials catalogue (src/i18n/de/credentials.ts), keyed by the code.
 */
export const REJECTION_REASONS = [
  "MALFORMED",
  "TYP_INVALID",
  "ALG_NOT_ALLOWED",
  "ISSUER_UNTRUSTED",
  "CHAIN_INVALID",
  "SIGNATURE_INVALID",
  "VCT_NOT_ACCEPTED",
  "EXPIRED",
  "NOT_YET_VALID",
  "DISCLOSURE_INVALID",
  "KEY_BINDING_MISSING",
  "KEY_BINDING_INVALID",
  "NONCE_MISMATCH",
  "AUDIENCE_MISMATCH",
  "KEY_BINDING_STALE",
  "SD_HASH_MISMATCH",
  "REVOKED",
  "STATUS_UNAVAILABLE",
] as const;

export type RejectionReason = (typeof REJECTION_REASONS)[number];
