import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { registrationOptions, userHandleOf } from "../passkeys/ceremony-options";
import type { PasskeyError } from "../passkeys/passkey-errors";
import { verifyPasskeyRegistration } from "../passkeys/verify-passkey-registration";
import { consumeChallenge, storeChallenge } from "../passkeys/webauthn-challenges";
import { err, ok, type Result } from "../result";
import type { StartedCeremony } from "../staff/register-staff-passkey";
import type { ResidentContext } from "./resident-context";
import { insertResidentPasskey, isResidentCredentialRegistered, residentCredentialIdsOf } from "./resident-passkeys";

/** Start registering another passkey for a signed-in resident; their existing passkeys are excluded. */
export async function startResidentPasskeyAddition(
  ctx: ResidentContext,
  accountId: string,
  userName: string,
  browserToken: string,
): Promise<StartedCeremony<PublicKeyCredentialCreationOptionsJSON>> {
  const existing = await residentCredentialIdsOf(ctx.database.db, accountId);
  const options = await registrationOptions(ctx.rp, { id: userHandleOf(accountId), name: userName }, existing);
  await storeChallenge(
    ctx.database.db,
    { purpose: "resident_passkey_addition", challenge: options.challenge, context: { accountId }, browserToken },
    ctx.clock.now(),
  );
  return { options, browserToken };
}

/** Verify and store another passkey of a signed-in resident. */
export async function completeResidentPasskeyAddition(
  ctx: ResidentContext,
  accountId: string,
  input: { browserToken: string | undefined; response: RegistrationResponseJSON; passkeyName: string },
): Promise<Result<{ passkeyId: string }, PasskeyError | "PASSKEY_ALREADY_REGISTERED">> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const presented = { browserToken: input.browserToken, clientDataJSON: input.response.response.clientDataJSON };
    const challenge = await consumeChallenge(tx, presented, "resident_passkey_addition", now);
    if (!challenge.ok) return err("CHALLENGE_MISSING");
    if (challenge.value.context.accountId !== accountId) return err("CHALLENGE_MISMATCH");
    const passkey = await verifyPasskeyRegistration(ctx.rp, input.response, challenge.value.challenge, ctx.log);
    if (!passkey.ok) return passkey;
    if (await isResidentCredentialRegistered(tx, passkey.value.credentialId)) return err("PASSKEY_ALREADY_REGISTERED");
    const passkeyId = await insertResidentPasskey(tx, accountId, passkey.value, input.passkeyName, now);
    return ok({ passkeyId });
  });
}
