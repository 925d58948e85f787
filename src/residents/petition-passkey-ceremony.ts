import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { authenticationOptions } from "../passkeys/ceremony-options";
import type { PasskeyError } from "../passkeys/passkey-errors";
import { consumeChallenge, storeChallenge } from "../passkeys/webauthn-challenges";
import type { Petition } from "../petitions/queries";
import { err, type Result } from "../result";
import type { StartedCeremony } from "../staff/register-staff-passkey";
import { findResidentAccount, type ResidentAccount } from "./resident-accounts";
import type { ResidentContext } from "./resident-context";
import { verifyResidentAssertion } from "./verify-resident-assertion";

/** Resident ceremonies that act on one petition: signing it, or withdrawing the signature. */
export type PetitionCeremonyPurpose = "resident_signing" | "resident_withdrawal";

/** Start a WebAuthn authentication whose challenge works only for this purpose and this petition. */
export async function startPetitionPasskeyCeremony(
  ctx: ResidentContext,
  purpose: PetitionCeremonyPurpose,
  petitionId: string,
  browserToken: string,
): Promise<StartedCeremony<PublicKeyCredentialRequestOptionsJSON>> {
  const options = await authenticationOptions(ctx.rp);
  await storeChallenge(ctx.database.db, { purpose, challenge: options.challenge, context: { petitionId }, browserToken }, ctx.clock.now());
  return { options, browserToken };
}

/**
 * Verify an assertion for a challenge made for this purpose and petition
 * (user verification required, counter checked) and load the passkey's
 * account. The challenge is used up in the same transaction.
 */
export async function verifyPetitionPasskeyAssertion(
  ctx: ResidentContext,
  purpose: PetitionCeremonyPurpose,
  input: { petition: Petition; browserToken: string | undefined; response: AuthenticationResponseJSON },
  now: Date,
): Promise<Result<ResidentAccount, PasskeyError>> {
  const verified = await ctx.database.db.transaction(async (tx) => {
    const presented = { browserToken: input.browserToken, clientDataJSON: input.response.response.clientDataJSON };
    const challenge = await consumeChallenge(tx, presented, purpose, now);
    if (!challenge.ok) return err(challenge.error);
    if (challenge.value.context.petitionId !== input.petition.id) return err("CHALLENGE_MISMATCH" as const);
    return verifyResidentAssertion(ctx, tx, input.response, challenge.value.challenge, now);
  });
  if (!verified.ok) return verified;

  const account = await findResidentAccount(ctx.database.db, verified.value.accountId);
  return account === undefined ? err("UNKNOWN_CREDENTIAL") : { ok: true, value: account };
}
