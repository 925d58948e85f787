import type { WalletTransaction } from "../db/schema";

/**
 * Link target of a wallet transaction's pages: the petition being signed or
 * withdrawn from, or for a binding the transaction itself, whose page leads
 * on to the passkey.
 */
export type WalletTarget = { purpose: "sign" | "withdraw"; petitionId: string } | { purpose: "bind"; transactionId: string };

/** A wallet target with the petition's title, for the transaction's own page. */
export type WalletSubject = { purpose: "sign" | "withdraw"; petitionId: string; petitionTitle: string } | { purpose: "bind"; transactionId: string };

/** Build the target of a stored transaction. A sign or withdraw transaction always has a petition, because the table's check constraint requires one. */
export function walletTargetOf(transaction: Pick<WalletTransaction, "id" | "purpose" | "petitionId">): WalletTarget {
  if (transaction.purpose === "bind") return { purpose: "bind", transactionId: transaction.id };
  if (transaction.petitionId === null) throw new Error(`${transaction.purpose} transaction ${transaction.id} has no petition`);
  return { purpose: transaction.purpose, petitionId: transaction.petitionId };
}
