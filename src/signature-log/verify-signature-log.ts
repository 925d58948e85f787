import type { Database, SqlRows } from "../db/client";
import { CREATING_LOG_KINDS, type SignatureLogKind } from "./append-log-entries";
import { entryHash, GENESIS_HASH } from "./entry-hash";
import { ENTRY_COLUMNS, type EntryRow, hashedEntryOf } from "./entry-rows";
import { sealPetitionLog } from "./seal-log";
import { compareCounts } from "./compare-counts";
import { checkDailyCounts, checkDuplicateLines } from "./side-table-checks";

/**
 * Problem found by verifySignatureLog, in the order of the checks:
 * - gap: a sequence number is missing (an entry was deleted or renumbered);
 * - altered_entry: an entry's columns no longer give its stored hash;
 * - hash_mismatch: the head row, or a head published earlier, names another hash or length than the chain;
 * - invalid_transition: an entry creates a signature the log has already, or changes one it has not;
 * - signature_without_log_entry: a signature row that the replayed log does not contain;
 * - log_entry_without_signature: the replayed log contains a signature that has no row;
 * - signature_differs: a row's channel, status or invalidity reason differs from the log's last entry about it;
 * - count_mismatch: a counter differs from the replayed number of signatures;
 * - daily_total_mismatch: the daily counters of a channel and status do not add up to the replayed number;
 * - daily_count_mismatch: a daily counter differs from the signature rows signed on that Berlin day;
 * - duplicate_line_taken: a duplicate paper line has the sheet and line of a signature row;
 * - duplicate_before_signature: a duplicate paper line was entered before the log had any signature on its channel;
 * - duplicate_line_orphaned: no signature has the nullifier of a duplicate paper line, so the person counts nowhere.
 */
export type LogProblemReason =
  | "gap"
  | "altered_entry"
  | "hash_mismatch"
  | "invalid_transition"
  | "signature_without_log_entry"
  | "log_entry_without_signature"
  | "signature_differs"
  | "count_mismatch"
  | "daily_total_mismatch"
  | "daily_count_mismatch"
  | "duplicate_line_taken"
  | "duplicate_line_orphaned"
  | "duplicate_before_signature";

export type LogProblem = {
  /**
   * First sequence number at fault. A signature row without any entry gets
   * length + 1, the place of the missing entry. Null for a counter, a
   * duplicate paper line and an entry appended after the sealing that
   * preceded the check.
   */
  seq: number | null;
  reason: LogProblemReason;
  /** Channel and status of a count_mismatch or daily_total_mismatch, with both numbers. */
  count?: { channel: string; status: string; counter: number; log: number };
  /** Day, channel and status of a daily_count_mismatch, with the counter and the signature rows of that day. */
  daily?: { day: string; channel: string; status: string; counter: number; signatures: number };
  /** Sheet and line of a duplicate paper line, and the channel of the signature it repeats. */
  duplicate?: { sheet: number; line: number; channel: string };
};

/** Number of signatures by channel, then by status. */
export type ChannelStatusCounts = Record<string, Record<string, number>>;

export type LogVerification = {
  ok: boolean;
  petitionId: string;
  /** Sealed length and head hash (hex) the check recomputed from the entries. */
  length: number;
  headHash: string;
  /** Entries appended after the sealing that preceded the check. They are replayed but not covered by the head. */
  unsealed: number;
  /** The problem with the lowest sequence number, counter problems last. */
  firstProblem: LogProblem | undefined;
  /** At most MAX_REPORTED_PROBLEMS problems, sorted like firstProblem. */
  problems: LogProblem[];
  problemCount: number;
  /** Present signatures replayed from the log. */
  logCounts: ChannelStatusCounts;
  /** Sums of the sharded counters. */
  counterCounts: ChannelStatusCounts;
  /** Entries of each kind, sealed and unsealed. */
  entriesByKind: Partial<Record<SignatureLogKind, number>>;
  /** Entries of each reason code. */
  entriesByReason: Record<string, number>;
  signatureRows: number;
};

/** A head published before (with a submission or a tally) that the chain must still contain. */
export type ExpectedHead = { length: number; headHash: string };

export const MAX_REPORTED_PROBLEMS = 20;

/** Entries read per query while replaying, so a long log is not held in one result. */
const PAGE_SIZE = 10_000;

/** A present signature as the log describes it; `reason` is the invalidity reason of an invalid one, else null. */
type ReplayedSignature = { channel: string; status: string; reason: string | null; lastSeq: number | null };

