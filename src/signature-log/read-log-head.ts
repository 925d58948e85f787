import type { Database, SqlRows } from "../db/client";
import { GENESIS_HASH } from "./entry-hash";

/** Summary of a petition's sealed log. */
export type LogHead = {
  /** Number of sealed entries. */
  length: number;
  /** SHA-256 of the last sealed entry in lower-case hex, or 64 zeros while none is sealed. */
  headHash: string;
  /** When the last batch was sealed; null while none was. */
  sealedAt: Date | null;
  /** Entries appended but not yet sealed when the head was read. */
  unsealed: number;
};

type HeadRow = { length: string | number | null; head_hash: Buffer | Uint8Array | null; sealed_at: Date | string | null; unsealed: string | number };

/**
 * Read a petition's log head as last sealed. Entries appended since are
 * counted in `unsealed` and not covered by the head: call sealPetitionLog
 * first where the head must cover every change, as for a submission.
 */
export async function readLogHead(database: Database, petitionId: string): Promise<LogHead> {
  return readLogHeadWith(database.rows, petitionId);
}

/** Read the log head as readLogHead does, through `rows`, such as those of a snapshot transaction. */
export async function readLogHeadWith(rows: SqlRows, petitionId: string): Promise<LogHead> {
  const [row] = await rows<HeadRow>(
    `select h.length, h.head_hash, h.sealed_at,
            (select count(*) from signature_log_entries e where e.petition_id = $1::uuid and e.seq is null) as unsealed
       from (select 1) as one
       left join signature_log_heads h on h.petition_id = $1::uuid`,
    [petitionId],
  );
  return {
    length: Number(row?.length ?? 0),
    headHash: Buffer.from(row?.head_hash ?? GENESIS_HASH).toString("hex"),
    sealedAt: row?.sealed_at == null ? null : new Date(row.sealed_at),
    unsealed: Number(row?.unsealed ?? 0),
  };
}
