import { and, eq, gt } from "drizzle-orm";
import type { EligibilityFacts } from "../activation/eligibility-facts";
import type { Database } from "../db/client";
import { type WalletOutcome, walletTransactions } from "../db/schema";
import { insertWalletActivation } from "../residents/wallet-activations";
import { duplicateAttemptSql } from "../signing/duplicate-attempts";
import { type PreparedSignature, signatureInsertSql } from "../signing/sign-petition";
import { type PreparedWithdrawal, signatureDeleteSql, type WithdrawalResult } from "../signing/withdraw-signature";
import type { WalletFlowName } from "./wallet-urls";

/** Data that completes a pending transaction besides its outcome: the flow the wallet used and the same-device response code's hash. */
export type WalletCompletion = { id: string; flow: WalletFlowName; responseCodeHash: Buffer | null; now: Date };

function storedFlow(flow: WalletFlowName): "same_device" | "cross_device" {
  return flow === "same-device" ? "same_device" : "cross_device";
}

/**
 * Claim pending, unexpired transaction $13, then insert and count the
 * signature (parameters $1 to $12, see prepareSignature). The transaction is
 * completed with outcome $16 (signed), $17 (already signed) or $18 (petition
 * no longer collecting). A repeat is also counted in duplicate_attempt_counts.
 * When the earlier signature was declared invalid, the
 * already-signed outcome names the office's reason instead of $17, and when
 * it is a paper line the office entered, it is $19 (already signed on paper).
 * All of it is one statement and one round trip.
 *
 * The claim locks the transaction row, so of two responses racing for one
 * transaction the second waits, finds it completed and changes nothing. No
 * row comes back then, nor for an expired transaction. Data-modifying WITH
 * queries run once whether or not the outer query reads them.
 */
const RECORD_WALLET_SIGNATURE = `
with claimed as (
  select id from wallet_transactions
  where id = $13::uuid and status = 'pending' and expires_at > $9::timestamptz
  for update
),
${signatureInsertSql("exists (select 1 from claimed)")},
attempted as (
  ${duplicateAttemptSql({
    petitionId: "$1::uuid",
    occurredAt: "$9::timestamptz",
    channel: "$3::signature_channel",
    condition: "exists (select 1 from claimed) and not exists (select 1 from inserted) and exists (select 1 from petitions where id = $1::uuid and status = 'collecting')",
  })}
),
completed as (
  update wallet_transactions
  set status = 'completed', flow = $14::wallet_flow, response_key = null, response_code_hash = $15, completed_at = $9::timestamptz,
    outcome = case
      when exists (select 1 from inserted) then $16::jsonb
      when exists (select 1 from petitions where id = $1::uuid and status = 'collecting' for share) then coalesce(
        (select jsonb_build_object('kind', 'already_signed', 'invalidReason', reason) from signatures
          where petition_id = $1::uuid and nullifier = $2 and status = 'invalid'),
        (select $19::jsonb from signatures where petition_id = $1::uuid and nullifier = $2 and channel = 'paper'),
        $17::jsonb)
      else $18::jsonb
    end
  where id in (select id from claimed)
  returning outcome
)
select outcome from completed`;

/**
 * Record a signature made with a wallet and complete its transaction, see
 * RECORD_WALLET_SIGNATURE, and return the outcome stored with it. Returns
 * undefined and leaves the transaction pending only when it could not be
 * claimed: another response completed it or it expired.
 */
export async function recordWalletSignature(
  database: Database,
  prepared: PreparedSignature,
  completion: WalletCompletion,
): Promise<WalletOutcome | undefined> {
  const { receiptCode, status, unproven, supportOnly } = prepared.outcome;
  const outcomes: WalletOutcome[] = [
    { kind: "signed", receiptCode, provisional: status === "provisional", unproven, ...(supportOnly ? { supportOnly } : {}) },
    { kind: "already_signed" },
    { kind: "rejected", reason: "NOT_COLLECTING" },
    { kind: "already_signed", onPaper: true },
  ];
  const rows = await database.rows<{ outcome: WalletOutcome }>(RECORD_WALLET_SIGNATURE, [
    ...prepared.params,
    completion.id,
    storedFlow(completion.flow),
    completion.responseCodeHash,
    ...outcomes.map((outcome) => JSON.stringify(outcome)),
  ]);
  return rows[0]?.outcome;
}