/** Replays entries in order into the set of present signatures and collects problems. */
class Replay {
  readonly present = new Map<string, ReplayedSignature>();
  readonly problems: LogProblem[] = [];
  readonly entriesByKind: Partial<Record<SignatureLogKind, number>> = {};
  readonly entriesByReason: Record<string, number> = {};
  /** Time (microseconds since the epoch) of the earliest entry per channel that created a signature. */
  readonly firstCreatedMicros = new Map<string, bigint>();

  apply(row: EntryRow, seq: number | null): void {
    this.entriesByKind[row.kind] = (this.entriesByKind[row.kind] ?? 0) + 1;
    if (row.reason !== null) this.entriesByReason[row.reason] = (this.entriesByReason[row.reason] ?? 0) + 1;

    const key = Buffer.from(row.nullifier).toString("hex");
    const existing = this.present.get(key);
    const creates = CREATING_LOG_KINDS.includes(row.kind);
    if (creates) {
      const occurredAt = BigInt(row.occurred_at_micros);
      const first = this.firstCreatedMicros.get(row.channel);
      if (first === undefined || occurredAt < first) this.firstCreatedMicros.set(row.channel, occurredAt);
    }
    if (creates ? existing !== undefined : existing === undefined || existing.channel !== row.channel) {
      this.problems.push({ seq, reason: "invalid_transition" });
      return;
    }
    if (row.status === null) this.present.delete(key);
    else this.present.set(key, { channel: row.channel, status: row.status, reason: row.status === "invalid" ? row.reason : null, lastSeq: seq });
  }
}

/** The sealed chain as walked: its length, last stored hash, and the stored hash at a sequence number asked for. */
type WalkedChain = { length: number; lastHash: Buffer; hashAtExpected: Buffer | undefined };

/**
 * Walk the sealed entries in sequence order: each must follow its
 * predecessor without a gap and hash to its stored hash over its columns and
 * the predecessor's stored hash. Checking against stored hashes pins a
 * problem on the entry that changed, not on every entry after it.
 */
async function replaySealed(rows: SqlRows, petitionId: string, replay: Replay, expectedLength: number | undefined): Promise<WalkedChain> {
  let expectedSeq = 1;
  let previousHash: Buffer | undefined = GENESIS_HASH;
  let lastHash: Buffer = GENESIS_HASH;
  let hashAtExpected: Buffer | undefined;
  let afterSeq = 0;
  for (;;) {
    const page = await rows<EntryRow>(
      `select ${ENTRY_COLUMNS} from signature_log_entries
        where petition_id = $1::uuid and seq > $2
        order by seq
        limit $3`,
      [petitionId, afterSeq, PAGE_SIZE],
    );
    for (const row of page) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) {
        replay.problems.push({ seq: expectedSeq, reason: "gap" });
        previousHash = undefined;
      }
      const storedHash = Buffer.from(row.entry_hash ?? GENESIS_HASH);
      if (previousHash !== undefined && !entryHash(hashedEntryOf(petitionId, seq, row), previousHash).equals(storedHash)) {
        replay.problems.push({ seq, reason: "altered_entry" });
      }
      replay.apply(row, seq);
      if (seq === expectedLength) hashAtExpected = storedHash;
      lastHash = storedHash;
      previousHash = storedHash;
      expectedSeq = seq + 1;
    }
    if (page.length < PAGE_SIZE) break;
    afterSeq = Number(page.at(-1)!.seq);
  }
  return { length: expectedSeq - 1, lastHash, hashAtExpected };
}

/** Entries appended after the sealing: no hash yet, but their changes are in the signature table already. */
async function replayUnsealed(rows: SqlRows, petitionId: string, replay: Replay): Promise<number> {
  const unsealed = await rows<EntryRow>(`select ${ENTRY_COLUMNS} from signature_log_entries where petition_id = $1::uuid and seq is null order by id`, [
    petitionId,
  ]);
  for (const row of unsealed) replay.apply(row, null);
  return unsealed.length;
}

/** Compare the head row, and a head published earlier, with the chain as walked. */
async function checkHead(
  rows: SqlRows,
  petitionId: string,
  chain: WalkedChain,
  expected: ExpectedHead | undefined,
): Promise<LogProblem[]> {
  const problems: LogProblem[] = [];
  const [head] = await rows<{ length: string | number; head_hash: Buffer | Uint8Array }>(
    "select length, head_hash from signature_log_heads where petition_id = $1::uuid",
    [petitionId],
  );
  const headLength = Number(head?.length ?? 0);
  const headHash = Buffer.from(head?.head_hash ?? GENESIS_HASH);
  if (headLength > chain.length) problems.push({ seq: chain.length + 1, reason: "gap" });
  else if (headLength < chain.length) problems.push({ seq: headLength + 1, reason: "hash_mismatch" });
  else if (!headHash.equals(chain.lastHash)) problems.push({ seq: Math.max(chain.length, 1), reason: "hash_mismatch" });

  if (expected !== undefined && expected.length > 0) {
    const stored = chain.hashAtExpected;
    if (stored === undefined) problems.push({ seq: Math.min(expected.length, chain.length + 1), reason: "gap" });
    else if (stored.toString("hex") !== expected.headHash.toLowerCase()) problems.push({ seq: expected.length, reason: "hash_mismatch" });
  }
  return problems;
}

