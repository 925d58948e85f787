import { canonicalHeaderName, decodeCsvText, parseCsvRows } from "../csv/csv-text";
import type { Petition } from "../petitions/queries";
import type { SheetRange } from "../paper-lists/sheet-numbers";
import { type OutcomeChoice, type PaperLine, type PaperLineForm, type PaperLineProblem, readPaperLine } from "./paper-line-form";

/** CSV header names (canonical: lower case, umlauts written out) and the form field each fills. */
export const PAPER_CSV_COLUMNS = {
  familienname: "familyName",
  vornamen: "givenNames",
  geburtsdatum: "birthDate",
  geburtsort: "placeOfBirth",
  anschrift: "address",
  blatt: "sheet",
  zeile: "line",
  datum: "signedOn",
  ergebnis: "outcome",
} as const satisfies Record<string, keyof PaperLineForm>;

export type PaperCsvColumn = keyof typeof PAPER_CSV_COLUMNS;

/** Former header names still accepted, each with its column: "bogen" named the sheet column before the texts used "Blatt" as the printed lists do. */
const COLUMN_ALIASES: Readonly<Record<string, PaperCsvColumn>> = { bogen: "blatt" };

const OPTIONAL_COLUMNS: readonly PaperCsvColumn[] = ["datum", "ergebnis"];

/**
 * Most data lines in one file: enough for the paper lists of a city the size
 * of Dresden, whose quorum was 21,786 signatures in 2015, with room for
 * invalid and duplicate lines. A larger file is better split, since it is
 * stored in one transaction.
 */
export const MAX_PAPER_CSV_LINES = 50_000;

/** Values of the ergebnis column (canonical, as for headers) and the outcome each means; the English codes are accepted too. */
const OUTCOME_WORDS: Record<string, OutcomeChoice> = {
  automatisch: "auto",
  gueltig: "valid",
  kein_hauptwohnsitz: "no_main_residence",
  minderjaehrig: "under_age",
  keine_eu_staatsangehoerigkeit: "not_eu_citizen",
  wohndauer_zu_kurz: "residence_too_short",
  unvollstaendig: "incomplete_or_illegible",
  unleserlich: "incomplete_or_illegible",
  mehrfach: "signed_more_than_once",
  auto: "auto",
  valid: "valid",
  no_main_residence: "no_main_residence",
  under_age: "under_age",
  not_eu_citizen: "not_eu_citizen",
  residence_too_short: "residence_too_short",
  incomplete_or_illegible: "incomplete_or_illegible",
  signed_more_than_once: "signed_more_than_once",
};

/** Field separators the import recognises. The semicolon is what Excel writes for CSV under German regional settings. */
export type PaperCsvSeparator = ";" | "\t" | ",";

export type PaperCsvFileError =
  | { kind: "empty" }
  | { kind: "notText" }
  | { kind: "utf16WithoutBom" }
  | { kind: "syntax"; line: number }
  | { kind: "missingColumns"; columns: PaperCsvColumn[] }
  | { kind: "unknownColumn"; column: string }
  | { kind: "duplicateColumn"; column: string }
  | { kind: "noLines" }
  | { kind: "tooManyLines" };

/** A problem of one data line, by its line number in the file (the last one of a row whose quoted field spans several). */
export type PaperCsvRowError =
  | { line: number; column: PaperCsvColumn; problem: PaperLineProblem | "invalidOutcome" }
  | { line: number; problem: "wrongColumnCount"; found: number; expected: number; separator: PaperCsvSeparator }
  | { line: number; problem: "sameSheetLine"; firstLine: number };

export type ReadPaperCsv = { kind: "read"; lines: { csvLine: number; line: PaperLine }[]; errors: PaperCsvRowError[] };

/**
 * Read a CSV file of paper lines and check every line as the form does.
 * The file is ';'-separated, or tab- or comma-separated when its header row
 * contains no ';' (see separatorOf), and the header row names the columns in
 * any order. Quoted fields may contain the separator and line breaks, and
 * empty lines are skipped. Every problem is reported with its line number,
 * so the office can fix the whole file at once.
 */
