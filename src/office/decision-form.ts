import { z } from "zod";
import type { Messages } from "../i18n/messages";
import type { DecisionInput } from "../petitions/admissibility-decision";
import { type FormBody, type FormResult, formText, parseFields, pastDate, plainText } from "./office-forms";

/** Maximum length of a file reference (Aktenzeichen), in characters. */
export const MAX_REFERENCE_LENGTH = 100;
/** Maximum length of the note on a decision, in characters. */
export const MAX_NOTE_LENGTH = 2000;

export type DecisionFormValues = { admissible: string; decidedOn: string; reference: string; note: string };
export type DecisionField = keyof DecisionFormValues;

/** Read the admissibility decision form's fields from a parsed body; missing fields read as empty. */
export function readDecisionForm(body: FormBody): DecisionFormValues {
  return {
    admissible: formText(body, "admissible"),
    decidedOn: formText(body, "decidedOn"),
    reference: formText(body, "reference"),
    note: formText(body, "note"),
  };
}

/** Form values showing a recorded decision, for its correction. */
export function decisionFormValues(decision: DecisionInput): DecisionFormValues {
  return { admissible: decision.admissible ? "yes" : "no", decidedOn: decision.decidedOn, reference: decision.reference, note: decision.note };
}

/**
 * Validate the admissibility decision form: yes or no chosen, a real
 * decision date no later than `today`, a file reference and an optional note
 * within their lengths. The check against the submission date is the verb's.
 */
export function parseDecisionForm(values: DecisionFormValues, m: Messages["admissibility"], today: string): FormResult<DecisionInput, DecisionField> {
  const e = m.errors;
  const f = m.decisionForm;
  return parseFields(
    {
      admissible: z.string().transform((value, context) => {
        if (value === "yes" || value === "no") return value === "yes";
        context.addIssue({ code: "custom", message: e.admissibleMissing });
        return z.NEVER;
      }),
      decidedOn: pastDate(m, f.decidedOn.label, e.decidedOnEmpty, today),
      reference: plainText({
        max: MAX_REFERENCE_LENGTH,
        tooLong: e.referenceTooLong(MAX_REFERENCE_LENGTH),
        controlCharacter: e.controlCharacter(f.reference.label),
        emptyMessage: e.referenceEmpty,
      }),
      note: plainText({ max: MAX_NOTE_LENGTH, tooLong: e.noteTooLong(MAX_NOTE_LENGTH), controlCharacter: e.controlCharacter(f.note.label) }),
    },
    values,
  );
}
