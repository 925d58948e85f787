import type { JWK } from "jose";
import { err, ok, type Result } from "../result";
import { decryptResponse, type ResponseDecryptionError } from "./response-encryption";
import type { ResponseMode } from "./request-object";

export type ResponseParameterError =
  | "RESPONSE_MISSING"
  | "ENCRYPTION_REQUIRED"
  | "ENCRYPTION_NOT_REQUESTED"
  | ResponseDecryptionError;

/**
 * Read the authorization response parameters from the form a wallet posted
 * to the response URI. With direct_post.jwt they are in the encrypted
 * `response` (OpenID4VP 1.0 §8.3.1); a wallet that cannot encrypt may still
 * send an error unencrypted. With direct_post they are form fields, and
 * vp_token is JSON-encoded.
 */
export function readResponseParameters(
  responseMode: ResponseMode,
  form: Record<string, string>,
  responseKey: JWK | null,
): Result<Record<string, unknown>, ResponseParameterError> {
  if (form.response !== undefined) {
    if (responseMode !== "direct_post.jwt" || responseKey === null) return err("ENCRYPTION_NOT_REQUESTED");
    return decryptResponse(form.response, responseKey);
  }

  if (form.vp_token !== undefined) {
    if (responseMode === "direct_post.jwt") return err("ENCRYPTION_REQUIRED");
    return ok({ vp_token: parseJsonOrKeep(form.vp_token), state: form.state });
  }

  if (form.error !== undefined) {
    return ok({ error: form.error, error_description: form.error_description, state: form.state });
  }
  return err("RESPONSE_MISSING");
}

/** Parse a JSON-encoded form value. A vp_token that is not JSON stays a string, which selectPresentation rejects as malformed. */
function parseJsonOrKeep(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
