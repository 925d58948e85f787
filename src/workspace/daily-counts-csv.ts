import type { DailyCount } from "../signing/daily-signature-counts";

/** Byte order mark that makes Excel read the file as UTF-8, so umlauts in the headers survive. */
const UTF8_BOM = "\uFEFF";

/**
 * Write daily counts as CSV the way Excel in a German locale opens it with a
 * double click: UTF-8 with a byte order mark, `;` between fields (the comma
 * is the decimal separator there), CRLF line ends, dates as TT.MM.JJJJ.
 * Columns: date, total, proven, provisional, wallet, passkey, paper.
 */
export function dailyCountsCsv(columns: readonly string[], days: DailyCount[]): string {
  const lines = [columns.map(csvField).join(";")];
  for (const day of days) {
    const [year, month, date] = day.day.split("-");
    lines.push(
      [`${date}.${month}.${year}`, day.total, day.proven, day.provisional, day.byChannel.wallet, day.byChannel.passkey, day.byChannel.paper].join(";"),
    );
  }
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}

/** Quote a field when it contains the separator, a quote or a line break (RFC 4180, with ";" as separator). */
function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
