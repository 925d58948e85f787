import { type RegistrationResponseJSON, verifyRegistrationResponse } from "@simplewebauthn/server";
import type { Logger } from "../log";
import { err, ok, type Result } from "../result";
import { authenticatorDataOfAttestation, checkCeremonyData } from "./check-ceremony-data";
import type { PasskeyError } from "./passkey-errors";
import type { RelyingParty } from "./relying-party";

/** COSE algorithms we accept: ES256, EdDSA and RS256 (IANA COSE Algorithms registry). */
export const SUPPORTED_ALGORITHMS = [-7, -8, -257];

/** A verified new credential, ready to be stored. */
export type VerifiedPasskey = {
  credentialId: string;
  publicKey: Buffer;
  counter: number;
  transports: string[];
};

/**
 * Verify a registration response for the challenge we issued, with user
 * verification required. Attestation is not checked ("none" is asked for),
 * so the result tells nothing about the authenticator model.
 */
export async function verifyPasskeyRegistration(
  rp: RelyingParty,
  response: RegistrationResponseJSON,
  expectedChallenge: string,
  log: Logger,
): Promise<Result<VerifiedPasskey, PasskeyError>> {
  const authenticatorData = authenticatorDataOfAttestation(response.response.attestationObject);
  if (authenticatorData === undefined) return err("RESPONSE_INVALID");
  const checked = checkCeremonyData(rp, "webauthn.create", expectedChallenge, response.response.clientDataJSON, authenticatorData);
  if (!checked.ok) return checked;

  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
      supportedAlgorithmIDs: SUPPORTED_ALGORITHMS,
    });
  } catch (error) {
    log.warn({ event: "passkey.registration_rejected", reason: (error as Error).message }, "registration response rejected");
    return err("RESPONSE_INVALID");
  }
  if (!verification.verified) return err("RESPONSE_INVALID");

  const { credential } = verification.registrationInfo;
  return ok({
    credentialId: credential.id,
    publicKey: Buffer.from(credential.publicKey),
    counter: credential.counter,
    transports: response.response.transports ?? [],
  });
}
