import { MAX_SHEET_NUMBER } from "./sheet-limits";

/** A closed range of sheet numbers, first <= last. */
export type SheetRange = { first: number; last: number };

export type SheetNumbersProblem =
  | { kind: "empty" }
  | { kind: "invalid"; part: string }
  | { kind: "reversed"; part: string }
  | { kind: "tooMany" };

const SINGLE = /^\d{1,5}$/;
const RANGE = /^(\d{1,5})\s*[-–—]\s*(\d{1,5})$/;

/**
 * Read sheet numbers as organisers type them: single numbers and ranges
 * such as "1-5, 8; 12", separated by commas, semicolons or spaces. Returns
 * the distinct numbers in ascending order, or the first problem: nothing
 * typed, a part that is no number from 1 to MAX_SHEET_NUMBER, a range that
 * runs backwards, or more than `maxCount` sheets.
 */
export function parseSheetNumbers(input: string, maxCount: number): { ok: true; sheets: number[] } | { ok: false; problem: SheetNumbersProblem } {
  const parts = input
    .split(/[,;]|\s+(?![-–—])(?<![-–—]\s*)/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  if (parts.length === 0) return { ok: false, problem: { kind: "empty" } };

  const sheets = new Set<number>();
  for (const part of parts) {
    const range = rangeOf(part);
    if (range === undefined) return { ok: false, problem: { kind: "invalid", part } };
    if (range.first > range.last) return { ok: false, problem: { kind: "reversed", part } };
    if (range.last - range.first + 1 > maxCount) return { ok: false, problem: { kind: "tooMany" } };
    for (let sheet = range.first; sheet <= range.last; sheet += 1) sheets.add(sheet);
    if (sheets.size > maxCount) return { ok: false, problem: { kind: "tooMany" } };
  }
  return { ok: true, sheets: [...sheets].sort((a, b) => a - b) };
}

function rangeOf(part: string): SheetRange | undefined {
  const single = SINGLE.exec(part);
  const match = single === null ? RANGE.exec(part) : null;
  const first = Number(single?.[0] ?? match?.[1]);
  const last = Number(single?.[0] ?? match?.[2]);
  if (!Number.isInteger(first) || !Number.isInteger(last)) return undefined;
  if (first < 1 || last < 1 || first > MAX_SHEET_NUMBER || last > MAX_SHEET_NUMBER) return undefined;
  return { first, last };
}

/** Join sorted, distinct sheet numbers into ranges: 1, 2, 3, 5 becomes 1–3 and 5. */
export function toRanges(sheets: readonly number[]): SheetRange[] {
  const ranges: SheetRange[] = [];
  for (const sheet of sheets) {
    const last = ranges.at(-1);
    if (last !== undefined && sheet === last.last + 1) last.last = sheet;
    else ranges.push({ first: sheet, last: sheet });
  }
  return ranges;
}

/** Merge possibly overlapping ranges into sorted, disjoint ones. */
export function mergeRanges(ranges: readonly SheetRange[]): SheetRange[] {
  const sorted = [...ranges].sort((a, b) => a.first - b.first);
  const merged: SheetRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && range.first <= last.last + 1) last.last = Math.max(last.last, range.last);
    else merged.push({ ...range });
  }
  return merged;
}

/** Write ranges for people, such as "1–5, 8". */
export function formatRanges(ranges: readonly SheetRange[]): string {
  return ranges.map((range) => (range.first === range.last ? String(range.first) : `${range.first}–${range.last}`)).join(", ");
}
