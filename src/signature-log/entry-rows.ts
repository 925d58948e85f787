import type { SignatureLogKind } from "./append-log-entries";
import type { HashedEntry } from "./entry-hash";

/**
 * Columns of signature_log_entries as the sealer and the verifier read
 * them. The time comes as whole microseconds in decimal, the precision
 * PostgreSQL stores a timestamptz in, so the hash never depends on a
 * rounding in JavaScript's Date.
 */
export const ENTRY_COLUMNS =
  "id, seq, kind, nullifier, channel, status, reason, (extract(epoch from occurred_at) * 1000000)::bigint::text as occurred_at_micros, entry_hash";

export type EntryRow = {
  id: string | number;
  seq: string | number | null;
  kind: SignatureLogKind;
  nullifier: Buffer | Uint8Array;
  channel: string;
  status: string | null;
  reason: string | null;
  occurred_at_micros: string;
  entry_hash: Buffer | Uint8Array | null;
};

/** Build the hashed fields of an entry row at sequence number `seq`. */
export function hashedEntryOf(petitionId: string, seq: number, row: EntryRow): HashedEntry {
  return {
    petitionId,
    seq,
    kind: row.kind,
    nullifier: Buffer.from(row.nullifier),
    channel: row.channel,
    status: row.status,
    reason: row.reason,
    occurredAtMicros: BigInt(row.occurred_at_micros),
  };
}
