import type { Database } from "../db/client";
import { addDays } from "../petitions/collection-period";
import type { SignatureChannel, SignatureStatus } from "./signature-counts";

/**
 * Signatures of one Berlin calendar day that count, split by status and
 * channel as in SignatureCounts. Invalid ones are left out.
 */
export type DailyCount = {
  day: string;
  total: number;
  proven: number;
  confirmed: number;
  provisional: number;
  byChannel: Record<SignatureChannel, number>;
};

type DailyRow = { day: string; channel: SignatureChannel; status: SignatureStatus; count: number };

function emptyDay(day: string): DailyCount {
  return { day, total: 0, proven: 0, confirmed: 0, provisional: 0, byChannel: { wallet: 0, passkey: 0, paper: 0 } };
}

/**
 * Read a petition's signatures per Berlin day from the daily counter shards,
 * with a row for every day from `from` to `to` inclusive (zero on a day
 * without signatures) and for any day outside that range that has signatures. The cost
 * grows with the number of days, not of signatures.
 */
export async function readDailySignatureCounts(database: Database, petitionId: string, from: string, to: string): Promise<DailyCount[]> {
  const rows = await database.rows<DailyRow>(
    `select day::text as day, channel, status, sum(count)::int as count
       from signature_daily_counts
      where petition_id = $1
      group by day, channel, status`,
    [petitionId],
  );

  const byDay = new Map<string, DailyCount>();
  for (let day = from; day <= to; day = addDays(day, 1)) byDay.set(day, emptyDay(day));
  for (const row of rows) {
    if (row.status === "invalid") continue;
    const entry = byDay.get(row.day) ?? emptyDay(row.day);
    const count = Number(row.count);
    entry.total += count;
    entry[row.status] += count;
    entry.byChannel[row.channel] += count;
    byDay.set(row.day, entry);
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}
