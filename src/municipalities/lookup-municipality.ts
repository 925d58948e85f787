import { MUNICIPALITIES, type Municipality } from "./municipalities";

const byKey = new Map<string, Municipality>(MUNICIPALITIES.map((municipality) => [municipality.key, municipality]));
const keyByPostalCode = new Map<string, string>();
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
