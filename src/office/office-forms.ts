import { z } from "zod";
import type { Messages } from "../i18n/messages";
import { parseFormDate, parseWholeNumber } from "../petitions/draft-form";
import { HIDDEN_CONTROL_CHARACTER } from "../petitions/petition-input";
import { PAPER_LINE_FIELDS, type PaperLineForm } from "../review/paper-line-form";

/** A form body as Hono's parseBody returns it. */
export type FormBody = Record<string, string | File | (string | File)[]>;

/** One problem of a submitted form, with the name of the field it belongs to. */
export type FormProblem<Field extends string> = { field: Field; message: string };

export type FormResult<Value, Field extends string> = { ok: true; value: Value } | { ok: false; problems: FormProblem<Field>[] };

type AdmissibilityMessages = Messages["admissibility"];

/** Longest value kept of a paper line field; readPaperLine rejects anything over 200 characters anyway. */
const MAX_PAPER_FIELD_CHARACTERS = 1000;

/** Read the fields of a paper line from a form body, each cut to MAX_PAPER_FIELD_CHARACTERS. */
export function paperLineFormOf(body: FormBody): PaperLineForm {
  return Object.fromEntries(PAPER_LINE_FIELDS.map((field) => [field, formText(body, field).slice(0, MAX_PAPER_FIELD_CHARACTERS)])) as PaperLineForm;
}

/** Read one text field of a form body; a missing field or a file reads as empty. */
export function formText(body: FormBody, name: string): string {
  const value = body[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : "";
}

/** Collect the issues of each field's schema as problems, or return every parsed value. */
export function parseFields<Schemas extends Record<string, z.ZodType>>(
  schemas: Schemas,
  values: { [K in keyof Schemas]: string },
): FormResult<{ [K in keyof Schemas]: z.output<Schemas[K]> }, Extract<keyof Schemas, string>> {
  const problems: FormProblem<Extract<keyof Schemas, string>>[] = [];
  const parsed: Record<string, unknown> = {};
  for (const field of Object.keys(schemas) as Extract<keyof Schemas, string>[]) {
    const result = schemas[field]!.safeParse(values[field]);
    if (result.success) parsed[field] = result.data;
    else for (const issue of result.error.issues) problems.push({ field, message: issue.message });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed as { [K in keyof Schemas]: z.output<Schemas[K]> } };
}

/**
 * Schema of a date field that must be a real calendar date, written as a
 * date input sends it or the German way, and no later than `today`.
 */
export function pastDate(m: AdmissibilityMessages, label: string, emptyMessage: string, today: string) {
  return z.string().transform((value, context) => {
    if (value.trim() === "") {
      context.addIssue({ code: "custom", message: emptyMessage });
      return z.NEVER;
    }
    const parsed = parseFormDate(value);
    if (parsed === undefined) {
      context.addIssue({ code: "custom", message: m.errors.dateInvalid(label) });
      return z.NEVER;
    }
    if (parsed > today) {
      context.addIssue({ code: "custom", message: m.errors.dateInFuture(label, today) });
      return z.NEVER;
    }
    return parsed;
  });
}

/** Schema of a whole number from `min` to `max`, typed with or without German thousands separators. */
export function wholeNumber(emptyMessage: string, invalidMessage: string, min: number, max: number) {
  return z.string().transform((value, context) => {
    if (value.trim() === "") {
      context.addIssue({ code: "custom", message: emptyMessage });
      return z.NEVER;
    }
    const parsed = parseWholeNumber(value);
    if (parsed === undefined || parsed < min || parsed > max) {
      context.addIssue({ code: "custom", message: invalidMessage });
      return z.NEVER;
    }
    return parsed;
  });
}

/** Schema of a single- or multi-line text of at most `max` characters without hidden control characters; empty allowed unless emptyMessage is given. */
export function plainText(options: { max: number; tooLong: string; controlCharacter: string; emptyMessage?: string }) {
  return z
    .string()
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(options.emptyMessage === undefined ? 0 : 1, { error: options.emptyMessage ?? "", abort: true })
        .max(options.max, { error: options.tooLong, abort: true })
        .refine((value) => !HIDDEN_CONTROL_CHARACTER.test(value.replace(/\n/g, "")), { error: options.controlCharacter }),
    );
}
