import type { PaperLineResult, SheetLine } from "./record-paper-lines";

/**
 * Audit details of a batch of paper lines: how many, which sheet lines as
 * ranges per sheet ("3": "1-10,12"), and how many lines had each outcome.
 * Nothing names or dates a person.
 */
export function paperEntryAuditDetails(results: PaperLineResult[]): { lines: number; duplicates: number; sheetLines: Record<string, string>; outcomes: Record<string, number> } {
  const outcomes: Record<string, number> = {};
  for (const result of results) {
    const outcome = auditedOutcomeOf(result);
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  return {
    lines: results.length,
    duplicates: outcomes.duplicate ?? 0,
    sheetLines: sheetLineRanges(results.map((result) => result.sheetLine)),
    outcomes,
  };
}

/** Name a line's outcome as the audit log counts it: "valid", an invalidity reason code, or "duplicate". */
export function auditedOutcomeOf(result: PaperLineResult): string {
  if (result.kind === "duplicate") return "duplicate";
  return result.outcome.status === "confirmed" ? "valid" : result.outcome.reason;
}

/** Group sheet lines by sheet and write each sheet's lines as sorted ranges, such as "1-10,12". */
export function sheetLineRanges(sheetLines: SheetLine[]): Record<string, string> {
  const linesOf = new Map<number, number[]>();
  for (const { sheet, line } of sheetLines) {
    const lines = linesOf.get(sheet) ?? [];
    lines.push(line);
    linesOf.set(sheet, lines);
  }
  const ranges: Record<string, string> = {};
  for (const sheet of [...linesOf.keys()].sort((a, b) => a - b)) {
    const lines = [...new Set(linesOf.get(sheet))].sort((a, b) => a - b);
    const parts: string[] = [];
    let start = lines[0]!;
    let previous = start;
    for (const line of [...lines.slice(1), Number.NaN]) {
      if (line === previous + 1) {
        previous = line;
        continue;
      }
      parts.push(start === previous ? String(start) : `${start}-${previous}`);
      start = line;
      previous = line;
    }
    ranges[String(sheet)] = parts.join(",");
  }
  return ranges;
}
