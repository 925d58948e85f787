import { isKnownMunicipality } from "../municipalities/lookup-municipality";

/** Longest time an activation code may stay valid, in days: for letters and for uploaded code files alike. */
export const MAX_CODE_VALID_DAYS = 730;

const MUNICIPALITY_KEY = /^\d{8}$/;
const TWO_LETTERS = /^[A-Z]{2}$/;

/**
 * Region codes Intl gives a name although no person holds them as a
 * nationality: groupings (EU, EZ, UN, QO), "unknown" (ZZ) and the codes
 * ISO 3166 reserves for territories outside its list (AC, CP, DG, EA, IC, TA).
 */
const NOT_A_NATIONALITY = new Set(["EU", "EZ", "UN", "QO", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA"]);
const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** How a municipality key (AGS) from the register fails, if it does: not eight digits, or no municipality the platform knows. */
export function municipalityKeyProblem(key: string): "invalidMunicipalityKey" | "unknownMunicipalityKey" | undefined {
  if (!MUNICIPALITY_KEY.test(key)) return "invalidMunicipalityKey";
  return isKnownMunicipality(key) ? undefined : "unknownMunicipalityKey";
}

/**
 * Check an upper-case ISO 3166-1 alpha-2 country code, such as DE or PL.
 * XK passes: German registers record Kosovar citizens with it.
 */
export function isNationalityCode(code: string): boolean {
  return TWO_LETTERS.test(code) && !NOT_A_NATIONALITY.has(code) && regionNames.of(code) !== undefined;
}
