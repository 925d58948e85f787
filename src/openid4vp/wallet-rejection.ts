import type { BindingRejection } from "../activation/credential-eligibility-facts";
import type { RejectionReason } from "../credentials/rejection-reason";
import type { IneligibleReason } from "../petitions/eligibility";

/**
 * Why a presentation did not lead to a signature or a binding: a failed
 * credential check, missing or unusable claims, an eligibility rule, a fact
 * a binding needs, or a problem of the response itself.
 */
export type WalletRejectionReason =
  | RejectionReason
  | IneligibleReason
  | BindingRejection
  | "CLAIMS_MISSING"
  | "CLAIMS_INVALID"
  | "NOT_COLLECTING"
  /** vp_token is not an object with one array of one presentation for a query we sent. */
  | "PRESENTATION_MALFORMED"
  /** An unexpected failure while verifying or signing; nothing was signed. */
  | "PROCESSING_FAILED";

/** Error codes a wallet may send instead of a presentation (RFC 6749 §4.1.2.1, OpenID4VP 1.0 §8.5); others are recorded as "other". */
export const WALLET_ERROR_CODES = [
  "access_denied",
  "invalid_request",
  "invalid_client",
  "invalid_scope",
  "invalid_request_uri",
  "invalid_request_object",
  "invalid_request_uri_method",
  "invalid_transaction_data",
  "vp_formats_not_supported",
  "wallet_unavailable",
  "server_error",
  "temporarily_unavailable",
] as const;

export type WalletErrorCode = (typeof WALLET_ERROR_CODES)[number] | "other";

export function walletErrorCode(value: string): WalletErrorCode {
  return (WALLET_ERROR_CODES as readonly string[]).includes(value) ? (value as WalletErrorCode) : "other";
}
