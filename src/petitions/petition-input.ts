import { isSupportedCredentialType, SUPPORTED_CREDENTIAL_TYPES } from "../credentials/credential-types";
import { z } from "zod";
import { de } from "../i18n/de";
import { municipalityName } from "../municipalities/lookup-municipality";
import type { Messages } from "../i18n/messages";
import { isIsoDate } from "./calendar";
import { submissionDeadline } from "./deadlines";
import { EU_NATIONALITIES } from "./eu-nationalities";

type InputMessages = Messages["petitions"]["input"];

/** A field's dotted path, as in "rules.municipalityKeys[0]", and what is wrong with it and what to do. */
export type FieldProblem = { field: string; message: string };

export type ParsedPetitionInput = z.output<ReturnType<typeof petitionInputSchema>>;

export type PetitionInputResult = { ok: true; value: ParsedPetitionInput } | { ok: false; problems: FieldProblem[] };

export const MAX_TITLE_LENGTH = 200;
export const MAX_TEXT_LENGTH = 20_000;
export const MAX_NAME_LENGTH = 200;
/** Range of the minimum age a petition's rules may set, in years. */
export const LOWEST_MINIMUM_AGE = 16;
export const HIGHEST_MINIMUM_AGE = 99;

/**
 * First words of a question answerable with yes or no, as German
 * decision proposals are phrased ("Soll die Stadt …?", "Sind Sie dafür,
 * dass …?").
 */
const QUESTION_WORDS = new Set([
  "soll", "sollen", "ist", "sind", "wird", "werden", "darf", "dürfen", "kann", "können",
  "muss", "müssen", "hat", "haben", "stimmen", "bleibt", "bleiben",
]);

/** Codes that look like ISO 3166-1 alpha-2 but name no country. */
const NON_COUNTRY_CODES = new Set(["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"]);
const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

/** Check whether a code is an assigned ISO 3166-1 alpha-2 country code, judged by the ICU data Node ships with. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NON_COUNTRY_CODES.has(code) && regionNames.of(code) !== code;
}

/**
 * Control characters other than line breaks and tabs, zero-width spaces and
 * bidirectional overrides. PostgreSQL rejects NUL in text, and the others can
 * make a published title or name read differently from what is stored.
 */
export const HIDDEN_CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/**
 * Opening quotation marks and brackets that may stand before the first word:
 * German „…“ and ‚…‘, guillemets in either direction, English and typewriter
 * quotes, and round or square brackets.
 */
