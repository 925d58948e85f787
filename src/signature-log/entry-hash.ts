import { createHash } from "node:crypto";

/** Hash before the first entry of every petition's log, and the head hash of an empty log. */
export const GENESIS_HASH = Buffer.alloc(32);

/** Domain separation tag, so that no other SHA-256 input of the platform can collide with an entry. */
const ENCODING_TAG = "mitzeichnen signature log entry v1";

/** Length prefix that marks an absent (SQL null) field. */
const ABSENT = 0xffffffff;

/** The fields of a sealed entry that its hash covers. */
export type HashedEntry = {
  petitionId: string;
  seq: number;
  kind: string;
  nullifier: Buffer;
  channel: string;
  status: string | null;
  reason: string | null;
  /** Microseconds since 1970-01-01T00:00:00Z, the precision PostgreSQL stores a timestamptz in. */
  occurredAtMicros: bigint;
};

function field(value: Buffer | string | null): Buffer[] {
  const length = Buffer.alloc(4);
  if (value === null) {
    length.writeUInt32BE(ABSENT);
    return [length];
  }
  const bytes = typeof value === "string" ? Buffer.from(value, "utf8") : value;
  length.writeUInt32BE(bytes.length);
  return [length, bytes];
}

/**
 * Encode an entry and the previous entry's hash canonically. The encoding is
 * the tag, then each field as a 4-byte big-endian length followed by its
 * bytes, in the order petition id, seq, kind, nullifier, channel, status,
 * reason, time, previous hash. Text is UTF-8, numbers are decimal, the UUID
 * is lower case, and null is the length 0xFFFFFFFF without bytes. Anyone can
 * rebuild it from the entry's columns without this code.
 */
export function encodeEntry(entry: HashedEntry, previousHash: Buffer): Buffer {
  return Buffer.concat([
    ...field(ENCODING_TAG),
    ...field(entry.petitionId.toLowerCase()),
    ...field(String(entry.seq)),
    ...field(entry.kind),
    ...field(entry.nullifier),
    ...field(entry.channel),
    ...field(entry.status),
    ...field(entry.reason),
    ...field(entry.occurredAtMicros.toString()),
    ...field(previousHash),
  ]);
}

/** SHA-256 of encodeEntry: the entry's hash and the head hash once it is the last entry. */
export function entryHash(entry: HashedEntry, previousHash: Buffer): Buffer {
  return createHash("sha256").update(encodeEntry(entry, previousHash)).digest();
}
