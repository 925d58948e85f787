import { MUNICIPALITIES, type Municipality } from "./municipalities";

const byKey = new Map<string, Municipality>(MUNICIPALITIES.map((municipality) => [municipality.key, municipality]));
const keyByPostalCode = new Map<string, string>();
const sharedPostalCodes = new Set(MUNICIPALITIES.flatMap((municipality) => municipality.sharedPostalCodes));
for (const municipality of MUNICIPALITIES) {
  for (const postalCode of municipality.postalCodes) {
    const other = keyByPostalCode.get(postalCode);
    if (other !== undefined) throw new Error(`postal code ${postalCode} is listed for both ${other} and ${municipality.key}`);
    keyByPostalCode.set(postalCode, municipality.key);
  }
}

/** Name of a known municipality by its AGS, e.g. "Dresden" for 14612000. */
export function municipalityName(ags: string): string | undefined {
  return byKey.get(ags)?.name;
}

/**
 * The AGS of the municipality a German postal code lies in; undefined for an
 * unknown code and for a code shared between municipalities.
 */
export function municipalityKeyForPostalCode(postalCode: string): string | undefined {
  return keyByPostalCode.get(postalCode.trim());
}

/** Check whether the platform ships the postal codes of this municipality, so an address elsewhere proves residence outside it. */
export function isKnownMunicipality(ags: string): boolean {
  return byKey.has(ags);
}

/**
 * Check whether a German postal code lies wholly outside every municipality
 * the platform knows: it is in no table, not even as a code shared with a
 * neighbour.
 */
export function isPostalCodeOutsideKnownMunicipalities(postalCode: string): boolean {
  const trimmed = postalCode.trim();
  return !keyByPostalCode.has(trimmed) && !sharedPostalCodes.has(trimmed);
}
