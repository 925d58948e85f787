import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { authenticationOptions } from "../passkeys/ceremony-options";
import type { PasskeyError } from "../passkeys/passkey-errors";
import { consumeChallenge, storeChallenge } from "../passkeys/webauthn-challenges";
import type { Petition } from "../petitions/queries";
import { err, type Result } from "../result";
import type { SignatureChannel } from "../signing/signature-counts";
import { type WithdrawError, withdrawSignature } from "../signing/withdraw-signature";
import type { StartedCeremony } from "../staff/register-staff-passkey";
import { findResidentAccount } from "./resident-accounts";
import type { ResidentContext } from "./resident-context";
import { verifyResidentAssertion } from "./verify-resident-assertion";

export type PasskeyWithdrawalError = PasskeyError | WithdrawError;

/** Start the WebAuthn authentication that withdraws the resident's signature of one petition. */
export async function startPasskeyWithdrawal(
  ctx: ResidentContext,
  petitionId: string,
  browserToken: string,
): Promise<StartedCeremony<PublicKeyCredentialRequestOptionsJSON>> {
  const options = await authenticationOptions(ctx.rp);
  await storeChallenge(
    ctx.database.db,
    { purpose: "resident_withdrawal", challenge: options.challenge, context: { petitionId }, browserToken },
    ctx.clock.now(),
  );
  return { options, browserToken };
}

/**
 * Withdraw a signature with a resident passkey: verify a fresh assertion
 * (user verification required, counter checked) for a challenge made for
 * this petition, then withdraw with the account's resident key. Stale
 * eligibility facts do not matter here, because a withdrawal needs to know only
 * who the resident is.
 */
export async function withdrawWithPasskey(
  ctx: ResidentContext,
  input: { petition: Petition; browserToken: string | undefined; response: AuthenticationResponseJSON },
): Promise<Result<{ channel: SignatureChannel }, PasskeyWithdrawalError>> {
  const now = ctx.clock.now();
  const verified = await ctx.database.db.transaction(async (tx) => {
    const presented = { browserToken: input.browserToken, clientDataJSON: input.response.response.clientDataJSON };
    const challenge = await consumeChallenge(tx, presented, "resident_withdrawal", now);
    if (!challenge.ok) return err(challenge.error);
    if (challenge.value.context.petitionId !== input.petition.id) return err("CHALLENGE_MISMATCH" as const);
    return verifyResidentAssertion(ctx, tx, input.response, challenge.value.challenge, now);
  });
  if (!verified.ok) return verified;

  const account = await findResidentAccount(ctx.database.db, verified.value.accountId);
  if (account === undefined) return err("UNKNOWN_CREDENTIAL");
  return withdrawSignature(
    { database: ctx.database, serverSecret: ctx.serverSecret, clock: ctx.clock, log: ctx.log },
    { petition: input.petition, residentKey: account.residentKey, requestChannel: "passkey" },
  );
}
