/**
 * ISO 3166-1 alpha-2 codes of the 27 EU member states, the nationalities a
 * Saxon petition accepts by default (German citizens and citizens of the
 * other member states). Greece is GR here: EU documents write EL, but
 * credentials use ISO 3166-1.
 */
export const EU_NATIONALITIES = [
  "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
  "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
] as const;

/** Check whether a list of nationalities is exactly the EU-27, in any order. */
export function isEuNationalities(nationalities: readonly string[]): boolean {
  const given = new Set(nationalities);
  return given.size === EU_NATIONALITIES.length && EU_NATIONALITIES.every((code) => given.has(code));
}
