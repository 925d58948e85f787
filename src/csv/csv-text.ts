import { CsvError, parse } from "csv-parse/sync";

/**
 * Decode an uploaded CSV file: UTF-8, with its byte order mark removed, or
 * Windows-1252 when the bytes are not valid UTF-8, as older office software
 * writes it. Returns undefined for a binary file.
 */
export function decodeCsvText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  // A NUL byte means a binary file (or UTF-16), not a register export.
  return text.includes("\u0000") ? undefined : text;
}

/** Bring a header name to lower case with umlauts and ß written out and spaces or hyphens as "_", such as "Staatsangehörigkeit" to "staatsangehoerigkeit". */
export function canonicalHeaderName(name: string): string {
  return name.trim().toLowerCase().replaceAll("ä", "ae").replaceAll("ö", "oe").replaceAll("ü", "ue").replaceAll("ß", "ss").replaceAll(/[\s-]+/g, "_");
}

/** One parsed CSV record and the line of the file on which it ends. */
export type CsvRow = { record: string[]; info: { lines: number } };

/**
 * Parse CSV text into records with their line numbers, trimming fields and
 * skipping empty lines. Rows may differ in their number of fields, so the
 * caller can report each such row. A syntax error gives the line where
 * parsing failed. `maxRecords` stops reading after that many records.
 */
export function parseCsvRows(text: string, options: { delimiter: string; maxRecords?: number }): CsvRow[] | { kind: "syntax"; line: number } {
  try {
    const parseOptions = { delimiter: options.delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true, to: options.maxRecords ?? -1 };
    // With info: true, csv-parse 7 returns { record, info } per row, which its typings do not express.
    return parse(text, parseOptions) as unknown as CsvRow[];
  } catch (error) {
    if (error instanceof CsvError) return { kind: "syntax", line: (error as CsvError & { lines?: number }).lines ?? 1 };
    throw error;
  }
}
