import { isoDate } from "../activation/register-csv";
import type { Petition } from "../petitions/queries";
import { dateOfReachingAge } from "../petitions/eligibility";
import type { IdentityKeyFields } from "../signing/canonical-identity";
import { sheetsNotIssued } from "../paper-lists/issued-sheets";
import { LINES_PER_SHEET, MAX_SHEET_NUMBER } from "../paper-lists/sheet-limits";
import type { SheetRange } from "../paper-lists/sheet-numbers";
import { INVALID_REASONS, type InvalidReason } from "./invalid-reasons";

/** One paper line as the election office typed it, or as one CSV row gives it: every value a string. */
export type PaperLineForm = {
  familyName: string;
  givenNames: string;
  birthDate: string;
  /** Place of birth as the population register names it; the sheet has no such column. */
  placeOfBirth: string;
  address: string;
  sheet: string;
  line: string;
  /** Date written on the line; needed only to decide the age of someone who came of age during collection. */
  signedOn: string;
  /** "auto", "valid" or an invalidity reason code. */
  outcome: string;
};

export const PAPER_LINE_FIELDS = ["familyName", "givenNames", "birthDate", "placeOfBirth", "address", "sheet", "line", "signedOn", "outcome"] as const;

/** Outcome choices of the form: derive it from the birth date, valid, or invalid for one reason. */
export const OUTCOME_CHOICES = ["auto", "valid", ...INVALID_REASONS] as const;
export type OutcomeChoice = (typeof OUTCOME_CHOICES)[number];

export type PaperLineProblem =
  | "missing"
  | "tooLong"
  | "controlCharacter"
  | "invalidDate"
  | "futureDate"
  | "birthDateTooEarly"
  | "signedBeforeBirth"
  | "missingSheet"
  | "missingLine"
  | "invalidSheet"
  | "invalidLine"
  | "sheetNotIssued"
  | "invalidOutcome"
  | "signingDateNeeded"
  | "outsidePeriod";

export type PaperLineProblems = Partial<Record<keyof PaperLineForm, PaperLineProblem>>;

export type PaperOutcome = { status: "confirmed" } | { status: "invalid"; reason: InvalidReason };

/**
 * A checked paper line. `identity` is undefined for an incomplete or
 * illegible entry: such a line gets a nullifier of its own sheet reference
 * and never matches a person.
 */
export type PaperLine = {
  sheet: number;
  line: number;
  identity: IdentityKeyFields | undefined;
  outcome: PaperOutcome;
  /** True when the outcome came from the birth date because the office chose "auto". */
  derived: boolean;
  /** Date written on the line (YYYY-MM-DD), which dates the signature in the daily counts; undefined when the office left it empty. */
  signedOn?: string | undefined;
};

/** Highest sheet number, the same as for issuing sheets. */
export const MAX_SHEET = MAX_SHEET_NUMBER;
/** Highest line number: the official signature lists print LINES_PER_SHEET lines on every sheet. */
export const MAX_LINE = LINES_PER_SHEET;
/**
 * Earliest birth date the form accepts. The population register lists the
 * living, and no one born before 1900 is known to be alive, so an earlier date is taken as a typo.
 */
export const EARLIEST_BIRTH_DATE = "1900-01-01";
const MAX_TEXT_LENGTH = 200;

export function isOutcomeChoice(value: string): value is OutcomeChoice {
  return (OUTCOME_CHOICES as readonly string[]).includes(value);
}

/**
 * Check one paper line and settle its outcome. The office's choice wins;
 * with "auto" the line is under age when the birth date shows so on the
 * signing day, and valid otherwise. The signing day is the date on the line
 * when given. Without it, a person still under age on the last day of
 * collection (or today, if earlier) is under age, one of age on the first
 * day is of age, and anyone in between needs the date.
 *
 * A valid line needs all five person fields. An invalid one needs the four
 * that build the nullifier, so a person found invalid cannot count on
 * another channel either. Only "incomplete or illegible" accepts missing fields.
 *
 * When sheets were issued, a sheet number outside every issued range is
 * rejected as a typo. With none issued there is nothing to check against.
 */
