import { and, eq, gt, lte } from "drizzle-orm";
import type { EligibilityFacts } from "../activation/eligibility-facts";
import type { Db, Tx } from "../db/client";
import { type WalletActivation, walletActivations } from "../db/schema";

/**
 * How long a resident has, once the wallet proved their eligibility, to
 * register a passkey or sign in with one. A checked letter code stays
 * checked in the browser for as long.
 */
export const WALLET_ACTIVATION_SECONDS = 15 * 60;

/** Store what a binding presentation proved, inside the transaction that completes its wallet transaction. */
export async function insertWalletActivation(
  tx: Tx,
  input: { transactionId: string; residentKey: Buffer; weakResidentKey: Buffer; facts: EligibilityFacts; now: Date },
): Promise<void> {
  await tx.insert(walletActivations).values({
    transactionId: input.transactionId,
    residentKey: input.residentKey,
    weakResidentKey: input.weakResidentKey,
    facts: input.facts,
    createdAt: input.now,
    expiresAt: new Date(input.now.getTime() + WALLET_ACTIVATION_SECONDS * 1000),
  });
}

/** Find the activation a bind transaction left, while it is unexpired and unused. */
export async function findWalletActivation(db: Db | Tx, transactionId: string, now: Date): Promise<WalletActivation | undefined> {
  const [row] = await db
    .select()
    .from(walletActivations)
    .where(and(eq(walletActivations.transactionId, transactionId), gt(walletActivations.expiresAt, now)))
    .limit(1);
  return row;
}

/**
 * Take an unexpired activation out of the database inside the caller's
 * transaction and return what it proved. The delete makes it work once,
 * however many requests try at the same moment, and leaves neither resident
 * key behind.
 */
export async function redeemWalletActivation(
  tx: Tx,
  transactionId: string,
  now: Date,
): Promise<{ residentKey: Buffer; weakResidentKey: Buffer; facts: EligibilityFacts } | undefined> {
  const [row] = await tx
    .delete(walletActivations)
    .where(and(eq(walletActivations.transactionId, transactionId), gt(walletActivations.expiresAt, now)))
    .returning({ residentKey: walletActivations.residentKey, weakResidentKey: walletActivations.weakResidentKey, facts: walletActivations.facts });
  return row;
}

/** Delete the activations that expired unused and return how many. */
export async function deleteExpiredWalletActivations(db: Db, now: Date): Promise<number> {
  const deleted = await db.delete(walletActivations).where(lte(walletActivations.expiresAt, now)).returning({ id: walletActivations.transactionId });
  return deleted.length;
}
