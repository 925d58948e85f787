import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { CHALLENGE_TTL_MS } from "./webauthn-challenges";
import type { RelyingParty } from "./relying-party";
import { SUPPORTED_ALGORITHMS } from "./verify-passkey-registration";

/**
 * Build options for creating a discoverable passkey with user verification
 * required, so that signing in needs neither a user name nor a password.
 */
export function registrationOptions(
  rp: RelyingParty,
  user: { id: Uint8Array; name: string },
  existingCredentials: { id: string; transports: string[] }[],
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userID: new Uint8Array(user.id),
    userName: user.name,
    userDisplayName: user.name,
    attestationType: "none",
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
    supportedAlgorithmIDs: SUPPORTED_ALGORITHMS,
    excludeCredentials: existingCredentials,
    timeout: CHALLENGE_TTL_MS,
  });
}

/**
 * Build options for signing in with a passkey of this relying party, user
 * verification required: any discoverable one, or one of `allowCredentials`
 * when the account is known.
 */
export function authenticationOptions(
  rp: RelyingParty,
  allowCredentials: { id: string; transports: string[] }[] = [],
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return generateAuthenticationOptions({ rpID: rp.id, userVerification: "required", allowCredentials, timeout: CHALLENGE_TTL_MS });
}

/** Turn a uuid into the 16 bytes used as WebAuthn user handle. */
export function userHandleOf(uuid: string): Uint8Array {
  return new Uint8Array(Buffer.from(uuid.replace(/-/g, ""), "hex"));
}
