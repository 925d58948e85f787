import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { authenticationOptions } from "../passkeys/ceremony-options";
import type { PasskeyError } from "../passkeys/passkey-errors";
import { consumeChallenge, storeChallenge } from "../passkeys/webauthn-challenges";
import { err, ok, type Result } from "../result";
import type { StartedCeremony } from "../staff/register-staff-passkey";
import { type ActivationSource, type ActivationSourceError, challengeContextOf, redeemActivationSource, residentKeyOfSource, sourceOfChallengeContext } from "./activation-source";
import { findAccountByResidentKey, findResidentAccount, upsertResidentAccount } from "./resident-accounts";
import type { ResidentContext } from "./resident-context";
import { residentCredentialIdsOf } from "./resident-passkeys";
import { createResidentSession, deleteResidentSession, type NewResidentSession } from "./resident-sessions";
import { verifyResidentAssertion } from "./verify-resident-assertion";

/**
 * NO_ACCOUNT: the source's resident key has no account (any more).
 * PASSKEY_OF_OTHER_ACCOUNT: the passkey belongs to another resident, such as
 * a family member's on a shared device.
 */
export type ActivationSignInError = ActivationSourceError | PasskeyError | "NO_ACCOUNT" | "PASSKEY_OF_OTHER_ACCOUNT";

/**
 * Start signing in with a passkey of the account that a checked source's
 * resident key has already. Only that account's passkeys are allowed, so the
 * browser offers no other resident's passkey.
 */
export async function startActivationSignIn(
  ctx: ResidentContext,
  source: ActivationSource,
  browserToken: string,
): Promise<Result<StartedCeremony<PublicKeyCredentialRequestOptionsJSON>, ActivationSourceError | "NO_ACCOUNT">> {
  const now = ctx.clock.now();
  const db = ctx.database.db;
  const key = await residentKeyOfSource(db, source, now);
  if (!key.ok) return key;
  const account = await findAccountByResidentKey(db, key.value);
  if (account === undefined) return err("NO_ACCOUNT");

  const options = await authenticationOptions(ctx.rp, await residentCredentialIdsOf(db, account.id));
  await storeChallenge(
    db,
    { purpose: "resident_activation_sign_in", challenge: options.challenge, context: challengeContextOf(source), browserToken },
    now,
  );
  return ok({ options, browserToken });
}

/**
 * Complete it in one transaction: verify the assertion, check that the
 * passkey belongs to the source's resident, use the source up, refresh the
 * account's facts with what the source proves and start a new session. A
 * resident who proved their eligibility again and signs in expects the new
 * proof to count, so it refreshes the facts as registering a passkey does.
 */
export async function completeActivationSignIn(
  ctx: ResidentContext,
  input: { browserToken: string | undefined; response: AuthenticationResponseJSON; previousSessionToken: string | undefined },
): Promise<Result<{ accountId: string; session: NewResidentSession }, ActivationSignInError>> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const presented = { browserToken: input.browserToken, clientDataJSON: input.response.response.clientDataJSON };
    const challenge = await consumeChallenge(tx, presented, "resident_activation_sign_in", now);
    if (!challenge.ok) return err("CHALLENGE_MISSING");
    const source = sourceOfChallengeContext(challenge.value.context);
    if (source === undefined) return err("CHALLENGE_MISMATCH");

    const verified = await verifyResidentAssertion(ctx, tx, input.response, challenge.value.challenge, now);
    if (!verified.ok) return verified;
    const account = await findResidentAccount(tx, verified.value.accountId);
    if (account === undefined) return err("NO_ACCOUNT");
    const key = await residentKeyOfSource(tx, source, now);
    if (!key.ok) return key;
    if (!key.value.equals(account.residentKey)) return err("PASSKEY_OF_OTHER_ACCOUNT");

    const redeemed = await redeemActivationSource(tx, source, now);
    if (!redeemed.ok) return redeemed;
    await upsertResidentAccount(tx, { ...redeemed.value, now });
    if (input.previousSessionToken !== undefined) await deleteResidentSession(tx, input.previousSessionToken);
    const session = await createResidentSession(tx, account.id, now);
    return ok({ accountId: account.id, session });
  });
}
