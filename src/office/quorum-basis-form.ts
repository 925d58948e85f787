import type { Messages } from "../i18n/messages";
import { type FormBody, type FormResult, formText, parseFields, pastDate, wholeNumber } from "./office-forms";

/**
 * Largest number of eligible residents the office can enter: more than any
 * German municipality has inhabitants (Berlin has about 3.9 million), so
 * only typing mistakes are rejected.
 */
export const MAX_ELIGIBLE_RESIDENTS = 5_000_000;

export type QuorumBasisFormValues = { eligibleResidents: string; referenceDate: string };
export type QuorumBasisField = keyof QuorumBasisFormValues;

/** Read the quorum basis form's fields from a parsed body; missing fields read as empty. */
export function readQuorumBasisForm(body: FormBody): QuorumBasisFormValues {
  return { eligibleResidents: formText(body, "eligibleResidents"), referenceDate: formText(body, "referenceDate") };
}

/**
 * Validate the quorum basis form: the number of eligible residents is a
 * whole number from 1 to MAX_ELIGIBLE_RESIDENTS, and the reference date a
 * real date no later than `today` (YYYY-MM-DD, Berlin).
 */
export function parseQuorumBasisForm(
  values: QuorumBasisFormValues,
  m: Messages["admissibility"],
  today: string,
): FormResult<{ eligibleResidents: number; referenceDate: string }, QuorumBasisField> {
  const e = m.errors;
  return parseFields(
    {
      eligibleResidents: wholeNumber(e.eligibleResidentsEmpty, e.eligibleResidentsInvalid(MAX_ELIGIBLE_RESIDENTS), 1, MAX_ELIGIBLE_RESIDENTS),
      referenceDate: pastDate(m, m.quorumForm.referenceDate.label, e.referenceDateEmpty, today),
    },
    values,
  );
}
