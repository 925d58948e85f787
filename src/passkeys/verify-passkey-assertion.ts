import { type AuthenticationResponseJSON, verifyAuthenticationResponse } from "@simplewebauthn/server";
import type { Logger } from "../log";
import { err, ok, type Result } from "../result";
import { checkCeremonyData } from "./check-ceremony-data";
import type { PasskeyError } from "./passkey-errors";
import type { RelyingParty } from "./relying-party";

/** A stored credential as the assertion check needs it. */
export type StoredPasskey = { credentialId: string; publicKey: Buffer; counter: number; transports: string[] };

/**
 * Verify an assertion for the challenge we issued against a stored
 * credential, with user verification required, and return the new counter.
 * NOTE: WebAuthn Level 2 §6.1.1: a counter that does not grow means a cloned
 * authenticator, unless both the stored and the new counter are 0, which
 * authenticators without a counter always send.
 */
export async function verifyPasskeyAssertion(
  rp: RelyingParty,
  response: AuthenticationResponseJSON,
  expectedChallenge: string,
  stored: StoredPasskey,
  log: Logger,
): Promise<Result<{ newCounter: number }, PasskeyError>> {
  let authenticatorData: Uint8Array;
  try {
    authenticatorData = Buffer.from(response.response.authenticatorData, "base64url");
  } catch {
    return err("RESPONSE_INVALID");
  }
  const checked = checkCeremonyData(rp, "webauthn.get", expectedChallenge, response.response.clientDataJSON, authenticatorData);
  if (!checked.ok) return checked;
  const counter = checked.value.counter;
  if ((counter > 0 || stored.counter > 0) && counter <= stored.counter) return err("COUNTER_REGRESSION");

  let verification;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: { id: stored.credentialId, publicKey: new Uint8Array(stored.publicKey), counter: stored.counter, transports: stored.transports },
      requireUserVerification: true,
    });
  } catch (error) {
    log.warn({ event: "passkey.assertion_rejected", reason: (error as Error).message }, "authentication response rejected");
    return err("RESPONSE_INVALID");
  }
  if (!verification.verified) return err("RESPONSE_INVALID");
  return ok({ newCounter: verification.authenticationInfo.newCounter });
}
