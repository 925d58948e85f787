import type { Messages } from "../../src/i18n/messages";
import type { ExistingSignature, PaperLineResult } from "../../src/review/record-paper-lines";
import { labelOf } from "../../src/signature-log/log-report";

type ReviewMessages = Messages["review"];

/** Describe the earlier signature of a duplicate line: its channel, and its sheet and line when it is on paper. */
export function describeExistingSignature(m: ReviewMessages, existing: ExistingSignature): { channel: string; earlier: string | undefined } {
  return {
    channel: labelOf(m.channels, existing.channel),
    earlier: existing.sheetLine === undefined ? undefined : m.sheetLine(existing.sheetLine.sheet, existing.sheetLine.line),
  };
}

/** Describe what became of one saved paper line, in one sentence. */
export function describePaperLineResult(m: ReviewMessages, result: PaperLineResult): string {
  const where = m.sheetLine(result.sheetLine.sheet, result.sheetLine.line);
  if (result.kind === "duplicate") {
    const { channel, earlier } = describeExistingSignature(m, result.existing);
    const { reason } = result.existing;
    if (result.existing.status === "invalid" && reason !== null) return m.paper.duplicateOfInvalid(where, channel, earlier, labelOf(m.reasons, reason));
    return m.paper.duplicate(where, channel, earlier);
  }
  const recorded = result.outcome.status === "confirmed" ? m.paper.recordedValid(where) : m.paper.recordedInvalid(where, labelOf(m.reasons, result.outcome.reason));
  return result.replacedOnline === undefined ? recorded : `${recorded} ${m.paper.replacedOnline(labelOf(m.channels, result.replacedOnline))}`;
}
