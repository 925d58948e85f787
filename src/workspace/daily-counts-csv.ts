import type { DailyCount } from "../signing/daily-signature-counts";

/** Byte order mark that makes Excel read the file as UTF-8, so umlauts in the headers survive. */
export const UTF8_BOM = "\uFEFF";

/** CSV settings of a locale's spreadsheet programs: header row, field separator and date format. */
export type CsvFormat = {
  columns: readonly string[];
  separator: string;
  /** Format a YYYY-MM-DD calendar date for a date cell. */
  formatDate: (isoDate: string) => string;
};

/**
 * Write daily counts as CSV the way Excel opens it with a double click in
 * the locale's settings: UTF-8 with a byte order mark, CRLF line ends, and
 * the locale's separator and date format. German Excel expects `;` (the
 * comma is its decimal separator) and TT.MM.JJJJ. Counts are whole numbers
 * without digit grouping, which reads the same in every locale.
 * Columns: date, total, proven, confirmed, provisional, wallet, passkey, paper.
 */
export function dailyCountsCsv(format: CsvFormat, days: DailyCount[]): string {
  const field = (value: string) => csvField(value, format.separator);
  const lines = [format.columns.map(field).join(format.separator)];
  for (const day of days) {
    const cells = [field(format.formatDate(day.day)), day.total, day.proven, day.confirmed, day.provisional, day.byChannel.wallet, day.byChannel.passkey, day.byChannel.paper];
    lines.push(cells.join(format.separator));
  }
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}

/** Quote a field when it contains the separator, a quote or a line break (RFC 4180 with the given separator). */
export function csvField(value: string, separator: string): string {
  const needsQuotes = value.includes(separator) || /["\r\n]/.test(value);
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}
