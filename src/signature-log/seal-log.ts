import type { Database, SqlRows } from "../db/client";
import { entryHash, GENESIS_HASH } from "./entry-hash";
import { ENTRY_COLUMNS, type EntryRow, hashedEntryOf } from "./entry-rows";

/** Most entries one sealing transaction chains, so a backlog is sealed in bounded transactions. */
export const SEAL_BATCH_SIZE = 5000;

/** A petition's log head as the sealer holds it under its row lock. */
export type LockedHead = { petitionId: string; length: number; headHash: Buffer };

type HeadRow = { length: string | number; head_hash: Buffer | Uint8Array };

/** An entry numbered and hashed in memory, not yet written. */
export type ChainedEntry = { id: number; seq: number; hash: Buffer };

const SELECT_HEAD_FOR_UPDATE = "select length, head_hash from signature_log_heads where petition_id = $1::uuid for update";
const SELECT_HEAD_SKIP_LOCKED = `${SELECT_HEAD_FOR_UPDATE} skip locked`;

/**
 * Lock a petition's head row for this transaction, creating an empty head
 * first if the petition has none. With `skipLocked`, returns undefined at
 * once when another sealer holds the lock instead of waiting for it.
 */
export async function lockLogHead(rows: SqlRows, petitionId: string, options: { skipLocked?: boolean } = {}): Promise<LockedHead | undefined> {
  const select = options.skipLocked === true ? SELECT_HEAD_SKIP_LOCKED : SELECT_HEAD_FOR_UPDATE;
  let [head] = await rows<HeadRow>(select, [petitionId]);
  if (head === undefined) {
    await rows(
      "insert into signature_log_heads (petition_id, length, head_hash) values ($1::uuid, 0, $2) on conflict (petition_id) do nothing",
      [petitionId, GENESIS_HASH],
    );
    [head] = await rows<HeadRow>(select, [petitionId]);
  }
  if (head === undefined) return undefined;
  return { petitionId, length: Number(head.length), headHash: Buffer.from(head.head_hash) };
}

/**
 * Number the petition's oldest unsealed entries (at most `limit`, in append
 * order) after the head and chain them by hash, in memory.
 */
export async function chainUnsealedEntries(rows: SqlRows, head: LockedHead, limit: number): Promise<ChainedEntry[]> {
  const unsealed = await rows<EntryRow>(
    `select ${ENTRY_COLUMNS}
       from signature_log_entries
      where petition_id = $1::uuid and seq is null
      order by id
      limit $2`,
    [head.petitionId, limit],
  );

  const chained: ChainedEntry[] = [];
  let previousHash = head.headHash;
  for (const [index, row] of unsealed.entries()) {
    const seq = head.length + index + 1;
    const hash = entryHash(hashedEntryOf(head.petitionId, seq, row), previousHash);
    chained.push({ id: Number(row.id), seq, hash });
    previousHash = hash;
  }
  return chained;
}

/** Write the sequence numbers and hashes of chained entries. Throws when any of them was sealed meanwhile. */
export async function writeChainedEntries(rows: SqlRows, chained: ChainedEntry[]): Promise<void> {
  if (chained.length === 0) return;
  const values = JSON.stringify(chained.map((entry) => ({ id: entry.id, seq: entry.seq, hash: entry.hash.toString("hex") })));
  const [result] = await rows<{ count: number }>(
    `with updated as (
       update signature_log_entries e
          set seq = v.seq, entry_hash = decode(v.hash, 'hex')
         from jsonb_to_recordset($1::jsonb) as v(id bigint, seq bigint, hash text)
        where e.id = v.id and e.seq is null
       returning 1
     )
     select count(*)::int as count from updated`,
    [values],
  );
  if (Number(result?.count) !== chained.length) {
    throw new Error(`sealing wrote ${result?.count} of ${chained.length} entries; another sealer bypassed the head lock`);
  }
}

/** Move the head to the last chained entry. */
export async function advanceLogHead(rows: SqlRows, head: LockedHead, chained: ChainedEntry[]): Promise<LockedHead> {
  const last = chained.at(-1);
  if (last === undefined) return head;
  await rows("update signature_log_heads set length = $2, head_hash = $3, sealed_at = now() where petition_id = $1::uuid", [
    head.petitionId,
    last.seq,
    last.hash,
  ]);
  return { petitionId: head.petitionId, length: last.seq, headHash: last.hash };
}

export type SealResult = {
  /** Entries chained by this call. */
  sealed: number;
  /** Length of the log after this call; undefined when skipLocked found the head locked. */
  length: number | undefined;
};

/**
 * Seal one batch in one transaction: lock the head, chain the oldest
 * unsealed entries after it, write them and move the head. A crash at any
 * point rolls all of it back, so the head and the entries agree afterwards.
 */
async function sealBatch(database: Database, petitionId: string, batchSize: number, skipLocked: boolean): Promise<SealResult> {
  return database.transaction(async (rows) => {
    const head = await lockLogHead(rows, petitionId, { skipLocked });
    if (head === undefined) return { sealed: 0, length: undefined };
    const chained = await chainUnsealedEntries(rows, head, batchSize);
    await writeChainedEntries(rows, chained);
    const advanced = await advanceLogHead(rows, head, chained);
    return { sealed: chained.length, length: advanced.length };
  });
}

/**
 * Seal every entry of a petition's log that was committed before the call,
 * in batches of `batchSize`. Sealers of one petition take turns on its head
 * row, so concurrent calls never fork the chain. Call it before reading the
 * head for a verification, a submission or a tally. With `skipLocked`, it
 * returns at once when another sealer is at work on the petition.
 */
export async function sealPetitionLog(
  database: Database,
  petitionId: string,
  options: { batchSize?: number; skipLocked?: boolean } = {},
): Promise<SealResult> {
  const batchSize = options.batchSize ?? SEAL_BATCH_SIZE;
  let total = 0;
  for (;;) {
    const batch = await sealBatch(database, petitionId, batchSize, options.skipLocked === true);
    total += batch.sealed;
    if (batch.sealed < batchSize) return { sealed: total, length: batch.length };
  }
}

/**
 * Seal the logs of all petitions that have unsealed entries, skipping a
 * petition whose head another sealer has locked (that sealer covers it). Returns
 * the number of entries sealed.
 */
export async function sealAllPendingLogs(database: Database): Promise<number> {
  const pending = await database.rows<{ petition_id: string }>("select distinct petition_id from signature_log_entries where seq is null");
  let sealed = 0;
  for (const { petition_id: petitionId } of pending) {
    sealed += (await sealPetitionLog(database, petitionId, { skipLocked: true })).sealed;
  }
  return sealed;
}
