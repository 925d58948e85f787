import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { activationCodes } from "../db/schema";
import { addDays } from "../petitions/collection-period";
import { canonicalIdentityKey } from "../signing/canonical-identity";
import { residentKey } from "../signing/resident-key";
import { weakResidentKey } from "../signing/weak-identity-key";
import { generateActivationCode, hashActivationVerifier, parseActivationCode } from "./activation-code";
import { citizenshipOf, eligibilityFactsOf } from "./eligibility-facts";
import { isoDate } from "./register-csv";
import { isNationalityCode, municipalityKeyProblem } from "./register-values";

/** Days an activation code printed at the citizens' office stays valid: long enough to set up a passkey at home. */
export const IN_PERSON_CODE_VALID_DAYS = 14;
const MAX_TEXT_LENGTH = 200;

/** The form staff fill in from the population register after checking the identity card, as typed. */
export type InPersonForm = {
  familyName: string;
  givenNames: string;
  birthDate: string;
  placeOfBirth: string;
  municipalityKey: string;
  mainResidenceSince: string;
  nationalities: string;
  minimumAge: string;
};

export type InPersonProblem =
  | "missing"
  | "tooLong"
  | "controlCharacter"
  | "invalidDate"
  | "futureDate"
  | "invalidMunicipalityKey"
  | "unknownMunicipalityKey"
  | "invalidNationality"
  | "notEuCitizen"
  | "invalidMinimumAge";

export type InPersonProblems = Partial<Record<keyof InPersonForm, InPersonProblem>>;

export type IssuedCode = { code: string; expiresOn: string };

/**
 * Check the register data of a resident present at the citizens' office,
 * store a one-time activation code for their resident key, weak resident key
 * and eligibility facts, and return the code to print. The names, birth date
 * and place of birth derive both keys and are then dropped: the stored row is the
 * same as an uploaded letter row. An audit entry without personal data is
 * written in the same transaction.
 */
export async function issueInPersonCode(
  context: { database: Database; serverSecret: Buffer },
  input: { form: InPersonForm; actorId: string; today: string },
): Promise<{ ok: true; value: IssuedCode } | { ok: false; problems: InPersonProblems }> {
  const checked = checkInPersonForm(input.form, input.today);
  if ("problems" in checked) return { ok: false, problems: checked.problems };
  const { identity, register, minimumAge } = checked;

  const facts = eligibilityFactsOf(register, minimumAge);
  if (facts === undefined) return { ok: false, problems: { nationalities: "notEuCitizen" } };
  const key = residentKey(context.serverSecret, canonicalIdentityKey(identity));
  const weakKey = weakResidentKey(context.serverSecret, identity);
  const expiresOn = addDays(input.today, IN_PERSON_CODE_VALID_DAYS);

  // A new selector matches a stored one with a chance of (stored codes) / 2^40; then another code is drawn.
  for (;;) {
    const code = generateActivationCode();
    const { selector, verifier } = parseActivationCode(code)!;
    const stored = await context.database.db.transaction(async (tx) => {
      const inserted = await tx
        .insert(activationCodes)
        .values({ selector, verifierHash: hashActivationVerifier(verifier), residentKey: key, weakResidentKey: weakKey, facts, source: "in_person", expiresOn, createdBy: input.actorId })
        .onConflictDoNothing({ target: activationCodes.selector })
        .returning({ selector: activationCodes.selector });
      if (inserted.length === 0) return false;
      await recordAudit(tx, { actorId: input.actorId, action: "activation_codes.issued_in_person", details: { selector } });
      return true;
    });
    if (stored) return { ok: true, value: { code, expiresOn } };
  }
}

type CheckedForm =
  | {
      identity: { familyName: string; givenNames: string; birthDate: string; placeOfBirth: string };
      register: { municipalityKey: string; mainResidenceSince: string; birthDate: string; nationalities: string[] };
      minimumAge: number;
    }
  | { problems: InPersonProblems };

function checkInPersonForm(form: InPersonForm, today: string): CheckedForm {
  const problems: InPersonProblems = {};
  const text = (field: "familyName" | "givenNames" | "placeOfBirth"): string => {
    const value = form[field].normalize("NFC").trim();
    if (value === "") problems[field] = "missing";
    else if (value.length > MAX_TEXT_LENGTH) problems[field] = "tooLong";
    else if (/\p{Cc}/u.test(value)) problems[field] = "controlCharacter";
    return value;
  };
  const pastDate = (field: "birthDate" | "mainResidenceSince"): string => {
    const value = form[field].trim();
    if (value === "") {
      problems[field] = "missing";
      return "";
    }
    const date = isoDate(value);
    if (date === undefined) problems[field] = "invalidDate";
    else if (date > today) problems[field] = "futureDate";
    return date ?? "";
  };

  const familyName = text("familyName");
  const givenNames = text("givenNames");
  const placeOfBirth = text("placeOfBirth");
  const birthDate = pastDate("birthDate");
  const mainResidenceSince = pastDate("mainResidenceSince");
  const municipalityKey = form.municipalityKey.trim();
  const municipalityKeyFault = municipalityKey === "" ? "missing" : municipalityKeyProblem(municipalityKey);
  if (municipalityKeyFault !== undefined) problems.municipalityKey = municipalityKeyFault;
  const nationalities = [...new Set(form.nationalities.toUpperCase().split(/[\s,/]+/).filter((code) => code !== ""))];
  if (nationalities.length === 0) problems.nationalities = "missing";
  else if (!nationalities.every(isNationalityCode)) problems.nationalities = "invalidNationality";
  else if (citizenshipOf(nationalities) === undefined) problems.nationalities = "notEuCitizen";
  const minimumAge = /^\d{2}$/.test(form.minimumAge.trim()) ? Number(form.minimumAge.trim()) : Number.NaN;
  if (!(minimumAge >= 16 && minimumAge <= 99)) problems.minimumAge = "invalidMinimumAge";

  if (Object.keys(problems).length > 0) return { problems };
  return {
    identity: { familyName, givenNames, birthDate, placeOfBirth },
    register: { municipalityKey, mainResidenceSince, birthDate, nationalities },
    minimumAge,
  };
}
