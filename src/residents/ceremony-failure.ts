import type { Context } from "hono";
import type { AppEnv } from "../http/env";
import type { PasskeyError } from "../passkeys/passkey-errors";
import type { ActivationSignInError } from "./activate-by-sign-in";
import type { ActivationSourceError } from "./activation-source";

export type ResidentCeremonyFailure = ActivationSignInError | "PASSKEY_ALREADY_REGISTERED" | "BODY_INVALID" | "NOT_FOUND";

const STATUS: Record<ResidentCeremonyFailure, 400 | 404 | 410 | 422> = {
  ACTIVATION_EXPIRED: 410,
  NO_ACCOUNT: 404,
  PASSKEY_OF_OTHER_ACCOUNT: 400,
  CHALLENGE_MISSING: 400,
  CHALLENGE_MISMATCH: 400,
  WRONG_CEREMONY: 400,
  ORIGIN_MISMATCH: 400,
  RP_ID_MISMATCH: 400,
  USER_NOT_VERIFIED: 400,
  UNKNOWN_CREDENTIAL: 400,
  COUNTER_REGRESSION: 400,
  RESPONSE_INVALID: 400,
  PASSKEY_ALREADY_REGISTERED: 400,
  BODY_INVALID: 400,
  NOT_FOUND: 404,
  CODE_MISSING: 400,
  CODE_MALFORMED: 422,
  CODE_UNKNOWN: 422,
  CODE_WRONG: 422,
  CODE_LOCKED: 410,
  CODE_USED: 410,
  CODE_EXPIRED: 410,
};

/** HTTP status for an activation code or wallet activation error, on a page and in JSON. */
export function activationSourceStatus(error: ActivationSourceError): 400 | 410 | 422 {
  return STATUS[error] as 400 | 410 | 422;
}

/**
 * Answer a rejected resident ceremony step with the JSON that
 * static/passkeys.js shows: a German (or English) message and the code.
 */
export function residentCeremonyFailure(c: Context<AppEnv>, code: ResidentCeremonyFailure) {
  c.get("log").warn({ event: "resident.ceremony_rejected", code, path: c.req.path }, "resident passkey ceremony rejected");
  const t = c.get("t");
  const messages: Record<string, string> = { ...t.staff.passkeyErrors, ...t.residents.activation.errors, NOT_FOUND: t.common.errors.notFound.title };
  if (code === "CHALLENGE_MISSING" && c.req.path.startsWith("/aktivieren")) messages.CHALLENGE_MISSING = t.residents.activation.checkedCodeMissing;
  if (code === "UNKNOWN_CREDENTIAL") messages.UNKNOWN_CREDENTIAL = `${t.staff.passkeyErrors.UNKNOWN_CREDENTIAL} ${t.residents.account.noAccount}`;
  return c.json({ code, message: messages[code] ?? t.staff.ceremony.failed }, STATUS[code]);
}
