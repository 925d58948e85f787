import { eq } from "drizzle-orm";
import type { EligibilityFacts } from "../activation/eligibility-facts";
import type { Db, Tx } from "../db/client";
import { activationCodes, type ResidentProof } from "../db/schema";
import { berlinDate } from "../petitions/collection-period";
import { err, ok, type Result } from "../result";
import { type ActivationCodeError, checkRedeemable, redeemActivationCode } from "./check-activation-code";
import { findAccountByResidentKey } from "./resident-accounts";
import { findWalletActivation, redeemWalletActivation } from "./wallet-activations";

/**
 * Proof of eligibility a resident brings before setting up a passkey: a
 * letter or in-person code that was checked, or a binding presentation from
 * their wallet.
 */
export type ActivationSource = { kind: "code"; selector: string } | { kind: "wallet"; transactionId: string };

/** ACTIVATION_EXPIRED: the wallet activation is older than WALLET_ACTIVATION_SECONDS, or was used already. */
export type ActivationSourceError = ActivationCodeError | "ACTIVATION_EXPIRED";

/**
 * Resident key, weak resident key and facts a redeemed source proves, with the
 * way they were proven, for the account. The weak resident key is null for a
 * code from an upload file written without it.
 */
export type RedeemedActivation = { residentKey: Buffer; weakResidentKey: Buffer | null; facts: EligibilityFacts; provenBy: ResidentProof };

/** Read the resident key of a source that can still be redeemed, without using it up. */
export async function residentKeyOfSource(db: Db | Tx, source: ActivationSource, now: Date): Promise<Result<Buffer, ActivationSourceError>> {
  if (source.kind === "wallet") {
    const activation = await findWalletActivation(db, source.transactionId, now);
    return activation === undefined ? err("ACTIVATION_EXPIRED") : ok(activation.residentKey);
  }
  const redeemable = await checkRedeemable(db, source.selector, berlinDate(now));
  if (!redeemable.ok) return redeemable;
  const [code] = await db.select({ residentKey: activationCodes.residentKey }).from(activationCodes).where(eq(activationCodes.selector, source.selector));
  return code === undefined ? err("CODE_UNKNOWN") : ok(code.residentKey);
}

/** Check that a source can still be redeemed, and whether its resident key has an account already. */
export async function checkActivationSource(db: Db, source: ActivationSource, now: Date): Promise<Result<{ hasAccount: boolean }, ActivationSourceError>> {
  const key = await residentKeyOfSource(db, source, now);
  if (!key.ok) return key;
  return ok({ hasAccount: (await findAccountByResidentKey(db, key.value)) !== undefined });
}

/** Use a source up inside the caller's transaction and return what it proves. It works once. */
export async function redeemActivationSource(tx: Tx, source: ActivationSource, now: Date): Promise<Result<RedeemedActivation, ActivationSourceError>> {
  if (source.kind === "wallet") {
    const activation = await redeemWalletActivation(tx, source.transactionId, now);
    return activation === undefined ? err("ACTIVATION_EXPIRED") : ok({ ...activation, provenBy: "wallet" });
  }
  const redeemed = await redeemActivationCode(tx, source.selector, berlinDate(now), now);
  if (!redeemed.ok) return redeemed;
  const { residentKey, weakResidentKey, facts, source: provenBy } = redeemed.value;
  return ok({ residentKey, weakResidentKey, facts, provenBy });
}

/** Write a source into the context of a WebAuthn challenge. */
export function challengeContextOf(source: ActivationSource): Record<string, string> {
  return source.kind === "wallet" ? { walletTransactionId: source.transactionId } : { selector: source.selector };
}

/** Read the source back from a challenge's context, or undefined when the challenge names none. */
export function sourceOfChallengeContext(context: Record<string, string>): ActivationSource | undefined {
  if (context.walletTransactionId !== undefined) return { kind: "wallet", transactionId: context.walletTransactionId };
  if (context.selector !== undefined) return { kind: "code", selector: context.selector };
  return undefined;
}
