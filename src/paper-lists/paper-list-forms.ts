import { z } from "zod";
import type { Messages } from "../i18n/messages";
import { type FormBody, type FormResult, formText, parseFields, wholeNumber } from "../office/office-forms";
import { LINES_PER_SHEET, MAX_SHEET_NUMBER, MAX_SHEETS_PER_DOWNLOAD, MAX_SHEETS_PER_ENTRY } from "./sheet-limits";
import { parseSheetNumbers, type SheetRange } from "./sheet-numbers";

type PaperListMessages = Messages["paperLists"];

export type DownloadFormValues = { sheetCount: string; firstSheet: string };
export type DownloadField = keyof DownloadFormValues;

export type SheetsFormValues = { sheets: string; signatureCount: string };
export type SheetsField = keyof SheetsFormValues;

/** Read the download form's fields; missing fields read as empty. */
export function readDownloadForm(body: FormBody): DownloadFormValues {
  return { sheetCount: formText(body, "sheetCount"), firstSheet: formText(body, "firstSheet") };
}

/**
 * Validate the download form: 1 to MAX_SHEETS_PER_DOWNLOAD sheets from a
 * first number of at least 1, with the last number at most MAX_SHEET_NUMBER.
 */
export function parseDownloadForm(values: DownloadFormValues, m: PaperListMessages): FormResult<SheetRange, DownloadField> {
  const e = m.errors;
  const parsed = parseFields(
    {
      sheetCount: wholeNumber(e.sheetCountEmpty, e.sheetCountInvalid(MAX_SHEETS_PER_DOWNLOAD), 1, MAX_SHEETS_PER_DOWNLOAD),
      firstSheet: wholeNumber(e.firstSheetEmpty, e.firstSheetInvalid(MAX_SHEET_NUMBER), 1, MAX_SHEET_NUMBER),
    },
    values,
  );
  if (!parsed.ok) return parsed;

  const last = parsed.value.firstSheet + parsed.value.sheetCount - 1;
  if (last > MAX_SHEET_NUMBER) return { ok: false, problems: [{ field: "sheetCount", message: e.lastSheetTooHigh(MAX_SHEET_NUMBER) }] };
  return { ok: true, value: { first: parsed.value.firstSheet, last } };
}

/** Read the form for sheets handed in; missing fields read as empty. */
export function readSheetsForm(body: FormBody): SheetsFormValues {
  return { sheets: formText(body, "sheets"), signatureCount: formText(body, "signatureCount") };
}

/** Schema of the signature count of one sheet: 0 to LINES_PER_SHEET. */
export function signatureCountSchema(m: PaperListMessages) {
  return wholeNumber(m.errors.signatureCountEmpty, m.errors.signatureCountInvalid(LINES_PER_SHEET), 0, LINES_PER_SHEET);
}

/**
 * Validate the form for sheets handed in: sheet numbers and ranges that
 * name at most MAX_SHEETS_PER_ENTRY sheets, and a signature count within the
 * lines of a sheet. Whether the sheets were issued and are new is the verb's check.
 */
export function parseSheetsForm(values: SheetsFormValues, m: PaperListMessages): FormResult<{ sheets: number[]; signatureCount: number }, SheetsField> {
  const e = m.errors;
  return parseFields(
    {
      sheets: z.string().transform((value, context) => {
        const parsed = parseSheetNumbers(value, MAX_SHEETS_PER_ENTRY);
        if (parsed.ok) return parsed.sheets;
        const problem = parsed.problem;
        let message = e.sheetsEmpty;
        if (problem.kind === "invalid") message = e.sheetsInvalid(problem.part);
        else if (problem.kind === "reversed") message = e.rangeReversed(problem.part);
        else if (problem.kind === "tooMany") message = e.tooManySheets(MAX_SHEETS_PER_ENTRY);
        context.addIssue({ code: "custom", message });
        return z.NEVER;
      }),
      signatureCount: signatureCountSchema(m),
    },
    values,
  );
}
