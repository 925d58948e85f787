import { canonicalHeaderName, decodeCsvText, parseCsvRows } from "../csv/csv-text";
import { isIsoDate } from "../petitions/calendar";
import { isNationalityCode, municipalityKeyProblem } from "./register-values";

/**
 * Columns of a population register export, by their header names. The
 * header row may list them in any order, with any case, and with umlauts or
 * their two-letter forms (staatsangehörigkeit or staatsangehoerigkeit).
 * `ort` is optional: the town for the letter's address, which defaults to
 * the municipality's name.
 */
export const REGISTER_COLUMNS = [
  "familienname",
  "vornamen",
  "geburtsdatum",
  "geburtsort",
  "strasse",
  "postleitzahl",
  "gemeindeschluessel",
  "hauptwohnsitz_seit",
  "staatsangehoerigkeit",
] as const;
const OPTIONAL_COLUMNS = ["ort"] as const;

export type RegisterColumn = (typeof REGISTER_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** One resident from the register, with dates as YYYY-MM-DD and nationalities as ISO 3166-1 alpha-2 codes. */
export type RegisterEntry = {
  familyName: string;
  givenNames: string;
  birthDate: string;
  placeOfBirth: string;
  street: string;
  postalCode: string;
  town: string | undefined;
  municipalityKey: string;
  mainResidenceSince: string;
  nationalities: string[];
};

export type RegisterProblem = "missing" | "invalidDate" | "futureDate" | "invalidPostalCode" | "invalidMunicipalityKey" | "unknownMunicipalityKey" | "invalidNationality" | "tooLong";

/** A problem of one row, by its line in the file (the last line of a row whose quoted field spans several). */
export type RegisterRowError = { line: number; column: RegisterColumn | undefined; problem: RegisterProblem | "wrongColumnCount" };

export type RegisterFileError =
  | { kind: "empty" }
  | { kind: "notText" }
  | { kind: "syntax"; line: number }
  | { kind: "missingColumns"; columns: RegisterColumn[] }
  | { kind: "duplicateColumn"; column: string };

export type ParsedRegister = { kind: "parsed"; entries: { line: number; entry: RegisterEntry }[]; errors: RegisterRowError[] };

const MAX_FIELD_LENGTH = 200;
const POSTAL_CODE = /^\d{5}$/;
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * Parse a register export: UTF-8 (with or without byte order mark) or, when
 * the bytes are not UTF-8, Windows-1252 as older register software writes
 * it; separated by semicolons when the header row contains one, else by
 * commas. Each bad row is reported with its line and left out, and the good
 * rows are kept. Dates may be written YYYY-MM-DD or DD.MM.YYYY.
 */
export function parseRegisterCsv(bytes: Uint8Array, today: string): ParsedRegister | RegisterFileError {
  const text = decodeCsvText(bytes);
  if (text === undefined) return { kind: "notText" };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  if (text.trim() === "") return { kind: "empty" };

  const rows = parseCsvRows(text, { delimiter: firstLine.includes(";") ? ";" : "," });
  if (!Array.isArray(rows)) return rows;

  const [header, ...records] = rows;
  if (header === undefined) return { kind: "empty" };
  const columns = readHeader(header.record);
  if (!(columns instanceof Map)) return columns;

  const parsed: ParsedRegister = { kind: "parsed", entries: [], errors: [] };
  for (const { record, info } of records) {
    if (record.length !== header.record.length) {
      parsed.errors.push({ line: info.lines, column: undefined, problem: "wrongColumnCount" });
      continue;
    }
    const read = readEntry(record, columns, today);
    if ("entry" in read) parsed.entries.push({ line: info.lines, entry: read.entry });
    else parsed.errors.push(...read.errors.map((error) => ({ line: info.lines, ...error })));
  }
  return parsed;
}


function readHeader(names: string[]): Map<RegisterColumn, number> | RegisterFileError {
  const known = new Set<string>([...REGISTER_COLUMNS, ...OPTIONAL_COLUMNS]);
  const columns = new Map<RegisterColumn, number>();
  for (const [index, name] of names.entries()) {
    const column = canonicalHeaderName(name);
    if (!known.has(column)) continue;
    if (columns.has(column as RegisterColumn)) return { kind: "duplicateColumn", column: name };
    columns.set(column as RegisterColumn, index);
  }
  const missing = REGISTER_COLUMNS.filter((column) => !columns.has(column));
  return missing.length > 0 ? { kind: "missingColumns", columns: missing } : columns;
}

type FieldError = { column: RegisterColumn; problem: RegisterProblem };

function readEntry(record: string[], columns: Map<RegisterColumn, number>, today: string): { entry: RegisterEntry } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const field = (column: RegisterColumn): string => {
    const index = columns.get(column);
    return index === undefined ? "" : (record[index] ?? "").normalize("NFC");
  };
  const text = (column: RegisterColumn): string => {
    const value = field(column);
    if (value === "") errors.push({ column, problem: "missing" });
    else if (value.length > MAX_FIELD_LENGTH) errors.push({ column, problem: "tooLong" });
    return value;
  };
  const pastDate = (column: RegisterColumn): string => {
    const value = field(column);
    if (value === "") {
      errors.push({ column, problem: "missing" });
      return "";
    }
    const date = isoDate(value);
    if (date === undefined) errors.push({ column, problem: "invalidDate" });
    else if (date > today) errors.push({ column, problem: "futureDate" });
    return date ?? "";
  };
  const matching = (column: RegisterColumn, pattern: RegExp, problem: RegisterProblem): string => {
    const value = field(column);
    if (value === "") errors.push({ column, problem: "missing" });
    else if (!pattern.test(value)) errors.push({ column, problem });
    return value;
  };

  const entry: RegisterEntry = {
    familyName: text("familienname"),
    givenNames: text("vornamen"),
    birthDate: pastDate("geburtsdatum"),
    placeOfBirth: text("geburtsort"),
    street: text("strasse"),
    postalCode: matching("postleitzahl", POSTAL_CODE, "invalidPostalCode"),
    town: field("ort") === "" ? undefined : field("ort"),
    municipalityKey: readMunicipalityKey(field("gemeindeschluessel"), errors),
    mainResidenceSince: pastDate("hauptwohnsitz_seit"),
    nationalities: readNationalities(field("staatsangehoerigkeit"), errors),
  };
  if ((entry.town?.length ?? 0) > MAX_FIELD_LENGTH) errors.push({ column: "ort", problem: "tooLong" });
  return errors.length > 0 ? { errors } : { entry };
}

