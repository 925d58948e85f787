import type { Database } from "../db/client";
import type { ChannelCounts, TallyFigures } from "../db/schema";
import { type ChannelCounts as ChannelCountsWithTotal, petitionTally } from "../review/petition-tally";
import type { LogHead } from "../signature-log/read-log-head";

/** The counts of a tally by outcome and channel, without the quorum and the daily figures. */
export type TallyCounts = Pick<TallyFigures, "valid" | "provisional" | "invalid" | "duplicateAttempts" | "withdrawn" | "openPossibleDuplicates">;

export function emptyChannelCounts(): ChannelCounts {
  return { wallet: 0, passkey: 0, paper: 0 };
}

export function channelTotal(counts: ChannelCounts): number {
  return counts.wallet + counts.passkey + counts.paper;
}

function withoutTotal(counts: ChannelCountsWithTotal): ChannelCounts {
  return { wallet: counts.wallet, passkey: counts.passkey, paper: counts.paper };
}

/**
 * Read a petition's counts by outcome and channel and its log head in one
 * snapshot, from the election office's tally. Invalid signatures are listed
 * for every reason code, with zeros where there are none.
 */
export async function readTallyCounts(database: Database, petitionId: string): Promise<{ counts: TallyCounts; head: LogHead }> {
  const tally = await petitionTally(database, petitionId);
  const counts: TallyCounts = {
    valid: withoutTotal(tally.valid),
    provisional: withoutTotal(tally.provisional),
    invalid: Object.fromEntries(Object.entries(tally.invalidByReason).map(([reason, byChannel]) => [reason, withoutTotal(byChannel)])),
    duplicateAttempts: withoutTotal(tally.duplicateAttempts),
    withdrawn: withoutTotal(tally.withdrawn),
    openPossibleDuplicates: tally.openPossibleDuplicates,
  };
  return { counts, head: tally.log };
}
