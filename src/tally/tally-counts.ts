import type { Database } from "../db/client";
import type { ChannelCounts, TallyFigures } from "../db/schema";
import type { SignatureChannel } from "../signing/signature-counts";

/** The counts of a tally by outcome and channel, without the quorum and the daily figures. */
export type TallyCounts = Pick<TallyFigures, "valid" | "provisional" | "invalid" | "duplicateAttempts" | "withdrawn">;

export const TALLY_CHANNELS: readonly SignatureChannel[] = ["wallet", "passkey", "paper"];

export function emptyChannelCounts(): ChannelCounts {
  return { wallet: 0, passkey: 0, paper: 0 };
}

export function channelTotal(counts: ChannelCounts): number {
  return counts.wallet + counts.passkey + counts.paper;
}

type CounterRow = { channel: SignatureChannel; status: string; count: number };
type WithdrawnRow = { channel: SignatureChannel; count: number };

/**
 * Read a petition's counts by outcome and channel: present signatures from
 * the counter shards, withdrawals from the signature log. This is the only
 * place a tally reads counts from, so switching to the election office's
 * review counts changes nothing else.
 */
export async function readTallyCounts(database: Database, petitionId: string): Promise<TallyCounts> {
  // TODO(2026-12): read petitionTally once the election office's review lands; it adds invalid signatures by reason and duplicate attempts.
  const [counters, withdrawals] = await Promise.all([
    database.rows<CounterRow>(
      "select channel, status, sum(count)::int as count from signature_counts where petition_id = $1::uuid group by channel, status",
      [petitionId],
    ),
    database.rows<WithdrawnRow>(
      "select channel, count(*)::int as count from signature_log_entries where petition_id = $1::uuid and kind = 'withdrawn' group by channel",
      [petitionId],
    ),
  ]);

  const counts: TallyCounts = {
    valid: emptyChannelCounts(),
    provisional: emptyChannelCounts(),
    invalid: {},
    duplicateAttempts: emptyChannelCounts(),
    withdrawn: emptyChannelCounts(),
  };
  for (const row of counters) {
    const target = row.status === "provisional" ? counts.provisional : counts.valid;
    target[row.channel] += Number(row.count);
  }
  for (const row of withdrawals) counts.withdrawn[row.channel] += Number(row.count);
  return counts;
}