/** Read the municipality key (AGS) of the main residence: eight digits of a municipality the platform knows. */
function readMunicipalityKey(value: string, errors: FieldError[]): string {
  const problem = value === "" ? "missing" : municipalityKeyProblem(value);
  if (problem !== undefined) errors.push({ column: "gemeindeschluessel", problem });
  return value;
}

/** Read one or more ISO 3166-1 alpha-2 codes separated by commas, spaces or slashes, such as "DE" or "de, pl". */
function readNationalities(value: string, errors: FieldError[]): string[] {
  const codes = value.toUpperCase().split(/[\s,/|]+/).filter((code) => code !== "");
  if (codes.length === 0) errors.push({ column: "staatsangehoerigkeit", problem: "missing" });
  else if (!codes.every(isNationalityCode)) errors.push({ column: "staatsangehoerigkeit", problem: "invalidNationality" });
  return [...new Set(codes)];
}

/** Read YYYY-MM-DD or DD.MM.YYYY as a real calendar date in YYYY-MM-DD. */
export function isoDate(value: string): string | undefined {
  const german = GERMAN_DATE.exec(value);
  const candidate = german === null ? value : `${german[3]}-${german[2]!.padStart(2, "0")}-${german[1]!.padStart(2, "0")}`;
  return isIsoDate(candidate) ? candidate : undefined;
}
