import type { Database } from "../db/client";
import { type LogHead, readLogHeadWith } from "../signature-log/read-log-head";
import type { SignatureChannel, SignatureStatus } from "../signing/signature-counts";
import { INVALID_REASONS, type InvalidReason } from "./invalid-reasons";
import { countOpenPossibleDuplicates } from "./possible-duplicates";

export const TALLY_CHANNELS = ["wallet", "passkey", "paper"] as const satisfies readonly SignatureChannel[];

/** A number per channel, and their sum. */
export type ChannelCounts = Record<SignatureChannel, number> & { total: number };

/**
 * A petition's signatures by outcome, each split by channel, read in one
 * snapshot together with the log head. Every figure counts signatures or
 * paper lines; none identifies a person.
 */
export type PetitionTally = {
  petitionId: string;
  /** Signatures that count toward the quorum once the count is final: proven plus confirmed. */
  valid: ChannelCounts;
  /** Valid signatures whose every eligibility rule the credential proved. */
  proven: ChannelCounts;
  /** Valid signatures the election office confirmed from the population register, every valid paper line among them. */
  confirmed: ChannelCounts;
  /** Online signatures that still await the election office's confirmation. */
  provisional: ChannelCounts;
  /** Signatures the election office found invalid, for any reason. */
  invalid: ChannelCounts;
  /** The invalid signatures by reason code; every reason is present, zero where none. */
  invalidByReason: Record<InvalidReason, ChannelCounts>;
  /**
   * Repeat signings refused because the person had signed already, by the
   * channel of the attempt: duplicate paper lines, and online signings
   * refused as already signed. They add no signature.
   */
  duplicateAttempts: ChannelCounts;
  /** Withdrawals, counted from the "withdrawn" log entries, by the channel of the withdrawn signature. */
  withdrawn: ChannelCounts;
  /** Pairs of counting signatures with the same weak identity key that the election office has not resolved yet. */
  openPossibleDuplicates: number;
  /** Signature rows present: valid, provisional and invalid together. */
  signatures: ChannelCounts;
  /**
   * The log head read in the same snapshot. Entries not yet sealed are in
   * `unsealed`; call sealPetitionLog first where the head must cover every
   * change, as for a certified tally.
   */
  log: LogHead;
};

export function emptyChannelCounts(): ChannelCounts {
  return { wallet: 0, passkey: 0, paper: 0, total: 0 };
}

function add(counts: ChannelCounts, channel: SignatureChannel, count: number): void {
  counts[channel] += count;
  counts.total += count;
}

type StatusRow = { channel: SignatureChannel; status: SignatureStatus; reason: InvalidReason | null; count: string | number };
type ChannelRow = { channel: SignatureChannel; count: string | number };

/**
 * Count a petition's signatures by channel and outcome from the signature
 * table, the duplicate paper lines, the online duplicate attempt counters and
 * the log, in one read-only snapshot,
 * so the figures agree with each other and with the log head returned. It
 * reads rows rather than the sharded counters: verifySignatureLog checks
 * that the two agree.
 */
export async function petitionTally(database: Database, petitionId: string): Promise<PetitionTally> {
  return database.transaction(async (rows) => {
    await rows("set transaction isolation level repeatable read, read only");
    const statusRows = await rows<StatusRow>(
      "select channel, status, reason, count(*) as count from signatures where petition_id = $1::uuid group by channel, status, reason",
      [petitionId],
    );
    const duplicateRows = await rows<ChannelRow>(
      `select 'paper' as channel, count(*) as count from paper_duplicate_lines where petition_id = $1::uuid
       union all
       select channel, sum(count) as count from duplicate_attempt_counts where petition_id = $1::uuid group by channel`,
      [petitionId],
    );
    const withdrawnRows = await rows<ChannelRow>(
      "select channel, count(*) as count from signature_log_entries where petition_id = $1::uuid and kind = 'withdrawn' group by channel",
      [petitionId],
    );
    const openPossibleDuplicates = await countOpenPossibleDuplicates(rows, petitionId);
    const log = await readLogHeadWith(rows, petitionId);

    const tally: PetitionTally = {
      petitionId,
      valid: emptyChannelCounts(),
      proven: emptyChannelCounts(),
      confirmed: emptyChannelCounts(),
      provisional: emptyChannelCounts(),
      invalid: emptyChannelCounts(),
      invalidByReason: Object.fromEntries(INVALID_REASONS.map((reason) => [reason, emptyChannelCounts()])) as Record<InvalidReason, ChannelCounts>,
      duplicateAttempts: emptyChannelCounts(),
      withdrawn: emptyChannelCounts(),
      openPossibleDuplicates,
      signatures: emptyChannelCounts(),
      log,
    };
    for (const row of statusRows) {
      const count = Number(row.count);
      add(tally.signatures, row.channel, count);
      add(tally[row.status], row.channel, count);
      if (row.status === "proven" || row.status === "confirmed") add(tally.valid, row.channel, count);
      const byReason = row.status === "invalid" && row.reason !== null ? tally.invalidByReason[row.reason] : undefined;
      if (byReason !== undefined) add(byReason, row.channel, count);
    }
    for (const row of duplicateRows) add(tally.duplicateAttempts, row.channel, Number(row.count));
    for (const row of withdrawnRows) add(tally.withdrawn, row.channel, Number(row.count));
    return tally;
  });
}
