import { z } from "zod";
import { isSupportedCredentialType } from "../credentials/credential-types";
import type { EligibilityRules, Representative, SignatureKind } from "../db/schema";
import type { Messages } from "../i18n/messages";
import { MUNICIPALITIES } from "../municipalities/municipalities";
import { municipalityName } from "../municipalities/lookup-municipality";
import { isIsoDate } from "./calendar";
import { submissionDeadline } from "./deadlines";
import { EU_NATIONALITIES, isEuNationalities } from "./eu-nationalities";
import {
  HIDDEN_CONTROL_CHARACTER,
  HIGHEST_MINIMUM_AGE,
  isCountryCode,
  isYesNoQuestion,
  LOWEST_MINIMUM_AGE,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
} from "./petition-input";
import { quorumForEligibleResidents } from "./quorum";

type WorkspaceMessages = Messages["workspace"];

/** Values of the draft form as typed, so a rejected form can be shown again unchanged. */
export type DraftFormValues = {
  title: string;
  decisionProposal: string;
  reasoning: string;
  costCoverageProposal: string;
  representativeName: string;
  representativeContact: string;
  deputyName: string;
  deputyContact: string;
  quorumSource: string;
  quorum: string;
  eligibleResidents: string;
  notificationDate: string;
  opposesCouncilDecision: boolean;
  councilDecisionPublishedOn: string;
  collectionStart: string;
  collectionEnd: string;
  municipalityKeys: string;
  minimumAge: string;
  nationalityRule: string;
  nationalities: string;
  minimumResidenceMonths: string;
  credentialTypes: string[];
  signatureKinds: string[];
};

export type DraftField = keyof DraftFormValues;

/** A rejected form field and a German (or English) sentence saying what is wrong and what to do. */
export type DraftProblem = { field: DraftField; message: string };

/** The content of a petition as organisers edit it: everything but its status, creator and timestamps. */
export type DraftContent = {
  title: string;
  decisionProposal: string;
  reasoning: string;
  costCoverageProposal: string;
  representative: Representative;
  deputy: Representative;
  quorum: number;
  eligibleResidents: number | null;
  notificationDate: string;
  opposesCouncilDecision: boolean;
  councilDecisionPublishedOn: string | null;
  collectionStart: string;
  collectionEnd: string;
  signatureKinds: SignatureKind[];
  rules: EligibilityRules;
};

export type DraftFormResult = { ok: true; value: DraftContent } | { ok: false; problems: DraftProblem[] };

/** Maximum length of each free-text field of the draft form, in UTF-16 code units as JavaScript counts them. */
export const DRAFT_TEXT_LIMITS = {
  title: MAX_TITLE_LENGTH,
  decisionProposal: MAX_TEXT_LENGTH,
  reasoning: MAX_TEXT_LENGTH,
  costCoverageProposal: MAX_TEXT_LENGTH,
  representativeName: MAX_NAME_LENGTH,
  representativeContact: MAX_NAME_LENGTH,
  deputyName: MAX_NAME_LENGTH,
  deputyContact: MAX_NAME_LENGTH,
} as const satisfies Partial<Record<DraftField, number>>;

/**
 * Maximum bytes of one UTF-16 code unit in a form body. A code unit of the
 * Basic Multilingual Plane is up to 3 bytes of UTF-8, and
 * application/x-www-form-urlencoded writes each byte as %XX. A character
 * beyond it is 4 bytes in 2 code units, and a line break that counts as one
 * unit travels as %0D%0A, so neither takes more.
 */
const MAX_ENCODED_BYTES_PER_CODE_UNIT = 9;

/**
 * Allowance for everything besides the free text: the short fields, the
 * checkboxes, field names, separators and multipart boundaries, and white
 * space around a text that its length does not count.
 */
const OTHER_FORM_BYTES = 16 * 1024;

/** Largest draft form body to accept: every text at its maximum length in the widest encoding, plus the rest. */
export const MAX_DRAFT_FORM_BYTES =
  Object.values(DRAFT_TEXT_LIMITS).reduce((sum, length) => sum + length, 0) * MAX_ENCODED_BYTES_PER_CODE_UNIT + OTHER_FORM_BYTES;

const SIGNATURE_KINDS: readonly SignatureKind[] = ["online", "paper"];
const MAX_QUORUM = 10_000_000;
const MAX_ELIGIBLE_RESIDENTS = 200_000_000;

type FormBody = Record<string, string | File | (string | File)[]>;

