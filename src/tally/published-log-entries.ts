import type { Database } from "../db/client";
import { ENTRY_COLUMNS, type EntryRow } from "../signature-log/entry-rows";
import type { TallySnapshot } from "./create-tally";

/** One sealed log entry as the public recompute page publishes it, with every field its hash covers. */
export type PublishedLogEntry = {
  seq: number;
  kind: string;
  /** The petition-scoped nullifier, lower-case hex. */
  nullifier: string;
  channel: string;
  status: string | null;
  reason: string | null;
  /** Microseconds since 1970-01-01T00:00:00Z in decimal, exactly as hashed. */
  occurredAtMicros: string;
  entryHash: string;
};

export type PublishedLog = {
  petitionId: string;
  length: number;
  headHash: string;
  entries: PublishedLogEntry[];
};

/**
 * Check whether every entry up to the tally's head is still stored. A
 * retention purge deletes a petition's entries, but the tally keeps its
 * counts and head, and its page then states that the entries were erased.
 */
export async function logEntriesAvailable(database: Database, snapshot: TallySnapshot): Promise<boolean> {
  const [row] = await database.rows<{ count: number }>(
    "select count(*)::int as count from signature_log_entries where petition_id = $1::uuid and seq between 1 and $2",
    [snapshot.petitionId, snapshot.logLength],
  );
  return Number(row?.count ?? 0) === snapshot.logLength;
}

/**
 * Read the sealed entries 1 to the tally's length, in sequence order, as
 * they are stored now. Entries sealed after the tally are left out, so the
 * chain ends at the tally's head when nothing was tampered with.
 */
export async function readPublishedLog(database: Database, snapshot: TallySnapshot): Promise<PublishedLog> {
  // NOTE: the whole range is read into memory; at about 250 bytes per entry a log of 100,000 signatures gives a 25 MB response.
  const rows = await database.rows<EntryRow>(
    `select ${ENTRY_COLUMNS} from signature_log_entries where petition_id = $1::uuid and seq between 1 and $2 order by seq`,
    [snapshot.petitionId, snapshot.logLength],
  );
  return {
    petitionId: snapshot.petitionId,
    length: snapshot.logLength,
    headHash: Buffer.from(snapshot.headHash).toString("hex"),
    entries: rows.map((row) => ({
      seq: Number(row.seq),
      kind: row.kind,
      nullifier: Buffer.from(row.nullifier).toString("hex"),
      channel: row.channel,
      status: row.status,
      reason: row.reason,
      occurredAtMicros: row.occurred_at_micros,
      entryHash: Buffer.from(row.entry_hash ?? Buffer.alloc(0)).toString("hex"),
    })),
  };
}
