import { isIsoDate } from "../petitions/calendar";
import type { EligibilityFacts } from "./eligibility-facts";
import { municipalityKeyProblem } from "./register-values";

/**
 * One row of the file the election office uploads after printing the
 * letters: a letter code's selector and verifier hash, the resident key it
 * unlocks, the eligibility facts, and the last day the code may be used.
 * Nothing in it names or locates a person.
 */
export type ActivationUploadRow = {
  selector: string;
  verifierHash: string;
  /** HMAC-SHA-256 resident key, base64url. */
  residentKey: string;
  facts: EligibilityFacts;
  /** Last day (Europe/Berlin) on which the code is accepted, YYYY-MM-DD. */
  expiresOn: string;
};

export const ACTIVATION_UPLOAD_HEADER = [
  "code_selector",
  "verifier_hash",
  "resident_key",
  "municipality_key",
  "main_residence_since",
  "reaches_minimum_age_on",
  "minimum_age",
  "citizenship",
  "expires_on",
] as const;

type UploadColumn = (typeof ACTIVATION_UPLOAD_HEADER)[number];

export type UploadRowProblem = "wrongColumnCount" | "invalidValue";
export type UploadRowError = { line: number; column: UploadColumn | undefined; problem: UploadRowProblem };
export type ParsedUpload = { kind: "parsed"; rows: { line: number; row: ActivationUploadRow }[]; errors: UploadRowError[] };
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
 * Read an upload file written by formatActivationUpload. Every value is
 * checked; a bad row is reported with its line and left out, and the good
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
  if (lines[0]?.trim() !== ACTIVATION_UPLOAD_HEADER.join(SEPARATOR)) return { kind: "wrongHeader" };

  const parsed: ParsedUpload = { kind: "parsed", rows: [], errors: [] };
  for (const [index, line] of lines.entries()) {
    if (index === 0 || line.trim() === "") continue;
    const lineNumber = index + 1;
    const values = line.trim().split(SEPARATOR);
    if (values.length !== ACTIVATION_UPLOAD_HEADER.length) {
      parsed.errors.push({ line: lineNumber, column: undefined, problem: "wrongColumnCount" });
      continue;
    }
    const invalid = ACTIVATION_UPLOAD_HEADER.find((column, position) => !isValid(column, values[position]!));
    if (invalid !== undefined) {
      parsed.errors.push({ line: lineNumber, column: invalid, problem: "invalidValue" });
      continue;
    }
    const [selector, verifierHash, residentKey, municipalityKey, mainResidenceSince, reachesMinimumAgeOn, minimumAge, citizenship, expiresOn] =
      values as [string, string, string, string, string, string, string, "DE" | "EU", string];
    parsed.rows.push({
      line: lineNumber,
      row: { selector, verifierHash, residentKey, facts: { municipalityKey, mainResidenceSince, reachesMinimumAgeOn, minimumAge: Number(minimumAge), citizenship }, expiresOn },
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
