import { randomInt } from "node:crypto";
import type { Clock } from "../clock";
import type { Database } from "../db/client";
import { COUNT_SHARDS } from "../db/schema";
import type { Logger } from "../log";
import { isCollecting } from "../petitions/collection-period";
import type { Petition } from "../petitions/queries";
import { err, ok, type Result } from "../result";
import { type InvalidReason, isInvalidReason } from "../review/invalid-reasons";
import { signatureLogAppendSql } from "../signature-log/append-log-entries";
import { nullifier } from "./nullifier";
import { loadPetitionKey } from "./petition-keys";
import type { SignatureChannel } from "./signature-counts";

export type WithdrawContext = { database: Database; serverSecret: Buffer; clock: Clock; log: Logger };

/**
 * NOT_COLLECTING: the collection period is over or the petition was submitted;
 * NOT_SIGNED: no signature of this resident (never signed, or withdrawn already);
 * PAPER_SIGNATURE: the resident signed on paper, which only the election office can strike out;
 * DECLARED_INVALID: the election office declared the signature invalid. It
 * counts for nothing, and withdrawing it would let the person sign again
 * and be counted, so only the office can change it.
 */
export type WithdrawError = "NOT_COLLECTING" | "NOT_SIGNED" | "PAPER_SIGNATURE" | "DECLARED_INVALID";

/** A withdrawal that deleted nothing; `invalidReason` is the office's reason when the error is DECLARED_INVALID. */
export type WithdrawRejection = { ok: false; error: WithdrawError; invalidReason?: InvalidReason };

/** Outcome of a withdrawal as the resident's pages show it. */
export type WithdrawalResult = "withdrawn" | "not_signed" | "paper_signature" | "not_collecting" | "declared_invalid";

export const WITHDRAWAL_RESULT_OF: Record<WithdrawError, WithdrawalResult> = {
  NOT_COLLECTING: "not_collecting",
  NOT_SIGNED: "not_signed",
  PAPER_SIGNATURE: "paper_signature",
  DECLARED_INVALID: "declared_invalid",
};

/**
 * A withdrawal ready to run: the parameters $1 to $4 of signatureDeleteSql,
 * which are the petition id, the resident's nullifier, the time and the
 * counter shard.
 */
export type PreparedWithdrawal = { params: [string, Buffer, string, number] };

/**
 * Check that a petition still collects and derive the resident's nullifier
 * for it. The resident key comes from a fresh proof: a passkey assertion or a
 * verified wallet presentation, never from a receipt code.
 */
export async function prepareWithdrawal(
  ctx: WithdrawContext,
  input: { petition: Petition; residentKey: Buffer },
): Promise<Result<PreparedWithdrawal, "NOT_COLLECTING">> {
  const now = ctx.clock.now();
  if (!isCollecting(input.petition, now)) return err("NOT_COLLECTING");

  const petitionKey = await loadPetitionKey(ctx.database, ctx.serverSecret, input.petition.id);
  return ok({ params: [input.petition.id, nullifier(petitionKey, input.residentKey), now.toISOString(), randomInt(COUNT_SHARDS)] });
}

/**
 * SQL of the data-modifying WITH queries `withdrawn`, `withdrawal_logged`,
 * `uncounted_daily`, `uncounted`, `withdrawn_duplicates` and
 * `withdrawn_sheet_lines`. They delete the signature of nullifier $2 on
 * petition $1 and append a `withdrawn` entry at time $3 to the signature
 * log. They subtract the signature from the totals and from the counter of
 * its signing day, on shard $4. A withdrawal withdraws the person's
 * support, so their duplicate paper lines go too, and the sheet lines of
 * the signature and of those duplicates are kept as withdrawn, so they are
 * not entered again.
 *
 * NOTE: the subtraction goes to a random shard, not to the one the signing
 * added to, because the row does not store its shard. A shard can therefore
 * fall below zero. Only the sum over the shards has a meaning, and
 * readSignatureCounts and verifySignatureLog read nothing else.
 *
 * `channels` picks the rows: "online" for a resident's own withdrawal, which
 * leaves paper signatures alone, and "paper" for the election office, which
 * entered them and strikes them out on a written withdrawal. Of two
 * withdrawals at once, the second waits for the first's row lock, then finds
 * no row and changes nothing. The petition row is read `for share`, as
 * signing reads it, so a withdrawal either commits before a submission
 * changes the status or finds the petition submitted. `guard` is a further
 * SQL condition for the delete, such as a claimed wallet transaction.
 *
 * NOTE: a signature the election office declared invalid is never deleted
 * here, whichever the channel. The condition sits in the delete itself, so a
 * decision that commits while a withdrawal waits for the row lock is seen
 * when the delete re-checks the row.
 */
