import type { SqlRows } from "../db/client";
import { compareCounts } from "./compare-counts";
import type { ChannelStatusCounts, LogProblem } from "./verify-signature-log";

/**
 * Check the duplicate paper lines against the signatures and the log. The
 * log does not record duplicates, but three rules hold for every duplicate
 * line. No signature row has the same sheet and line, because a line is
 * entered once either way. The log created a signature on the line's
 * `existing_channel` no later than the line was entered, because the line
 * repeats a signature that existed then. And a signature with the line's
 * nullifier exists now, because removing it promotes a duplicate line and
 * withdrawing it withdraws the duplicate lines too.
 */
export async function checkDuplicateLines(rows: SqlRows, petitionId: string, firstCreatedMicros: ReadonlyMap<string, bigint>): Promise<LogProblem[]> {
  const duplicates = await rows<{ sheet: number; line: number; existing_channel: string; entered_at_micros: string; taken: boolean; orphaned: boolean }>(
    `select d.sheet, d.line, d.existing_channel, (extract(epoch from d.entered_at) * 1000000)::bigint::text as entered_at_micros,
            exists (select 1 from signatures s where s.petition_id = d.petition_id and s.sheet = d.sheet and s.line = d.line) as taken,
            not exists (select 1 from signatures s where s.petition_id = d.petition_id and s.nullifier = d.nullifier) as orphaned
       from paper_duplicate_lines d
      where d.petition_id = $1::uuid
      order by d.sheet, d.line`,
    [petitionId],
  );
  const problems: LogProblem[] = [];
  for (const row of duplicates) {
    const duplicate = { sheet: Number(row.sheet), line: Number(row.line), channel: row.existing_channel };
    if (row.taken) problems.push({ seq: null, reason: "duplicate_line_taken", duplicate });
    const firstCreated = firstCreatedMicros.get(row.existing_channel);
    if (firstCreated === undefined || firstCreated > BigInt(row.entered_at_micros)) {
      problems.push({ seq: null, reason: "duplicate_before_signature", duplicate });
    }
    if (row.orphaned) problems.push({ seq: null, reason: "duplicate_line_orphaned", duplicate });
  }
  return problems;
}

/**
 * Check the counters per Berlin calendar day. Each day's counter for a
 * channel and status must equal the signature rows of that channel and
 * status whose `signed_at` falls on that day. The days of a channel and
 * status must also add up to the signatures the log replays.
 */
export async function checkDailyCounts(rows: SqlRows, petitionId: string, logCounts: ChannelStatusCounts): Promise<LogProblem[]> {
  const counters = await rows<{ day: string; channel: string; status: string; count: number }>(
    `select day::text as day, channel, status, sum(count)::int as count from signature_daily_counts
      where petition_id = $1::uuid group by day, channel, status`,
    [petitionId],
  );
  const recount = await rows<{ day: string; channel: string; status: string; count: number }>(
    `select (signed_at at time zone 'Europe/Berlin')::date::text as day, channel, status, count(*)::int as count from signatures
      where petition_id = $1::uuid group by 1, 2, 3`,
    [petitionId],
  );

  const key = (row: { day: string; channel: string; status: string }) => `${row.day}\u0000${row.channel}\u0000${row.status}`;
  const byDay = new Map<string, { day: string; channel: string; status: string; counter: number; signatures: number }>();
  for (const row of counters) byDay.set(key(row), { day: row.day, channel: row.channel, status: row.status, counter: Number(row.count), signatures: 0 });
  for (const row of recount) {
    const entry = byDay.get(key(row)) ?? { day: row.day, channel: row.channel, status: row.status, counter: 0, signatures: 0 };
    entry.signatures = Number(row.count);
    byDay.set(key(row), entry);
  }

  const problems: LogProblem[] = [];
  const sums: ChannelStatusCounts = {};
  for (const entry of [...byDay.values()].sort((a, b) => key(a).localeCompare(key(b)))) {
    const byStatus = (sums[entry.channel] ??= {});
    byStatus[entry.status] = (byStatus[entry.status] ?? 0) + entry.counter;
    if (entry.counter !== entry.signatures) problems.push({ seq: null, reason: "daily_count_mismatch", daily: entry });
  }

  return [...problems, ...compareCounts(logCounts, sums, "daily_total_mismatch")];
}