export function readPaperCsv(
  bytes: Uint8Array,
  petition: Pick<Petition, "rules" | "collectionStart" | "collectionEnd">,
  today: string,
  issued: readonly SheetRange[] = [],
): ReadPaperCsv | PaperCsvFileError {
  const text = decodePaperCsv(bytes);
  if (typeof text !== "string") return text;
  if (text.trim() === "") return { kind: "empty" };

  // The header and one record more than allowed are enough to tell that a file is too long.
  const separator = separatorOf(text);
  const rows = parseCsvRows(text, { delimiter: separator, maxRecords: MAX_PAPER_CSV_LINES + 2 });
  if (!Array.isArray(rows)) return rows;
  const [header, ...records] = rows;
  if (header === undefined) return { kind: "empty" };
  const columns = readHeader(header.record);
  if (!(columns instanceof Map)) return columns;
  if (records.length === 0) return { kind: "noLines" };
  if (records.length > MAX_PAPER_CSV_LINES) return { kind: "tooManyLines" };

  const read: ReadPaperCsv = { kind: "read", lines: [], errors: [] };
  const firstLineOf = new Map<string, number>();
  for (const { record, info } of records) {
    if (record.length !== header.record.length) {
      read.errors.push({ line: info.lines, problem: "wrongColumnCount", found: record.length, expected: header.record.length, separator });
      continue;
    }
    const form = formOf(record, columns);
    const outcome = OUTCOME_WORDS[canonicalHeaderName(form.outcome)];
    if (form.outcome.trim() !== "" && outcome === undefined) {
      read.errors.push({ line: info.lines, column: "ergebnis", problem: "invalidOutcome" });
      continue;
    }
    const checked = readPaperLine({ ...form, outcome: outcome ?? "auto" }, petition, today, issued);
    if (!checked.ok) {
      const problems = Object.entries(checked.problems).map(([field, problem]) => ({ line: info.lines, column: columnOf(field as keyof PaperLineForm), problem }));
      read.errors.push(...problems.sort((a, b) => (columns.get(a.column) ?? 0) - (columns.get(b.column) ?? 0)));
      continue;
    }
    const sheetLine = `${checked.value.sheet}/${checked.value.line}`;
    const firstLine = firstLineOf.get(sheetLine);
    if (firstLine !== undefined) {
      read.errors.push({ line: info.lines, problem: "sameSheetLine", firstLine });
      continue;
    }
    firstLineOf.set(sheetLine, info.lines);
    read.lines.push({ csvLine: info.lines, line: checked.value });
  }
  return read;
}

/**
 * Decode the file as decodeCsvText does, and UTF-16 as well when it starts
 * with a byte order mark, as Excel's "Unicode text" is saved. UTF-16
 * without the mark is recognised by its zero bytes and rejected with its
 * own message, because guessing its byte order could misread every letter.
 */
function decodePaperCsv(bytes: Uint8Array): string | PaperCsvFileError {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (looksLikeUtf16(bytes)) return { kind: "utf16WithoutBom" };
  return decodeCsvText(bytes) ?? { kind: "notText" };
}

/** Bytes sampled to recognise UTF-16 text without a byte order mark. */
const UTF16_SAMPLE_BYTES = 512;

/** Check whether every other byte of the file's start is zero, as in UTF-16 text of Latin letters. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, UTF16_SAMPLE_BYTES);
  if (sample.length < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (const [index, byte] of sample.entries()) {
    if (byte !== 0) continue;
    if (index % 2 === 0) evenZeros += 1;
    else oddZeros += 1;
  }
  const pairs = Math.floor(sample.length / 2);
  return Math.max(evenZeros, oddZeros) >= pairs * 0.9 && Math.min(evenZeros, oddZeros) === 0;
}

/**
 * Choose the field separator from the header row: ';' when it contains one,
 * else a tab, else a comma. Column names contain none of them, so the header
 * row decides without ambiguity. A file that names its columns with another
 * separator still gets ';' and the message for an unknown column.
 */
function separatorOf(text: string): PaperCsvSeparator {
  const headerRow = text.split("\n", 1)[0] ?? "";
  if (headerRow.includes(";")) return ";";
  if (headerRow.includes("\t")) return "\t";
  if (headerRow.includes(",")) return ",";
  return ";";
}

function readHeader(names: string[]): Map<PaperCsvColumn, number> | PaperCsvFileError {
  const columns = new Map<PaperCsvColumn, number>();
  for (const [index, name] of names.entries()) {
    const canonical = canonicalHeaderName(name);
    const column = COLUMN_ALIASES[canonical] ?? canonical;
    if (!(column in PAPER_CSV_COLUMNS)) return { kind: "unknownColumn", column: name };
    if (columns.has(column as PaperCsvColumn)) return { kind: "duplicateColumn", column: name };
    columns.set(column as PaperCsvColumn, index);
  }
  const missing = (Object.keys(PAPER_CSV_COLUMNS) as PaperCsvColumn[]).filter((column) => !columns.has(column) && !OPTIONAL_COLUMNS.includes(column));
  return missing.length > 0 ? { kind: "missingColumns", columns: missing } : columns;
}

function formOf(record: string[], columns: Map<PaperCsvColumn, number>): PaperLineForm {
  const form: PaperLineForm = { familyName: "", givenNames: "", birthDate: "", placeOfBirth: "", address: "", sheet: "", line: "", signedOn: "", outcome: "" };
  for (const [column, index] of columns) form[PAPER_CSV_COLUMNS[column]] = record[index] ?? "";
  return form;
}

function columnOf(field: keyof PaperLineForm): PaperCsvColumn {
  const entry = Object.entries(PAPER_CSV_COLUMNS).find(([, formField]) => formField === field);
  if (entry === undefined) throw new Error(`no CSV column fills the field ${field}`);
  return entry[0] as PaperCsvColumn;
}