export function signatureDeleteSql(guard = "true", channels: "online" | "paper" = "online"): string {
  return `
withdrawn as (
  delete from signatures
  where petition_id = $1::uuid and nullifier = $2 and channel ${channels === "paper" ? "=" : "<>"} 'paper'
    and status <> 'invalid' and (${guard}) and exists (select 1 from petitions where id = $1::uuid and status = 'collecting' for share)
  returning petition_id, nullifier, channel, status, signed_at, sheet, line
),${signatureLogAppendSql({
    name: "withdrawal_logged",
    source: "(select petition_id, nullifier, channel, null::signature_status as status from withdrawn) as deleted_signature",
    kind: "withdrawn",
    occurredAt: "$3::timestamptz",
  })},
uncounted_daily as (
  insert into signature_daily_counts (petition_id, day, channel, status, shard, count)
  select petition_id, (signed_at at time zone 'Europe/Berlin')::date, channel, status, $4::smallint, -1 from withdrawn
  on conflict (petition_id, day, channel, status, shard) do update set count = signature_daily_counts.count - 1
),
uncounted as (
  insert into signature_counts (petition_id, channel, status, shard, count)
  select petition_id, channel, status, $4::smallint, -1 from withdrawn
  on conflict (petition_id, channel, status, shard) do update set count = signature_counts.count - 1
),
withdrawn_duplicates as (
  delete from paper_duplicate_lines
  where petition_id = $1::uuid and nullifier = $2 and exists (select 1 from withdrawn)
  returning petition_id, sheet, line
),
withdrawn_sheet_lines as (
  insert into paper_withdrawn_lines (petition_id, sheet, line, withdrawn_at)
  select petition_id, sheet, line, $3::timestamptz from withdrawn where sheet is not null
  union all
  select petition_id, sheet, line, $3::timestamptz from withdrawn_duplicates
  on conflict (petition_id, sheet, line) do nothing
)`;
}

const DELETE_SIGNATURE_AND_UNCOUNT = `with ${signatureDeleteSql()} select channel from withdrawn`;

/**
 * Tell why a prepared withdrawal deleted nothing: the petition stopped
 * collecting, the resident's signature is on paper, the election office
 * declared it invalid (with the reason), or there is none.
 */
export async function explainNothingWithdrawn(database: Database, prepared: PreparedWithdrawal): Promise<WithdrawRejection> {
  const [petitionId, petitionNullifier] = prepared.params;
  const rows = await database.rows<{ collecting: boolean; channel: SignatureChannel | null; invalid_reason: string | null }>(
    `select exists (select 1 from petitions where id = $1::uuid and status = 'collecting') as collecting,
            (select channel from signatures where petition_id = $1::uuid and nullifier = $2) as channel,
            (select reason from signatures where petition_id = $1::uuid and nullifier = $2 and status = 'invalid') as invalid_reason`,
    [petitionId, petitionNullifier],
  );
  const row = rows[0];
  if (row === undefined || !row.collecting) return err("NOT_COLLECTING");
  if (row.channel === "paper") return err("PAPER_SIGNATURE");
  if (row.invalid_reason !== null && isInvalidReason(row.invalid_reason)) return { ok: false, error: "DECLARED_INVALID", invalidReason: row.invalid_reason };
  return err("NOT_SIGNED");
}

/**
 * Withdraw a resident's online signature in one statement (see
 * signatureDeleteSql), so the row, the log entry and both counters change
 * together or not at all. The resident may sign again afterwards while the
 * petition collects. `requestChannel` is the way the resident proved who
 * they are, for the log only.
 */
export async function withdrawSignature(
  ctx: WithdrawContext,
  input: { petition: Petition; residentKey: Buffer; requestChannel: SignatureChannel },
): Promise<{ ok: true; value: { channel: SignatureChannel } } | WithdrawRejection> {
  const log = ctx.log.child({ petitionId: input.petition.id, requestChannel: input.requestChannel });
  const prepared = await prepareWithdrawal(ctx, input);
  if (!prepared.ok) {
    log.info({ event: "withdrawal.rejected", reason: prepared.error }, "withdrawal rejected");
    return prepared;
  }

  const rows = await ctx.database.rows<{ channel: SignatureChannel }>(DELETE_SIGNATURE_AND_UNCOUNT, prepared.value.params);
  const deleted = rows[0];
  if (deleted === undefined) {
    const rejection = await explainNothingWithdrawn(ctx.database, prepared.value);
    log.info({ event: "withdrawal.rejected", reason: rejection.error }, "nothing withdrawn");
    return rejection;
  }

  log.info({ event: "signature.withdrawn", channel: deleted.channel }, "signature withdrawn");
  return ok({ channel: deleted.channel });
}
