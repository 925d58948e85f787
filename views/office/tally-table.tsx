import type { Messages } from "../../src/i18n/messages";
import { INVALID_REASONS } from "../../src/review/invalid-reasons";
import { type ChannelCounts, type PetitionTally, TALLY_CHANNELS } from "../../src/review/petition-tally";
import { labelOf } from "../../src/signature-log/log-report";
import type { SignatureChannel } from "../../src/signing/signature-counts";

type TallyTableProps = {
  t: Messages;
  tally: PetitionTally;
  caption?: string;
  /** Channels that do not count toward this petition's quorum, marked so in the column header. */
  notCounting?: readonly SignatureChannel[];
};

/** Render a tally as a table of outcomes by channel, with the invalid signatures split by reason. */
export function TallyTable({ t, tally, caption, notCounting = [] }: TallyTableProps) {
  const m = t.review;
  const row = (label: string, counts: ChannelCounts, figure: string, indented = false) => (
    <tr data-tally={figure}>
      <th scope="row" class={indented ? "tally-sub" : undefined}>
        {label}
      </th>
      {TALLY_CHANNELS.map((channel) => (
        <td>{m.formatNumber(counts[channel])}</td>
      ))}
      <td>{m.formatNumber(counts.total)}</td>
    </tr>
  );
  return (
    <table class="data-table tally-table">
      <caption>{caption ?? m.tally.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.tally.outcomeColumn}</th>
          {TALLY_CHANNELS.map((channel) => (
            <th scope="col" data-not-counting={notCounting.includes(channel) ? "" : undefined}>
              {notCounting.includes(channel) ? m.tally.notCountingChannel(labelOf(m.channels, channel)) : labelOf(m.channels, channel)}
            </th>
          ))}
          <th scope="col">{m.tally.totalColumn}</th>
        </tr>
      </thead>
      <tbody>
        {row(m.tally.valid, tally.valid, "valid")}
        {row(m.tally.proven, tally.proven, "proven", true)}
        {row(m.tally.confirmed, tally.confirmed, "confirmed", true)}
        {row(m.tally.provisional, tally.provisional, "provisional")}
        {row(m.tally.invalid, tally.invalid, "invalid")}
        {INVALID_REASONS.map((reason) => row(m.tally.invalidBecause(labelOf(m.reasons, reason)), tally.invalidByReason[reason], `invalid-${reason}`, true))}
        {row(m.tally.duplicateAttempts, tally.duplicateAttempts, "duplicates")}
        {row(m.tally.withdrawn, tally.withdrawn, "withdrawn")}
      </tbody>
    </table>
  );
}
