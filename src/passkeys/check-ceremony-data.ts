import { createHash } from "node:crypto";
import { decodeAttestationObject, isoBase64URL, parseAuthenticatorData } from "@simplewebauthn/server/helpers";
import { err, ok, type Result } from "../result";
import type { PasskeyError } from "./passkey-errors";
import type { RelyingParty } from "./relying-party";

export type CeremonyType = "webauthn.create" | "webauthn.get";

/** Values read from the authenticator data by the checks. */
export type CheckedAuthenticatorData = { counter: number };

/**
 * Check the client data and authenticator data of a WebAuthn response
 * against the ceremony we started: type, challenge and origin
 * (WebAuthn Level 2 §7.1 steps 7 to 9 and §7.2 steps 11 to 13), the RP ID
 * hash, and the user present and user verified flags (§7.1 steps 13 to 15,
 * §7.2 steps 15 to 17). @simplewebauthn/server makes the same checks again;
 * ours come first so that each failure has its own code.
 */
export function checkCeremonyData(
  rp: RelyingParty,
  type: CeremonyType,
  expectedChallenge: string,
  clientDataJSON: string,
  authenticatorData: Uint8Array,
): Result<CheckedAuthenticatorData, PasskeyError> {
  let clientData: { type?: unknown; challenge?: unknown; origin?: unknown };
  let parsed: ReturnType<typeof parseAuthenticatorData>;
  try {
    clientData = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8"));
    parsed = parseAuthenticatorData(new Uint8Array(authenticatorData));
  } catch {
    return err("RESPONSE_INVALID");
  }

  if (clientData.type !== type) return err("RESPONSE_INVALID");
  if (clientData.challenge !== expectedChallenge) return err("CHALLENGE_MISMATCH");
  if (clientData.origin !== rp.origin) return err("ORIGIN_MISMATCH");

  const expectedRpIdHash = createHash("sha256").update(rp.id, "utf8").digest();
  if (!expectedRpIdHash.equals(Buffer.from(parsed.rpIdHash))) return err("RP_ID_MISMATCH");
  if (!parsed.flags.up) return err("RESPONSE_INVALID");
  if (!parsed.flags.uv) return err("USER_NOT_VERIFIED");
  return ok({ counter: parsed.counter });
}

/** Take the authenticator data out of a registration's attestation object; undefined when it cannot be decoded. */
export function authenticatorDataOfAttestation(attestationObject: string): Uint8Array | undefined {
  try {
    return decodeAttestationObject(isoBase64URL.toBuffer(attestationObject)).get("authData");
  } catch {
    return undefined;
  }
}
