import { isIsoDate } from "../petitions/calendar";
import type { EligibilityFacts } from "./eligibility-facts";
import { municipalityKeyProblem } from "./register-values";

/**
 * One row of the file the election office uploads after printing the
 * letters: a letter code's selector and verifier hash, the resident key it
 * unlocks with its weak resident key, the eligibility facts, and the last day
 * the code may be used.
 * Nothing in it names or locates a person.
 */
export type ActivationUploadRow = {
  selector: string;
  verifierHash: string;
  /** HMAC-SHA-256 resident key, base64url. */
  residentKey: string;
  /** HMAC-SHA-256 weak resident key, base64url. */
  weakResidentKey: string;
  facts: EligibilityFacts;
  /** Last day (Europe/Berlin) on which the code is accepted, YYYY-MM-DD. */
  expiresOn: string;
};

/** A row as read back: files written before the weak_resident_key column have none. */
export type UploadedActivationRow = Omit<ActivationUploadRow, "weakResidentKey"> & { weakResidentKey: string | undefined };

export const ACTIVATION_UPLOAD_HEADER = [
  "code_selector",
  "verifier_hash",
  "resident_key",
  "weak_resident_key",
  "municipality_key",
  "main_residence_since",
  "reaches_minimum_age_on",
  "minimum_age",
  "citizenship",
  "expires_on",
] as const;

type UploadColumn = (typeof ACTIVATION_UPLOAD_HEADER)[number];

/** The header of files written before the weak resident key was added; their codes activate accounts without it. */
const HEADER_WITHOUT_WEAK_KEY: readonly UploadColumn[] = ACTIVATION_UPLOAD_HEADER.filter((column) => column !== "weak_resident_key");

export type UploadRowProblem = "wrongColumnCount" | "invalidValue";
export type UploadRowError = { line: number; column: UploadColumn | undefined; problem: UploadRowProblem };
export type ParsedUpload = { kind: "parsed"; rows: { line: number; row: UploadedActivationRow }[]; errors: UploadRowError[] };
export type UploadFileError = { kind: "empty" } | { kind: "wrongHeader" } | { kind: "notText" };

const SEPARATOR = ";";
/** SHA-256 and HMAC-SHA-256 values in base64url without padding: 43 characters. */
const DIGEST = /^[A-Za-z0-9_-]{43}$/;
const SELECTOR = /^[0-9A-HJKMNP-TV-Z]{8}$/;
const MAX_LINES = 2_000_000;
/** The lowest minimum age a petition may set, as petition files allow (16 to 99). */
const MIN_MINIMUM_AGE = 16;

/** Write the upload file: a header line and one semicolon-separated line per row, UTF-8, LF line ends. */
export function formatActivationUpload(rows: readonly ActivationUploadRow[]): string {
  const lines = rows.map((row) =>
    [
      row.selector,
      row.verifierHash,
      row.residentKey,
      row.weakResidentKey,
      row.facts.municipalityKey,
      row.facts.mainResidenceSince,
      row.facts.reachesMinimumAgeOn,
      String(row.facts.minimumAge),
      row.facts.citizenship,
      row.expiresOn,
    ].join(SEPARATOR),
  );
  return `${[ACTIVATION_UPLOAD_HEADER.join(SEPARATOR), ...lines].join("\n")}\n`;
}

/**
 * Read an upload file written by formatActivationUpload, or by its earlier
 * version without the weak_resident_key column. Every value is checked; a bad row is reported with its line and left out, and the good
 * rows are kept. The values contain no separators or quotes, so no CSV
 * quoting is involved.
 */
export function parseActivationUpload(bytes: Uint8Array): ParsedUpload | UploadFileError {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { kind: "notText" };
  }
  const lines = text.split(/\r?\n/, MAX_LINES);
  if (lines.every((line) => line.trim() === "")) return { kind: "empty" };
  const header = [ACTIVATION_UPLOAD_HEADER, HEADER_WITHOUT_WEAK_KEY].find((columns) => lines[0]?.trim() === columns.join(SEPARATOR));
  if (header === undefined) return { kind: "wrongHeader" };

  const parsed: ParsedUpload = { kind: "parsed", rows: [], errors: [] };
  for (const [index, line] of lines.entries()) {
    if (index === 0 || line.trim() === "") continue;
    const lineNumber = index + 1;
    const values = line.trim().split(SEPARATOR);
    if (values.length !== header.length) {
      parsed.errors.push({ line: lineNumber, column: undefined, problem: "wrongColumnCount" });
      continue;
    }
    const invalid = header.find((column, position) => !isValid(column, values[position]!));
    if (invalid !== undefined) {
      parsed.errors.push({ line: lineNumber, column: invalid, problem: "invalidValue" });
      continue;
    }
    const value = (column: UploadColumn): string | undefined => {
      const position = header.indexOf(column);
      return position === -1 ? undefined : values[position];
    };
    parsed.rows.push({
      line: lineNumber,
      row: {
        selector: value("code_selector")!,
        verifierHash: value("verifier_hash")!,
        residentKey: value("resident_key")!,
        weakResidentKey: value("weak_resident_key"),
        facts: {
          municipalityKey: value("municipality_key")!,
          mainResidenceSince: value("main_residence_since")!,
          reachesMinimumAgeOn: value("reaches_minimum_age_on")!,
          minimumAge: Number(value("minimum_age")),
          citizenship: value("citizenship") as "DE" | "EU",
        },
        expiresOn: value("expires_on")!,
      },
    });
  }
  return parsed;
}

function isValid(column: UploadColumn, value: string): boolean {
  switch (column) {
    case "code_selector":
      return SELECTOR.test(value);
    case "verifier_hash":
    case "resident_key":
    case "weak_resident_key":
      return DIGEST.test(value);
    case "municipality_key":
      return municipalityKeyProblem(value) === undefined;
    case "main_residence_since":
    case "reaches_minimum_age_on":
    case "expires_on":
      return isIsoDate(value);
    case "minimum_age":
      return /^\d{2}$/.test(value) && Number(value) >= MIN_MINIMUM_AGE;
    case "citizenship":
      return value === "DE" || value === "EU";
  }
}