const LEADING_QUOTES = /^[\s„‚“‘"'»«›‹([]+/u;
/** A question mark, then only closing quotation marks, brackets and white space up to the end. */
const QUESTION_MARK_AT_END = /\?[\s“”‘’"'«»‹›)\]]*$/u;

/**
 * Check whether a decision proposal reads as a yes-or-no question: a question
 * word first and "?" last. Quotation marks and brackets around the question,
 * as in „Soll die Stadt …?“, do not count.
 */
export function isYesNoQuestion(text: string): boolean {
  const firstWord = /^\p{L}+/u.exec(text.replace(LEADING_QUOTES, ""))?.[0]?.toLowerCase();
  return QUESTION_MARK_AT_END.test(text) && firstWord !== undefined && QUESTION_WORDS.has(firstWord);
}

/** Build the zod schema of a petition file, with every message taken from the given catalogue. */
export function petitionInputSchema(m: InputMessages) {
  const missingOr = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? m.missing : message);

  const text = (maxLength: number) =>
    z
      .string({ error: missingOr(m.notText) })
      .trim()
      .min(1, { error: m.empty })
      .max(maxLength, { error: m.tooLong(maxLength) })
      .refine((value) => !HIDDEN_CONTROL_CHARACTER.test(value), { error: m.controlCharacter });

  const isoDate = z.string({ error: missingOr(m.date) }).refine(isIsoDate, { error: m.date });

  const wholeNumber = (min: number, max: number, message: string) =>
    z
      .number({ error: missingOr(message) })
      .refine((value) => Number.isInteger(value) && value >= min && value <= max, { error: message });

  const person = z.strictObject(
    { name: text(MAX_NAME_LENGTH), contact: text(MAX_NAME_LENGTH) },
    { error: missingOr(m.notAPerson) },
  );

  const nonEmptyList = <T extends z.ZodType>(item: T, message: string) =>
    z
      .array(item, { error: missingOr(message) })
      .min(1, { error: message })
      .transform((values) => [...new Set(values)]);

  const rules = z.strictObject(
    {
      municipalityKeys: nonEmptyList(
        z
          .string({ error: m.municipalityKey })
          .regex(/^\d{8}$/, { error: m.municipalityKey, abort: true })
          .refine((key) => municipalityName(key) !== undefined, { error: m.unknownMunicipality }),
        m.municipalityKeys,
      ),
      minimumAge: wholeNumber(LOWEST_MINIMUM_AGE, HIGHEST_MINIMUM_AGE, m.minimumAge).default(18),
      nationalities: nonEmptyList(
        z.string({ error: m.nationality }).refine(isCountryCode, { error: m.nationality }),
        m.nationalities,
      ).default([...EU_NATIONALITIES]),
      minimumResidenceMonths: wholeNumber(0, 120, m.minimumResidenceMonths).default(3),
      credentialTypes: nonEmptyList(
        z
          .string({ error: m.credentialType })
          .trim()
          .min(1, { error: m.credentialType, abort: true })
          .refine(isSupportedCredentialType, { error: m.unsupportedCredentialType(SUPPORTED_CREDENTIAL_TYPES) }),
        m.credentialTypes,
      ),
    },
    { error: missingOr(m.rules) },
  );

  return z.strictObject(
    {
      title: text(MAX_TITLE_LENGTH),
      decisionProposal: text(MAX_TEXT_LENGTH).refine(isYesNoQuestion, { error: m.notAQuestion }),
      reasoning: text(MAX_TEXT_LENGTH),
      costCoverageProposal: text(MAX_TEXT_LENGTH),
      representative: person,
      deputy: person,
      quorum: wholeNumber(1, 10_000_000, m.quorum),
      eligibleResidents: wholeNumber(1, 200_000_000, m.eligibleResidents).nullable().default(null),
      notificationDate: isoDate,
      opposesCouncilDecision: z.boolean({ error: m.opposesCouncilDecision }).default(false),
      councilDecisionPublishedOn: isoDate.nullable().default(null),
      collectionStart: isoDate,
      collectionEnd: isoDate,
      status: z.enum(["draft", "collecting", "closed"], { error: m.status }).default("draft"),
      signatureKinds: nonEmptyList(z.enum(["online", "paper"], { error: m.signatureKinds }), m.signatureKinds),
      rules,
    },
    { error: m.notAnObject },
  );
}

/** Problems between fields, reported only when the fields involved are valid dates themselves. */
function periodProblems(raw: Record<string, unknown>, m: InputMessages): FieldProblem[] {
  const { notificationDate, collectionStart, collectionEnd, councilDecisionPublishedOn } = raw;
  const opposesCouncilDecision = raw.opposesCouncilDecision === true;
  const valid = (value: unknown): value is string => typeof value === "string" && isIsoDate(value);
  const problems: FieldProblem[] = [];

  if (valid(collectionStart) && valid(collectionEnd) && collectionEnd < collectionStart) {
    problems.push({ field: "collectionEnd", message: m.endBeforeStart });
  }
  if (valid(notificationDate) && valid(collectionStart) && notificationDate > collectionStart) {
    problems.push({ field: "notificationDate", message: m.notificationAfterStart });
  }
  if (opposesCouncilDecision && (councilDecisionPublishedOn === undefined || councilDecisionPublishedOn === null)) {
    problems.push({ field: "councilDecisionPublishedOn", message: m.councilDecisionDateMissing });
  }
  if (!opposesCouncilDecision && typeof councilDecisionPublishedOn === "string") {
    problems.push({ field: "councilDecisionPublishedOn", message: m.councilDecisionDateWithoutDecision });
  }

  const deadlineKnown = valid(notificationDate) && (!opposesCouncilDecision || valid(councilDecisionPublishedOn));
  if (deadlineKnown && valid(collectionEnd)) {
    const deadline = submissionDeadline({
      notificationDate,
      opposesCouncilDecision,
      councilDecisionPublishedOn: valid(councilDecisionPublishedOn) ? councilDecisionPublishedOn : null,
    });
    if (collectionEnd > deadline.lastDay) {
      problems.push({ field: "collectionEnd", message: deadline.rule === "councilDecision" ? m.endAfterCouncilDeadline : m.endTooLate });
    }
  }
  return problems;
}

function fieldPath(path: readonly PropertyKey[]): string {
  let field = "";
  for (const segment of path) {
    if (typeof segment === "number") field += `[${segment}]`;
    else field += field === "" ? String(segment) : `.${String(segment)}`;
  }
  return field;
}

/**
 * Validate a petition read from JSON, collecting every problem with the
 * field it belongs to, in the catalogue's language (German by default).
 */
export function parsePetitionInput(raw: unknown, messages: InputMessages = de.petitions.input): PetitionInputResult {
  const parsed = petitionInputSchema(messages).safeParse(raw);
  const problems: FieldProblem[] = [];

  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) problems.push({ field: fieldPath([...issue.path, key]), message: messages.unknownField });
      } else {
        problems.push({ field: fieldPath(issue.path), message: issue.message });
      }
    }
  }
  if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
    problems.push(...periodProblems(raw as Record<string, unknown>, messages));
  }

  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, value: parsed.data };
}
