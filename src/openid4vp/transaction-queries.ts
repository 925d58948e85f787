import { eq, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { petitions, type WalletTransaction, walletTransactions } from "../db/schema";
import { isUuid, type Petition } from "../petitions/queries";

/** Find the wallet transaction with this id; undefined for an unknown or malformed id. */
export async function findWalletTransaction(database: Database, id: string): Promise<WalletTransaction | undefined> {
  if (!isUuid(id)) return undefined;
  const [transaction] = await database.db.select().from(walletTransactions).where(eq(walletTransactions.id, id));
  return transaction;
}

/**
 * Find the wallet transaction with this id together with its petition, in
 * one query; undefined for an unknown or malformed id. The petition is null
 * for a bind transaction. The foreign key deletes a petition's transactions
 * with it, so every sign transaction has one.
 */
export async function findWalletTransactionWithPetition(
  database: Database,
  id: string,
): Promise<{ transaction: WalletTransaction; petition: Petition | null } | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await transactionWithPetitionQuery(database).execute({ id });
  return row;
}

/**
 * Build the query behind findWalletTransactionWithPetition once per database,
 * because it runs on every wallet response. A named drizzle query is sent
 * with postgres.js's prepare option, so each connection keeps it prepared.
 */
function transactionWithPetitionQuery(database: Database) {
  let query = preparedQueries.get(database);
  if (query === undefined) {
    query = buildTransactionWithPetitionQuery(database);
    preparedQueries.set(database, query);
  }
  return query;
}

function buildTransactionWithPetitionQuery(database: Database) {
  return database.db
    .select({ transaction: walletTransactions, petition: petitions })
    .from(walletTransactions)
    .leftJoin(petitions, eq(petitions.id, walletTransactions.petitionId))
    .where(eq(walletTransactions.id, sql.placeholder("id")))
    .prepare("find_wallet_transaction_with_petition");
}

const preparedQueries = new WeakMap<Database, ReturnType<typeof buildTransactionWithPetitionQuery>>();