function firstString(value: FormBody[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : "";
}

function allStrings(value: FormBody[string] | undefined): string[] {
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.filter((entry): entry is string => typeof entry === "string");
}

/** Read the draft form's fields from a parsed body (Hono's parseBody with all: true); missing fields read as empty. */
export function readDraftForm(body: FormBody): DraftFormValues {
  const text = (name: DraftField) => firstString(body[name]);
  return {
    title: text("title"),
    decisionProposal: text("decisionProposal"),
    reasoning: text("reasoning"),
    costCoverageProposal: text("costCoverageProposal"),
    representativeName: text("representativeName"),
    representativeContact: text("representativeContact"),
    deputyName: text("deputyName"),
    deputyContact: text("deputyContact"),
    quorumSource: text("quorumSource"),
    quorum: text("quorum"),
    eligibleResidents: text("eligibleResidents"),
    notificationDate: text("notificationDate"),
    opposesCouncilDecision: text("opposesCouncilDecision") === "yes",
    councilDecisionPublishedOn: text("councilDecisionPublishedOn"),
    collectionStart: text("collectionStart"),
    collectionEnd: text("collectionEnd"),
    municipalityKeys: text("municipalityKeys"),
    minimumAge: text("minimumAge"),
    nationalityRule: text("nationalityRule"),
    nationalities: text("nationalities"),
    minimumResidenceMonths: text("minimumResidenceMonths"),
    credentialTypes: allStrings(body.credentialTypes),
    signatureKinds: allStrings(body.signatureKinds),
  };
}

/**
 * Read the version a form was loaded with from its hidden field; undefined
 * when it is missing or malformed, which no stored version matches.
 */
export function readFormVersion(body: FormBody): number | undefined {
  const value = firstString(body.version);
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : undefined;
}

/** Form values for a new draft: Saxony's default rules, every credential type, and paper signatures, which count everywhere. */
export function emptyDraftForm(supportedCredentialTypes: readonly string[]): DraftFormValues {
  return {
    title: "",
    decisionProposal: "",
    reasoning: "",
    costCoverageProposal: "",
    representativeName: "",
    representativeContact: "",
    deputyName: "",
    deputyContact: "",
    quorumSource: "number",
    quorum: "",
    eligibleResidents: "",
    notificationDate: "",
    opposesCouncilDecision: false,
    councilDecisionPublishedOn: "",
    collectionStart: "",
    collectionEnd: "",
    municipalityKeys: MUNICIPALITIES.length === 1 ? (MUNICIPALITIES[0]?.key ?? "") : "",
    minimumAge: "18",
    nationalityRule: "eu",
    nationalities: "",
    minimumResidenceMonths: "3",
    credentialTypes: [...supportedCredentialTypes],
    signatureKinds: ["paper"],
  };
}

/** Form values showing a stored petition's content, for editing it. */
export function draftFormValues(content: DraftContent): DraftFormValues {
  const euRule = isEuNationalities(content.rules.nationalities);
  return {
    title: content.title,
    decisionProposal: content.decisionProposal,
    reasoning: content.reasoning,
    costCoverageProposal: content.costCoverageProposal,
    representativeName: content.representative.name,
    representativeContact: content.representative.contact,
    deputyName: content.deputy.name,
    deputyContact: content.deputy.contact,
    quorumSource: content.eligibleResidents === null ? "number" : "eligibleResidents",
    quorum: String(content.quorum),
    eligibleResidents: content.eligibleResidents === null ? "" : String(content.eligibleResidents),
    notificationDate: content.notificationDate,
    opposesCouncilDecision: content.opposesCouncilDecision,
    councilDecisionPublishedOn: content.councilDecisionPublishedOn ?? "",
    collectionStart: content.collectionStart,
    collectionEnd: content.collectionEnd,
    municipalityKeys: content.rules.municipalityKeys.join(", "),
    minimumAge: String(content.rules.minimumAge),
    nationalityRule: euRule ? "eu" : "list",
    nationalities: euRule ? "" : content.rules.nationalities.join(", "),
    minimumResidenceMonths: String(content.rules.minimumResidenceMonths),
    credentialTypes: [...content.rules.credentialTypes],
    signatureKinds: [...content.signatureKinds],
  };
}

/**
 * Read a whole number as people type it: digits, optionally grouped in
 * thousands by dots or spaces as in German ("21.786"); undefined otherwise.
 */
export function parseWholeNumber(input: string): number | undefined {
  const trimmed = input.trim();
  if (!/^(\d+|\d{1,3}([. \u00A0]\d{3})+)$/.test(trimmed)) return undefined;
  const value = Number(trimmed.replace(/[. \u00A0]/g, ""));
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Years a petition's dates may fall in. Deadlines lie up to a year later, which keeps every derived date in four digits. */
const FIRST_PETITION_YEAR = 2000;
const LAST_PETITION_YEAR = 2098;

/**
 * Read a calendar date as a date input sends it (2026-03-15) or as Germans
 * write it (15.03.2026, 15.3.2026). Anything else, a date the calendar
 * lacks such as 30.02.2026, and a year outside 2000 to 2098 give undefined.
 */
export function parseFormDate(input: string): string | undefined {
  const trimmed = input.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const iso = german === null ? trimmed : `${german[3]}-${german[2]?.padStart(2, "0")}-${german[1]?.padStart(2, "0")}`;
  if (!isIsoDate(iso)) return undefined;
  const year = Number(iso.slice(0, 4));
  return year >= FIRST_PETITION_YEAR && year <= LAST_PETITION_YEAR ? iso : undefined;
}

function splitList(input: string): string[] {
  return [...new Set(input.split(/[\s,;]+/).filter((entry) => entry !== ""))];
}

/** Compare names as a person reads them: case, accents written differently and repeated spaces do not make two people. */
function sameName(a: string, b: string): boolean {
  const normalise = (name: string) => name.normalize("NFC").toLocaleLowerCase("de-DE").replace(/\s+/g, " ").trim();
  return normalise(a) === normalise(b);
}

function knownMunicipalities(): string {
  return MUNICIPALITIES.map((municipality) => `${municipality.key} (${municipality.name})`).join(", ");
}

/** Labels of the free-text fields, for messages that name the field they are about. */
export function fieldLabels(m: WorkspaceMessages) {
  const f = m.form;
  return {
    title: f.title.label,
    decisionProposal: f.decisionProposal.label,
    reasoning: f.reasoning.label,
    costCoverageProposal: f.costCoverageProposal.label,
    representativeName: `${f.representative.legend}: ${f.representative.name}`,
    representativeContact: `${f.representative.legend}: ${f.representative.contact}`,
    deputyName: `${f.deputy.legend}: ${f.deputy.name}`,
    deputyContact: `${f.deputy.legend}: ${f.deputy.contact}`,
    notificationDate: f.notificationDate.label,
    councilDecisionPublishedOn: f.councilDecisionPublishedOn.label,
    collectionStart: f.collectionStart.label,
    collectionEnd: f.collectionEnd.label,
  };
}

/** Build the zod schema of the draft form's fields one by one; checks between fields follow in parseDraftForm. */
export function draftFieldsSchema(m: WorkspaceMessages) {
  const e = m.errors;
  const labels = fieldLabels(m);

  const text = (field: keyof typeof DRAFT_TEXT_LIMITS, emptyMessage: string) =>
    z
      .string()
      .transform((value) => value.replace(/\r\n?/g, "\n").trim())
      .pipe(
        z
          .string()
          .min(1, { error: emptyMessage, abort: true })
          .max(DRAFT_TEXT_LIMITS[field], { error: e.tooLong(labels[field], DRAFT_TEXT_LIMITS[field]), abort: true })
          .refine((value) => !HIDDEN_CONTROL_CHARACTER.test(value), { error: e.controlCharacter(labels[field]) }),
      );

  const date = (field: "notificationDate" | "collectionStart" | "collectionEnd") =>
    z.string().transform((value, context) => {
      if (value.trim() === "") {
        context.addIssue({ code: "custom", message: e.dateEmpty(labels[field]) });
        return z.NEVER;
      }
      const parsed = parseFormDate(value);
      if (parsed === undefined) {
        context.addIssue({ code: "custom", message: e.dateInvalid(labels[field]) });
        return z.NEVER;
      }
      return parsed;
    });

  const wholeNumber = (min: number, max: number, emptyMessage: string, rangeMessage: string) =>
    z.string().transform((value, context) => {
      if (value.trim() === "") {
        context.addIssue({ code: "custom", message: emptyMessage });
        return z.NEVER;
      }
      const parsed = parseWholeNumber(value);
      if (parsed === undefined || parsed < min || parsed > max) {
        context.addIssue({ code: "custom", message: rangeMessage });
        return z.NEVER;
      }
      return parsed;
    });

  const municipalityKeys = z.string().transform((value, context) => {
    const keys = splitList(value);
    if (keys.length === 0) context.addIssue({ code: "custom", message: e.municipalityKeysEmpty });
    for (const key of keys) {
      if (!/^\d{8}$/.test(key)) context.addIssue({ code: "custom", message: e.municipalityKeyMalformed(key) });
      else if (municipalityName(key) === undefined) {
        context.addIssue({ code: "custom", message: e.municipalityKeyUnknown(key, knownMunicipalities()) });
      }
    }
    return keys;
  });

  const nationalityList = z.string().transform((value, context) => {
    const codes = splitList(value.toUpperCase());
    if (codes.length === 0) context.addIssue({ code: "custom", message: e.nationalitiesEmpty });
    for (const code of codes) {
      if (!isCountryCode(code)) context.addIssue({ code: "custom", message: e.nationalityUnknown(code) });
    }
    return codes;
  });

  const choices = <T extends string>(allowed: (value: string) => value is T, emptyMessage: string, unknownMessage: string) =>
    z
      .array(z.string())
      .refine((values) => values.length > 0, { error: emptyMessage, abort: true })
      .refine((values) => values.every(allowed), { error: unknownMessage })
      .transform((values) => [...new Set(values)] as T[]);

  return {
    title: text("title", e.titleEmpty),
    decisionProposal: text("decisionProposal", e.decisionProposalEmpty).refine(isYesNoQuestion, {
      error: e.decisionProposalNotAQuestion,
    }),
    reasoning: text("reasoning", e.reasoningEmpty),
    costCoverageProposal: text("costCoverageProposal", e.costCoverageProposalEmpty),
    representativeName: text("representativeName", e.representativeNameEmpty),
    representativeContact: text("representativeContact", e.representativeContactEmpty),
    deputyName: text("deputyName", e.deputyNameEmpty),
    deputyContact: text("deputyContact", e.deputyContactEmpty),
    quorumSource: z.enum(["number", "eligibleResidents"], { error: e.quorumSource }),
    quorum: wholeNumber(1, MAX_QUORUM, e.quorumEmpty, e.quorumNotPositive),
    eligibleResidents: wholeNumber(1, MAX_ELIGIBLE_RESIDENTS, e.eligibleResidentsEmpty, e.eligibleResidentsNotPositive),
    notificationDate: date("notificationDate"),
    councilDecisionPublishedOn: z.string().transform((value, context) => {
      const parsed = value.trim() === "" ? undefined : parseFormDate(value);
      if (parsed === undefined) {
        context.addIssue({
          code: "custom",
          message: value.trim() === "" ? e.councilDecisionDateEmpty : e.dateInvalid(labels.councilDecisionPublishedOn),
        });
        return z.NEVER;
      }
      return parsed;
    }),
    collectionStart: date("collectionStart"),
    collectionEnd: date("collectionEnd"),
    municipalityKeys,
    minimumAge: wholeNumber(LOWEST_MINIMUM_AGE, HIGHEST_MINIMUM_AGE, e.minimumAge, e.minimumAge),
    nationalityRule: z.enum(["eu", "list"], { error: e.nationalityRule }),
    nationalities: nationalityList,
    minimumResidenceMonths: wholeNumber(0, 120, e.minimumResidenceMonths, e.minimumResidenceMonths),
    credentialTypes: choices((value): value is string => isSupportedCredentialType(value), e.credentialTypesEmpty, e.credentialTypeUnknown),
    signatureKinds: choices(
      (value): value is SignatureKind => (SIGNATURE_KINDS as readonly string[]).includes(value),
      e.signatureKindsEmpty,
      e.signatureKindUnknown,
    ),
  };
}

type FieldSchemas = ReturnType<typeof draftFieldsSchema>;
type ParsedFields = { [K in keyof FieldSchemas]?: z.output<FieldSchemas[K]> };

/**
 * Validate the draft form, collecting every problem with the field it
 * belongs to, in the catalogue's language. Fields that the choices made
 * irrelevant are skipped: the quorum number when it comes from the residents,
 * the decision date when the petition opposes none, the country codes when
 * the EU rule applies. Checks between fields run only when the fields
 * involved are valid themselves, so one mistake gives one message.
 */
export function parseDraftForm(values: DraftFormValues, messages: WorkspaceMessages): DraftFormResult {
  const schemas = draftFieldsSchema(messages);
  const e = messages.errors;
  const problems: DraftProblem[] = [];
  const parsed: ParsedFields = {};

  const skipped = new Set<DraftField>();
  if (values.quorumSource === "eligibleResidents") skipped.add("quorum");
  else skipped.add("eligibleResidents");
  if (!values.opposesCouncilDecision) skipped.add("councilDecisionPublishedOn");
  if (values.nationalityRule !== "list") skipped.add("nationalities");

  for (const field of Object.keys(schemas) as (keyof FieldSchemas)[]) {
    if (skipped.has(field)) continue;
    const result = schemas[field].safeParse(values[field]);
    if (result.success) (parsed as Record<string, unknown>)[field] = result.data;
    else for (const issue of result.error.issues) problems.push({ field, message: issue.message });
  }

  const { representativeName, deputyName, notificationDate, councilDecisionPublishedOn, collectionStart, collectionEnd } = parsed;
  if (representativeName !== undefined && deputyName !== undefined && sameName(representativeName, deputyName)) {
    problems.push({ field: "deputyName", message: e.deputySameAsRepresentative });
  }
  if (notificationDate !== undefined && councilDecisionPublishedOn !== undefined && councilDecisionPublishedOn > notificationDate) {
    problems.push({ field: "councilDecisionPublishedOn", message: e.councilDecisionAfterNotification });
  }
  if (notificationDate !== undefined && collectionStart !== undefined && collectionStart < notificationDate) {
    problems.push({ field: "collectionStart", message: e.startBeforeNotification(notificationDate) });
  }
  if (collectionStart !== undefined && collectionEnd !== undefined && collectionEnd < collectionStart) {
    problems.push({ field: "collectionEnd", message: e.endBeforeStart(collectionStart) });
  }
  const deadlineKnown = notificationDate !== undefined && (!values.opposesCouncilDecision || councilDecisionPublishedOn !== undefined);
  if (deadlineKnown && collectionEnd !== undefined) {
    const deadline = submissionDeadline({
      notificationDate,
      opposesCouncilDecision: values.opposesCouncilDecision,
      councilDecisionPublishedOn: councilDecisionPublishedOn ?? null,
    });
    if (collectionEnd > deadline.lastDay) {
      problems.push({ field: "collectionEnd", message: e.endAfterDeadline(deadline.lastDay, deadline.rule) });
    }
  }

  if (problems.length > 0) return { ok: false, problems: sortByForm(problems, Object.keys(values) as DraftField[]) };
  return { ok: true, value: toDraftContent(values, parsed as Required<ParsedFields>) };
}

/**
 * List the free-text fields whose typed text differs from a stored draft's,
 * ignoring line-break style and white space around the text, as saving does.
 */
export function changedTextFields(typed: DraftFormValues, stored: DraftFormValues): (keyof typeof DRAFT_TEXT_LIMITS)[] {
  const normalise = (value: string) => value.replace(/\r\n?/g, "\n").trim();
  return (Object.keys(DRAFT_TEXT_LIMITS) as (keyof typeof DRAFT_TEXT_LIMITS)[]).filter((field) => normalise(typed[field]) !== normalise(stored[field]));
}

/** Order problems as their fields appear in the form, so the summary reads top to bottom. */
function sortByForm(problems: DraftProblem[], order: DraftField[]): DraftProblem[] {
  return [...problems].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

function toDraftContent(values: DraftFormValues, fields: Required<ParsedFields>): DraftContent {
  const fromResidents = fields.quorumSource === "eligibleResidents";
  return {
    title: fields.title,
    decisionProposal: fields.decisionProposal,
    reasoning: fields.reasoning,
    costCoverageProposal: fields.costCoverageProposal,
    representative: { name: fields.representativeName, contact: fields.representativeContact },
    deputy: { name: fields.deputyName, contact: fields.deputyContact },
    quorum: fromResidents ? quorumForEligibleResidents(fields.eligibleResidents) : fields.quorum,
    eligibleResidents: fromResidents ? fields.eligibleResidents : null,
    notificationDate: fields.notificationDate,
    opposesCouncilDecision: values.opposesCouncilDecision,
    councilDecisionPublishedOn: values.opposesCouncilDecision ? fields.councilDecisionPublishedOn : null,
    collectionStart: fields.collectionStart,
    collectionEnd: fields.collectionEnd,
    signatureKinds: fields.signatureKinds,
    rules: {
      municipalityKeys: fields.municipalityKeys,
      minimumAge: fields.minimumAge,
      nationalities: fields.nationalityRule === "eu" ? [...EU_NATIONALITIES] : fields.nationalities,
      minimumResidenceMonths: fields.minimumResidenceMonths,
      credentialTypes: fields.credentialTypes,
    },
  };
}
