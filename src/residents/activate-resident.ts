import { randomUUID } from "node:crypto";
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { registrationOptions, userHandleOf } from "../passkeys/ceremony-options";
import type { PasskeyError } from "../passkeys/passkey-errors";
import { verifyPasskeyRegistration } from "../passkeys/verify-passkey-registration";
import { consumeChallenge, storeChallenge } from "../passkeys/webauthn-challenges";
import { err, ok, type Result } from "../result";
import type { StartedCeremony } from "../staff/register-staff-passkey";
import { type ActivationSource, type ActivationSourceError, challengeContextOf, redeemActivationSource, residentKeyOfSource, sourceOfChallengeContext } from "./activation-source";
import { findAccountByResidentKey, upsertResidentAccount } from "./resident-accounts";
import type { ResidentContext } from "./resident-context";
import { insertResidentPasskey, isResidentCredentialRegistered, residentCredentialIdsOf } from "./resident-passkeys";
import { createResidentSession, type NewResidentSession } from "./resident-sessions";

export type ActivationError = ActivationSourceError | PasskeyError | "PASSKEY_ALREADY_REGISTERED";

/**
 * Start registering a resident passkey for an activation source that was
 * checked before. A resident key with an account already gets the passkey
 * added to it, so its passkeys are excluded and its id is the user handle.
 */
export async function startActivation(
  ctx: ResidentContext,
  source: ActivationSource,
  userName: string,
  browserToken: string,
): Promise<Result<StartedCeremony<PublicKeyCredentialCreationOptionsJSON>, ActivationSourceError>> {
  const now = ctx.clock.now();
  const db = ctx.database.db;
  const key = await residentKeyOfSource(db, source, now);
  if (!key.ok) return key;

  const account = await findAccountByResidentKey(db, key.value);
  const userHandle = account?.id ?? randomUUID();
  const existing = account === undefined ? [] : await residentCredentialIdsOf(db, account.id);
  const options = await registrationOptions(ctx.rp, { id: userHandleOf(userHandle), name: userName }, existing);
  await storeChallenge(
    db,
    { purpose: "resident_activation", challenge: options.challenge, context: challengeContextOf(source), browserToken },
    now,
  );
  return ok({ options, browserToken });
}

/**
 * Complete an activation in one transaction: verify the passkey, use the
 * source up, create the account (or refresh the facts of the existing one),
 * store the passkey and sign the resident in. Any failure leaves the source
 * unused.
 */
export async function completeActivation(
  ctx: ResidentContext,
  input: { browserToken: string | undefined; response: RegistrationResponseJSON; passkeyName: string },
): Promise<Result<{ accountId: string; session: NewResidentSession }, ActivationError>> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const presented = { browserToken: input.browserToken, clientDataJSON: input.response.response.clientDataJSON };
    const challenge = await consumeChallenge(tx, presented, "resident_activation", now);
    if (!challenge.ok) return err("CHALLENGE_MISSING");
    const source = sourceOfChallengeContext(challenge.value.context);
    if (source === undefined) return err("CHALLENGE_MISMATCH");

    const passkey = await verifyPasskeyRegistration(ctx.rp, input.response, challenge.value.challenge, ctx.log);
    if (!passkey.ok) return passkey;
    if (await isResidentCredentialRegistered(tx, passkey.value.credentialId)) return err("PASSKEY_ALREADY_REGISTERED");

    const redeemed = await redeemActivationSource(tx, source, now);
    if (!redeemed.ok) return redeemed;
    const accountId = await upsertResidentAccount(tx, { ...redeemed.value, now });
    await insertResidentPasskey(tx, accountId, passkey.value, input.passkeyName, now);
    const session = await createResidentSession(tx, accountId, now);
    return ok({ accountId, session });
  });
}
