import type { WalletOutcome } from "../db/schema";
import type { Petition } from "../petitions/queries";
import { residentKeyOf } from "../signing/resident-key";
import { prepareWithdrawal, WITHDRAWAL_RESULT_OF } from "../signing/withdraw-signature";
import type { VerifiedIdentity } from "./check-wallet-response";
import { completeWithoutSignature, recordWalletWithdrawal, type WalletCompletion } from "./complete-wallet-transaction";
import type { WalletContext } from "./wallet-context";

/**
 * Withdraw the signature of the resident a verified presentation names: the
 * resident key is derived exactly as wallet signing derives it, so the
 * nullifier matches the signature whichever channel made it. The identity
 * attributes are dropped here. Returns the stored outcome, or undefined when
 * the transaction could no longer be claimed.
 */
export async function withdrawWithVerifiedIdentity(
  ctx: WalletContext,
  log: WalletContext["log"],
  petition: Petition,
  verified: VerifiedIdentity,
  completion: WalletCompletion,
): Promise<WalletOutcome | undefined> {
  const residentKey = residentKeyOf(ctx.serverSecret, verified.identity);
  const prepared = await prepareWithdrawal({ database: ctx.database, serverSecret: ctx.serverSecret, clock: ctx.clock, log }, { petition, residentKey });
  if (!prepared.ok) {
    log.info({ event: "withdrawal.rejected", reason: prepared.error }, "withdrawal rejected");
    const outcome: WalletOutcome = { kind: "withdrawal", result: WITHDRAWAL_RESULT_OF[prepared.error] };
    return (await completeWithoutSignature(ctx.database, completion, outcome)) ? outcome : undefined;
  }

  const recorded = await recordWalletWithdrawal(ctx.database, prepared.value, completion);
  if (recorded === undefined) return undefined;
  const { result, invalidReason } = recorded;
  if (result === "withdrawn") log.info({ event: "signature.withdrawn", vct: verified.vct }, "signature withdrawn");
  else log.info({ event: "withdrawal.rejected", result }, "nothing withdrawn");
  return invalidReason === undefined ? { kind: "withdrawal", result } : { kind: "withdrawal", result, invalidReason };
}