/**
 * Claim pending, unexpired transaction $5, then delete and uncount the
 * signature (parameters $1 to $4, see prepareWithdrawal). The transaction is
 * completed with the withdrawal's result in the same statement: withdrawn,
 * not collecting any more, signed on paper, declared invalid by the
 * election office (with its reason), or nothing to withdraw. The
 * subqueries of `completed` see the signatures as they were before the
 * delete, which is why `withdrawn` is asked first. As with signing, a second
 * response for the same transaction waits for the claim's row lock and then
 * changes nothing.
 */
const RECORD_WALLET_WITHDRAWAL = `
with claimed as (
  select id from wallet_transactions
  where id = $5::uuid and status = 'pending' and expires_at > $3::timestamptz
  for update
),
${signatureDeleteSql("exists (select 1 from claimed)")},
completed as (
  update wallet_transactions
  set status = 'completed', flow = $6::wallet_flow, response_key = null, response_code_hash = $7, completed_at = $3::timestamptz,
    outcome = jsonb_strip_nulls(jsonb_build_object('kind', 'withdrawal', 'result', case
      when exists (select 1 from withdrawn) then 'withdrawn'
      when not exists (select 1 from petitions where id = $1::uuid and status = 'collecting') then 'not_collecting'
      when exists (select 1 from signatures where petition_id = $1::uuid and nullifier = $2 and channel = 'paper') then 'paper_signature'
      when exists (select 1 from signatures where petition_id = $1::uuid and nullifier = $2 and status = 'invalid') then 'declared_invalid'
      else 'not_signed'
    end, 'invalidReason', (select reason from signatures where petition_id = $1::uuid and nullifier = $2 and status = 'invalid' and not exists (select 1 from withdrawn))))
  where id in (select id from claimed)
  returning outcome ->> 'result' as result, outcome ->> 'invalidReason' as invalid_reason
)
select result from completed`;

/**
 * Withdraw a signature with a wallet and complete its transaction, see
 * RECORD_WALLET_WITHDRAWAL. Returns undefined when the transaction could not
 * be claimed: another response completed it or it expired.
 */
export async function recordWalletWithdrawal(
  database: Database,
  prepared: PreparedWithdrawal,
  completion: WalletCompletion,
): Promise<{ result: WithdrawalResult; invalidReason: string | undefined } | undefined> {
  const rows = await database.rows<{ result: WithdrawalResult; invalid_reason: string | null }>(RECORD_WALLET_WITHDRAWAL, [
    ...prepared.params,
    completion.id,
    storedFlow(completion.flow),
    completion.responseCodeHash,
  ]);
  const row = rows[0];
  return row === undefined ? undefined : { result: row.result, invalidReason: row.invalid_reason ?? undefined };
}

/**
 * Complete pending, unexpired transaction $1 with an outcome other than a
 * signature. Raw SQL because it runs on every rejected response.
 */
const COMPLETE_WITHOUT_SIGNATURE = `
update wallet_transactions
set status = 'completed', flow = $2::wallet_flow, response_key = null, outcome = $3::jsonb, response_code_hash = $4, completed_at = $5::timestamptz
where id = $1::uuid and status = 'pending' and expires_at > $5::timestamptz
returning id`;

/** Complete a transaction with a rejection or wallet error; false when another response completed it first or it expired. */
export async function completeWithoutSignature(database: Database, completion: WalletCompletion, outcome: WalletOutcome): Promise<boolean> {
  const rows = await database.rows(COMPLETE_WITHOUT_SIGNATURE, [
    completion.id,
    storedFlow(completion.flow),
    JSON.stringify(outcome),
    completion.responseCodeHash,
    completion.now.toISOString(),
  ]);
  return rows.length === 1;
}

/**
 * Complete pending, unexpired bind transaction with outcome "bound" and
 * store the wallet activation in the same database transaction, so the
 * browser is shown "bound" only once the activation exists. Returns false
 * when another response completed the transaction first or it expired.
 */
export async function completeWithBinding(
  database: Database,
  completion: WalletCompletion,
  binding: { residentKey: Buffer; weakResidentKey: Buffer; facts: EligibilityFacts },
): Promise<boolean> {
  return database.db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(walletTransactions)
      .set({
        status: "completed",
        flow: storedFlow(completion.flow),
        responseKey: null,
        outcome: { kind: "bound" },
        responseCodeHash: completion.responseCodeHash,
        completedAt: completion.now,
      })
      .where(and(eq(walletTransactions.id, completion.id), eq(walletTransactions.status, "pending"), gt(walletTransactions.expiresAt, completion.now)))
      .returning({ id: walletTransactions.id });
    if (claimed === undefined) return false;

    await insertWalletActivation(tx, { transactionId: claimed.id, ...binding, now: completion.now });
    return true;
  });
}