export function readPaperLine(
  form: PaperLineForm,
  petition: Pick<Petition, "rules" | "collectionStart" | "collectionEnd">,
  today: string,
  issued: readonly SheetRange[] = [],
): { ok: true; value: PaperLine } | { ok: false; problems: PaperLineProblems } {
  const problems: PaperLineProblems = {};
  const outcomeChoice = form.outcome.trim() === "" ? "auto" : form.outcome.trim();
  if (!isOutcomeChoice(outcomeChoice)) problems.outcome = "invalidOutcome";
  const incomplete = outcomeChoice === "incomplete_or_illegible";

  const sheet = wholeNumber(form.sheet, MAX_SHEET);
  if (sheet === undefined) problems.sheet = form.sheet.trim() === "" ? "missingSheet" : "invalidSheet";
  else if (issued.length > 0 && sheetsNotIssued([sheet], issued).length > 0) problems.sheet = "sheetNotIssued";
  const line = wholeNumber(form.line, MAX_LINE);
  if (line === undefined) problems.line = form.line.trim() === "" ? "missingLine" : "invalidLine";

  const text = (field: "familyName" | "givenNames" | "placeOfBirth" | "address", required: boolean): string => {
    const value = form[field].normalize("NFC").trim();
    if (value === "") {
      if (required) problems[field] = "missing";
    } else if (value.length > MAX_TEXT_LENGTH) problems[field] = "tooLong";
    else if (/[\p{Cc}\p{Cf}]/u.test(value)) problems[field] = "controlCharacter";
    return value;
  };
  const pastDate = (field: "birthDate" | "signedOn", required: boolean): string | undefined => {
    const value = form[field].trim();
    if (value === "") {
      if (required) problems[field] = "missing";
      return undefined;
    }
    const date = isoDate(value);
    if (date === undefined) problems[field] = "invalidDate";
    else if (date > today) problems[field] = "futureDate";
    return date;
  };

  const personRequired = !incomplete;
  const familyName = text("familyName", personRequired);
  const givenNames = text("givenNames", personRequired);
  const birthDate = pastDate("birthDate", personRequired);
  const placeOfBirth = text("placeOfBirth", personRequired);
  text("address", outcomeChoice === "valid" || outcomeChoice === "auto");
  const signedOn = pastDate("signedOn", false);
  if (birthDate !== undefined && problems.birthDate === undefined && birthDate < EARLIEST_BIRTH_DATE) problems.birthDate = "birthDateTooEarly";
  if (signedOn !== undefined && problems.signedOn === undefined) {
    if (birthDate !== undefined && problems.birthDate === undefined && signedOn < birthDate) problems.signedOn = "signedBeforeBirth";
    else if (signedOn < petition.collectionStart || signedOn > petition.collectionEnd) problems.signedOn = "outsidePeriod";
  }
  if (Object.keys(problems).length > 0 || sheet === undefined || line === undefined || !isOutcomeChoice(outcomeChoice)) return { ok: false, problems };

  if (incomplete || birthDate === undefined) {
    return { ok: true, value: { sheet, line, identity: undefined, outcome: { status: "invalid", reason: "incomplete_or_illegible" }, derived: false, signedOn } };
  }
  const identity = { familyName, givenNames, birthDate, placeOfBirth };
  if (outcomeChoice === "valid") return { ok: true, value: { sheet, line, identity, outcome: { status: "confirmed" }, derived: false, signedOn } };
  if (outcomeChoice !== "auto") return { ok: true, value: { sheet, line, identity, outcome: { status: "invalid", reason: outcomeChoice }, derived: false, signedOn } };

  const ofAgeOn = dateOfReachingAge(birthDate, petition.rules.minimumAge);
  const lastPossibleDay = petition.collectionEnd < today ? petition.collectionEnd : today;
  let underAge: boolean;
  if (signedOn !== undefined) underAge = signedOn < ofAgeOn;
  else if (lastPossibleDay < ofAgeOn) underAge = true;
  else if (ofAgeOn <= petition.collectionStart) underAge = false;
  else return { ok: false, problems: { signedOn: "signingDateNeeded" } };
  const outcome: PaperOutcome = underAge ? { status: "invalid", reason: "under_age" } : { status: "confirmed" };
  return { ok: true, value: { sheet, line, identity, outcome, derived: true, signedOn } };
}

/**
 * Return the sheet and line that follow a saved line, for the next entry:
 * the next line of the same sheet, or line 1 of the next sheet after line
 * MAX_LINE. Where sheets were issued, the next sheet is the next issued one.
 * Returns undefined when no sheet follows.
 */
export function nextSheetLine(saved: { sheet: number; line: number }, issued: readonly SheetRange[] = []): { sheet: number; line: number } | undefined {
  if (saved.line < MAX_LINE) return { sheet: saved.sheet, line: saved.line + 1 };
  const next = issued.length === 0 ? saved.sheet + 1 : nextIssuedSheet(saved.sheet, issued);
  return next !== undefined && next <= MAX_SHEET ? { sheet: next, line: 1 } : undefined;
}

/** Return the lowest issued sheet number above `sheet`, or undefined when none is issued above it. */
function nextIssuedSheet(sheet: number, issued: readonly SheetRange[]): number | undefined {
  const above = issued.filter((range) => range.last > sheet).map((range) => Math.max(range.first, sheet + 1));
  return above.length === 0 ? undefined : Math.min(...above);
}

function wholeNumber(value: string, max: number): number | undefined {
  const trimmed = value.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return undefined;
  const number = Number(trimmed);
  return number >= 1 && number <= max ? number : undefined;
}
