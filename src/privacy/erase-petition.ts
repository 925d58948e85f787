import type { Database, SqlRows } from "../db/client";
import type { FinalCounts } from "../db/schema";
import { advanceLogHead, chainUnsealedEntries, lockLogHead, SEAL_BATCH_SIZE, writeChainedEntries } from "../signature-log/seal-log";
import { forgetPetitionKey } from "../signing/petition-keys";
import { ERASED_TABLES } from "./erasure-tables";

/** Outcome of an erasure: the counts it kept and the rows it deleted, as stored in petition_erasures and the audit log. */
export type ErasureRecord = {
  finalCounts: FinalCounts;
  logLength: number;
  /** Rows deleted per table of ERASED_TABLES. */
  deleted: Record<string, number>;
};

export type ErasureInput = { petitionId: string; retentionStartedOn: string; retentionDays: number; now: Date };

/**
 * Erase what links a petition's signatures to people, in one transaction.
 * It seals the rest of the signature log under the head's row lock and
 * stores the final counts with the log's length and head hash. It then
 * deletes the petition's rows from every table in ERASED_TABLES, the
 * petition key last, closes a still collecting petition and writes the
 * deleted rows per table to the audit log. Returns undefined when the
 * petition was erased before, so instances racing for it erase it once.
 * The petition's text, its counters and the log head stay.
 *
 * NOTE: other server instances keep the unwrapped petition key in memory
 * until they restart; only this process drops it here. They use it only to
 * sign, which the petition no longer accepts.
 */
export async function erasePetition(database: Database, serverSecret: Buffer, input: ErasureInput): Promise<ErasureRecord | undefined> {
  const record = await database.transaction(async (rows) => {
    // NOTE: the check for an earlier erasure is a statement of its own after
    // the row lock, because under READ COMMITTED only a new statement reads
    // what the transaction that held the lock before has committed.
    const locked = await rows("select id from petitions where id = $1::uuid for update", [input.petitionId]);
    if (locked.length === 0) return undefined;
    const earlier = await rows("select 1 from petition_erasures where petition_id = $1::uuid", [input.petitionId]);
    if (earlier.length > 0) return undefined;

    const head = await sealRemainingEntries(rows, input.petitionId);
    const finalCounts = await readFinalCounts(rows, input.petitionId);
    const deleted: Record<string, number> = {};
    for (const table of ERASED_TABLES) deleted[table] = await deleteRowsOf(rows, table, input.petitionId);

    await rows("update petitions set status = 'closed', updated_at = $2::timestamptz where id = $1::uuid and status = 'collecting'", [
      input.petitionId,
      input.now.toISOString(),
    ]);
    await rows(
      `insert into petition_erasures (petition_id, erased_at, retention_started_on, retention_days, final_counts, log_length, log_head_hash, deleted)
       values ($1::uuid, $2::timestamptz, $3::date, $4, $5::jsonb, $6, $7, $8::jsonb)`,
      [input.petitionId, input.now.toISOString(), input.retentionStartedOn, input.retentionDays, JSON.stringify(finalCounts), head.length, head.headHash, JSON.stringify(deleted)],
    );
    const details = { deleted, retentionStartedOn: input.retentionStartedOn, retentionDays: input.retentionDays, logLength: head.length };
    await rows("insert into audit_log (at, actor_id, action, petition_id, details) values ($1::timestamptz, null, 'petition.erased', $2::uuid, $3::jsonb)", [
      input.now.toISOString(),
      input.petitionId,
      JSON.stringify(details),
    ]);
    return { finalCounts, logLength: head.length, deleted };
  });

  if (record !== undefined) forgetPetitionKey(serverSecret, input.petitionId);
  return record;
}

/** Chain the entries no sealer has reached yet, so the stored head covers every change before the erasure. */
async function sealRemainingEntries(rows: SqlRows, petitionId: string) {
  let head = await lockLogHead(rows, petitionId);
  if (head === undefined) throw new Error(`the log head of petition ${petitionId} could not be locked`);
  for (;;) {
    const chained = await chainUnsealedEntries(rows, head, SEAL_BATCH_SIZE);
    if (chained.length === 0) return head;
    await writeChainedEntries(rows, chained);
    head = await advanceLogHead(rows, head, chained);
  }
}

async function readFinalCounts(rows: SqlRows, petitionId: string): Promise<FinalCounts> {
  const counted = await rows<{ channel: string; status: string; total: string | number }>(
    "select channel::text, status::text, sum(count) as total from signature_counts where petition_id = $1::uuid group by channel, status",
    [petitionId],
  );
  const counts: FinalCounts = {};
  for (const row of counted) counts[row.channel] = { ...counts[row.channel], [row.status]: Number(row.total) };
  return counts;
}

async function deleteRowsOf(rows: SqlRows, table: string, petitionId: string): Promise<number> {
  const [row] = await rows<{ deleted: string | number }>(
    `with gone as (delete from ${table} where petition_id = $1::uuid returning 1) select count(*) as deleted from gone`,
    [petitionId],
  );
  return Number(row?.deleted ?? 0);
}
