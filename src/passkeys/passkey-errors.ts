/**
 * Reason a WebAuthn response was rejected. Each code comes from our own checks
 * of the response before @simplewebauthn/server verifies it, so no code
 * depends on the library's error messages. RESPONSE_INVALID covers malformed
 * responses and everything the library rejects beyond those checks, such as
 * a bad signature.
 */
export type PasskeyError =
  | "CHALLENGE_MISSING"
  | "CHALLENGE_MISMATCH"
  | "WRONG_CEREMONY"
  | "ORIGIN_MISMATCH"
  | "RP_ID_MISMATCH"
  | "USER_NOT_VERIFIED"
  | "UNKNOWN_CREDENTIAL"
  | "COUNTER_REGRESSION"
  | "RESPONSE_INVALID";
