import { EU_NATIONALITIES } from "../petitions/eu-nationalities";
import { dateOfReachingAge } from "../petitions/eligibility";

/**
 * Facts the platform keeps about a resident proven eligible once, by
 * activation letter, in person or by wallet: no name, no address, no birth
 * date, only the facts the petitions' rules ask about.
 */
export type EligibilityFacts = {
  /** Municipality key (AGS, 8 digits) of the main residence. */
  municipalityKey: string;
  /** Date since which the main residence is in that municipality, YYYY-MM-DD. */
  mainResidenceSince: string;
  /** First date on which the resident has reached minimumAge, YYYY-MM-DD. */
  reachesMinimumAgeOn: string;
  minimumAge: number;
  /** DE for German citizens (whatever other nationalities they hold), EU for citizens of another member state only. */
  citizenship: "DE" | "EU";
};

/** Input a register row or an in-person check gives: the birth date is used here and then dropped. */
export type RegisterFacts = { municipalityKey: string; mainResidenceSince: string; birthDate: string; nationalities: readonly string[] };

/** Classify nationality codes (ISO 3166-1 alpha-2, any case): DE wins over another EU nationality, and undefined means neither. */
export function citizenshipOf(nationalities: readonly string[]): EligibilityFacts["citizenship"] | undefined {
  const codes = nationalities.map((code) => code.toUpperCase());
  const eu: readonly string[] = EU_NATIONALITIES;
  if (codes.includes("DE")) return "DE";
  return codes.some((code) => eu.includes(code)) ? "EU" : undefined;
}

/**
 * Derive the stored facts from register data. Returns undefined for a
 * resident who is neither German nor an EU citizen, who may not sign a
 * citizens' initiative and gets no letter.
 */
export function eligibilityFactsOf(register: RegisterFacts, minimumAge: number): EligibilityFacts | undefined {
  const citizenship = citizenshipOf(register.nationalities);
  if (citizenship === undefined) return undefined;
  return {
    municipalityKey: register.municipalityKey,
    mainResidenceSince: register.mainResidenceSince,
    reachesMinimumAgeOn: dateOfReachingAge(register.birthDate, minimumAge),
    minimumAge,
    citizenship,
  };
}
