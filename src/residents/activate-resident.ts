import { randomUUID } from "node:crypto";
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { eq } from "drizzle-orm";
import { activationCodes } from "../db/schema";
import { registrationOptions, userHandleOf } from "../passkeys/ceremony-options";
import type { PasskeyError } from "../passkeys/passkey-errors";
import { verifyPasskeyRegistration } from "../passkeys/verify-passkey-registration";
import { consumeChallenge, storeChallenge } from "../passkeys/webauthn-challenges";
import { berlinDate } from "../petitions/collection-period";
import { err, ok, type Result } from "../result";
import type { StartedCeremony } from "../staff/register-staff-passkey";
import { type ActivationCodeError, checkRedeemable, redeemActivationCode } from "./check-activation-code";
import { findAccountByResidentKey, upsertResidentAccount } from "./resident-accounts";
import type { ResidentContext } from "./resident-context";
import { insertResidentPasskey, isResidentCredentialRegistered, residentCredentialIdsOf } from "./resident-passkeys";
import { createResidentSession, type NewResidentSession } from "./resident-sessions";

export type ActivationError = ActivationCodeError | PasskeyError | "PASSKEY_ALREADY_REGISTERED";

/**
 * Start registering a resident passkey for an activation code that was
 * checked before. A resident key with an account already gets the passkey
 * added to it, so its passkeys are excluded and its id is the user handle.
 */
export async function startActivation(
  ctx: ResidentContext,
  selector: string,
  userName: string,
): Promise<Result<StartedCeremony<PublicKeyCredentialCreationOptionsJSON>, ActivationCodeError>> {
  const now = ctx.clock.now();
  const db = ctx.database.db;
  const redeemable = await checkRedeemable(db, selector, berlinDate(now));
  if (!redeemable.ok) return redeemable;

  const [code] = await db.select({ residentKey: activationCodes.residentKey }).from(activationCodes).where(eq(activationCodes.selector, selector));
  if (code === undefined) return err("CODE_UNKNOWN");
  const account = await findAccountByResidentKey(db, code.residentKey);
  const userHandle = account?.id ?? randomUUID();
  const existing = account === undefined ? [] : await residentCredentialIdsOf(db, account.id);
  const options = await registrationOptions(ctx.rp, { id: userHandleOf(userHandle), name: userName }, existing);
  const browserToken = await storeChallenge(db, "resident_activation", options.challenge, { selector }, now);
  return ok({ options, browserToken });
}

/**
 * Complete an activation in one transaction: verify the passkey, mark the
 * code used, create the account (or refresh the facts of the existing one),
 * store the passkey and sign the resident in. Any failure leaves the code
 * unused.
 */
export async function completeActivation(
  ctx: ResidentContext,
  input: { browserToken: string | undefined; response: RegistrationResponseJSON; passkeyName: string },
): Promise<Result<{ accountId: string; session: NewResidentSession }, ActivationError>> {
  const now = ctx.clock.now();
  const today = berlinDate(now);
  return ctx.database.db.transaction(async (tx) => {
    const challenge = await consumeChallenge(tx, input.browserToken, "resident_activation", now);
    if (!challenge.ok) return err("CHALLENGE_MISSING");
    const selector = challenge.value.context.selector;
    if (selector === undefined) return err("CHALLENGE_MISMATCH");

    const passkey = await verifyPasskeyRegistration(ctx.rp, input.response, challenge.value.challenge, ctx.log);
    if (!passkey.ok) return passkey;
    if (await isResidentCredentialRegistered(tx, passkey.value.credentialId)) return err("PASSKEY_ALREADY_REGISTERED");

    const redeemed = await redeemActivationCode(tx, selector, today, now);
    if (!redeemed.ok) return redeemed;
    const { residentKey, facts, source } = redeemed.value;
    const accountId = await upsertResidentAccount(tx, { residentKey, facts, provenBy: source, now });
    await insertResidentPasskey(tx, accountId, passkey.value, input.passkeyName, now);
    const session = await createResidentSession(tx, accountId, now);
    return ok({ accountId, session });
  });
}
