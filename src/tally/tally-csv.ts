import type { Messages } from "../i18n/messages";
import { labelOf } from "../signature-log/log-report";
import { csvField, UTF8_BOM } from "../workspace/daily-counts-csv";
import { channelTotal } from "./tally-counts";
import { type TallyDocument, tallyRows } from "./tally-document";

/**
 * Write a tally as CSV the way spreadsheet programs of the locale open it:
 * UTF-8 with a byte order mark, CRLF line ends and the locale's separator
 * (German: ";", because Excel there reads the comma as the decimal
 * separator). The first table contains the counts by outcome and channel.
 * After an empty line, a second table lists the facts of the tally, one per row.
 * Only the share of the quorum has decimals, written with the locale's
 * decimal separator. The creation time is in Berlin time, formatted as the
 * locale writes it, while the JSON keeps ISO 8601 in UTC.
 */
export function tallyCsv(document: TallyDocument, t: Messages): string {
  const m = t.tally;
  const separator = m.csv.separator;
  const line = (cells: readonly (string | number)[]) => cells.map((cell) => csvField(String(cell), separator)).join(separator);
  const { snapshot, petition } = document;
  const figures = snapshot.figures;

  const lines = [line(m.csv.countColumns)];
  for (const row of tallyRows(figures)) {
    const reason = row.reason === null ? "" : labelOf(t.review.reasons, row.reason);
    lines.push(line([m.outcomes[row.outcome], reason, row.counts.wallet, row.counts.passkey, row.counts.paper, channelTotal(row.counts)]));
  }

  const f = m.csv.facts;
  const share = (figures.towardQuorum / snapshot.quorum) * 100;
  lines.push(
    "",
    line(m.csv.factColumns),
    line([f.petition, petition.title]),
    line([f.petitionId, petition.id]),
    line([f.municipality, document.municipalities.map((municipality) => `${municipality.name} (${municipality.key})`).join(", ")]),
    line([f.collectionPeriod, m.csv.period(petition.collectionStart, petition.collectionEnd)]),
    line([f.quorum, snapshot.quorum]),
    line([f.towardQuorum, figures.towardQuorum]),
    line([f.quorumShare, m.formatPercent(share)]),
    line([f.quorumReached, snapshot.quorumReached ? m.csv.yes : m.csv.no]),
    line([f.openPossibleDuplicates, figures.openPossibleDuplicates ?? ""]),
    line([f.logLength, snapshot.logLength]),
    line([f.headHash, document.headHash]),
    line([f.generatedAt, m.formatDateTime(snapshot.generatedAt)]),
    line([f.generatedBy, snapshot.generatedByName]),
    line([f.recomputeUrl, document.recomputeUrl]),
  );
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}
