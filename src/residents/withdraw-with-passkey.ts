import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import type { PasskeyError } from "../passkeys/passkey-errors";
import type { Petition } from "../petitions/queries";
import type { SignatureChannel } from "../signing/signature-counts";
import { type WithdrawError, type WithdrawRejection, withdrawSignature } from "../signing/withdraw-signature";
import { verifyPetitionPasskeyAssertion } from "./petition-passkey-ceremony";
import type { ResidentContext } from "./resident-context";

export type PasskeyWithdrawalError = PasskeyError | WithdrawError;

/**
 * Withdraw a signature with a resident passkey: verify a fresh assertion
 * for a challenge made for withdrawing from this petition, then withdraw
 * with the account's resident key. Stale eligibility facts do not matter
 * here, because a withdrawal needs to know only who the resident is.
 */
export async function withdrawWithPasskey(
  ctx: ResidentContext,
  input: { petition: Petition; browserToken: string | undefined; response: AuthenticationResponseJSON },
): Promise<{ ok: true; value: { channel: SignatureChannel } } | WithdrawRejection | { ok: false; error: PasskeyError }> {
  const account = await verifyPetitionPasskeyAssertion(ctx, "resident_withdrawal", input, ctx.clock.now());
  if (!account.ok) return account;
  return withdrawSignature(
    { database: ctx.database, serverSecret: ctx.serverSecret, clock: ctx.clock, log: ctx.log },
    { petition: input.petition, residentKey: account.value.residentKey, requestChannel: "passkey" },
  );
}