/** Match every signature row with the replayed log, both ways. */
async function compareSignatures(rows: SqlRows, petitionId: string, replay: Replay, length: number): Promise<{ problems: LogProblem[]; signatureRows: number }> {
  const problems: LogProblem[] = [];
  const signatures = await rows<{ nullifier: Buffer | Uint8Array; channel: string; status: string; reason: string | null }>(
    "select nullifier, channel, status, reason from signatures where petition_id = $1::uuid",
    [petitionId],
  );
  const matched = new Set<string>();
  for (const signature of signatures) {
    const key = Buffer.from(signature.nullifier).toString("hex");
    const replayed = replay.present.get(key);
    if (replayed === undefined) {
      problems.push({ seq: length + 1, reason: "signature_without_log_entry" });
      continue;
    }
    matched.add(key);
    if (replayed.channel !== signature.channel || replayed.status !== signature.status || replayed.reason !== signature.reason) {
      problems.push({ seq: replayed.lastSeq, reason: "signature_differs" });
    }
  }
  for (const [key, replayed] of replay.present) {
    if (!matched.has(key)) problems.push({ seq: replayed.lastSeq, reason: "log_entry_without_signature" });
  }
  return { problems, signatureRows: signatures.length };
}

function countByChannelAndStatus(items: Iterable<{ channel: string; status: string; count: number }>): ChannelStatusCounts {
  const counts: ChannelStatusCounts = {};
  for (const item of items) {
    const byStatus = (counts[item.channel] ??= {});
    byStatus[item.status] = (byStatus[item.status] ?? 0) + item.count;
  }
  return counts;
}

function bySeq(a: LogProblem, b: LogProblem): number {
  return (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER);
}

/**
 * Seal a petition's log, then check it in one read-only snapshot. The check
 * recomputes the chain from the entries and compares it with the head row
 * and with `expected`, a head published earlier. It then replays the
 * entries into the set of present signatures and compares that set with the
 * signature table and the counters, and checks the daily counters and the
 * duplicate paper lines (see side-table-checks.ts).
 *
 * NOTE: an attacker who can write the database can rewrite the entries,
 * their hashes and the head row consistently. Only a head kept outside the
 * database, passed as `expected`, detects that.
 */
export async function verifySignatureLog(database: Database, petitionId: string, expected?: ExpectedHead): Promise<LogVerification> {
  await sealPetitionLog(database, petitionId);

  return database.transaction(async (rows) => {
    await rows("set transaction isolation level repeatable read, read only");
    const replay = new Replay();
    const chain = await replaySealed(rows, petitionId, replay, expected?.length);
    const unsealed = await replayUnsealed(rows, petitionId, replay);
    const headProblems = await checkHead(rows, petitionId, chain, expected);
    const signatures = await compareSignatures(rows, petitionId, replay, chain.length);

    const counterRows = await rows<{ channel: string; status: string; count: number }>(
      "select channel, status, sum(count)::int as count from signature_counts where petition_id = $1::uuid group by channel, status",
      [petitionId],
    );
    const counterCounts = countByChannelAndStatus(counterRows.map((row) => ({ ...row, count: Number(row.count) })).filter((row) => row.count !== 0));
    const logCounts = countByChannelAndStatus([...replay.present.values()].map((signature) => ({ ...signature, count: 1 })));

    const dailyProblems = await checkDailyCounts(rows, petitionId, logCounts);
    const duplicateProblems = await checkDuplicateLines(rows, petitionId, replay.firstCreatedMicros);

    const problems = [
      ...replay.problems,
      ...headProblems,
      ...signatures.problems,
      ...compareCounts(logCounts, counterCounts, "count_mismatch"),
      ...dailyProblems,
      ...duplicateProblems,
    ].sort(bySeq);
    return {
      ok: problems.length === 0,
      petitionId,
      length: chain.length,
      headHash: chain.lastHash.toString("hex"),
      unsealed,
      firstProblem: problems[0],
      problems: problems.slice(0, MAX_REPORTED_PROBLEMS),
      problemCount: problems.length,
      logCounts,
      counterCounts,
      entriesByKind: replay.entriesByKind,
      entriesByReason: replay.entriesByReason,
      signatureRows: signatures.signatureRows,
    };
  });
}
