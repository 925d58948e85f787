import { isPostalCodeOutsideKnownMunicipalities, municipalityKeyForPostalCode } from "../municipalities/lookup-municipality";
import { err, ok, type Result } from "../result";
import { isJsonObject } from "./compact-jws";

export type ClaimFailure = "CLAIMS_MISSING" | "CLAIMS_INVALID";

/** Read a required non-empty string claim, trimmed. */
export function requiredString(claims: Record<string, unknown>, name: string): Result<string, ClaimFailure> {
  const value = claims[name];
  if (value === undefined || value === null) return err("CLAIMS_MISSING");
  if (typeof value !== "string" || value.trim() === "") return err("CLAIMS_INVALID");
  return ok(value.trim());
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Check whether the value is a real calendar date written YYYY-MM-DD (ISO 8601 full-date). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function requiredDate(claims: Record<string, unknown>, name: string): Result<string, ClaimFailure> {
  const value = claims[name];
  if (value === undefined || value === null) return err("CLAIMS_MISSING");
  return isCalendarDate(value) ? ok(value) : err("CLAIMS_INVALID");
}

export function optionalDate(claims: Record<string, unknown>, name: string): Result<string | undefined, ClaimFailure> {
  const value = claims[name];
  if (value === undefined || value === null) return ok(undefined);
  return isCalendarDate(value) ? ok(value) : err("CLAIMS_INVALID");
}

/**
 * Read the locality of place_of_birth ({locality, region, country}). It is
 * undefined when the object names only a region or a country, because a
 * locality is what the identity key matches across channels.
 *
 * NOTE: Where an issuer makes the locality disclosable on its own, a holder
 * can withhold it and sign a second time under another nullifier. Such a
 * signature is provisional (identity unproven) and counted apart, but the
 * election office can only find the twin once encrypted evidence is stored
 * for provisional signatures.
 */
export function placeOfBirthLocality(claims: Record<string, unknown>): Result<string | undefined, ClaimFailure> {
  const place = claims.place_of_birth;
  if (place === undefined || place === null) return err("CLAIMS_MISSING");
  if (!isJsonObject(place)) return err("CLAIMS_INVALID");
  const locality = place.locality;
  if (locality === undefined || locality === null) return ok(undefined);
  if (typeof locality !== "string") return err("CLAIMS_INVALID");
  return ok(locality.trim() === "" ? undefined : locality.trim());
}

const ALPHA_2 = /^[A-Za-z]{2}$/;

/** nationalities as upper-case ISO 3166-1 alpha-2 codes; empty when the claim was not disclosed. */
export function nationalities(claims: Record<string, unknown>): Result<string[], ClaimFailure> {
  const value = claims.nationalities;
  if (value === undefined || value === null) return ok([]);
  if (!Array.isArray(value) || !value.every((code) => typeof code === "string" && ALPHA_2.test(code))) {
    return err("CLAIMS_INVALID");
  }
  return ok([...new Set(value.map((code: string) => code.toUpperCase()))]);
}

const AGS = /^\d{8}$/;

export function optionalMunicipalityKey(claims: Record<string, unknown>, name: string): Result<string | undefined, ClaimFailure> {
  const value = claims[name];
  if (value === undefined || value === null) return ok(undefined);
  return typeof value === "string" && AGS.test(value) ? ok(value) : err("CLAIMS_INVALID");
}

const GERMAN_POSTAL_CODE = /^\d{5}$/;

/**
 * Municipality of residence as an address shows it: the key derived
 * from address.postal_code through the shipped postal code table, or that
 * the address lies outside every municipality the platform knows (abroad, or
 * a German postal code in no table). Both stay unset without an address, for
 * a malformed postal code and for a code shared between municipalities.
 */
export type AddressMunicipality = { municipalityKey: string | undefined; outsideKnownMunicipalities: boolean };

export function municipalityFromAddress(claims: Record<string, unknown>): Result<AddressMunicipality, ClaimFailure> {
  const unknown = { municipalityKey: undefined, outsideKnownMunicipalities: false };
  const address = claims.address;
  if (address === undefined || address === null) return ok(unknown);
  if (!isJsonObject(address)) return err("CLAIMS_INVALID");
  const country = address.country;
  if (country !== undefined && country !== null && typeof country !== "string") return err("CLAIMS_INVALID");
  if (typeof country === "string" && country.trim() !== "" && country.trim().toUpperCase() !== "DE") {
    return ok({ municipalityKey: undefined, outsideKnownMunicipalities: true });
  }
  const postalCode = address.postal_code;
  if (postalCode === undefined || postalCode === null) return ok(unknown);
  if (typeof postalCode !== "string") return err("CLAIMS_INVALID");
  const trimmed = postalCode.trim();
  if (!GERMAN_POSTAL_CODE.test(trimmed)) return ok(unknown);
  const municipalityKey = municipalityKeyForPostalCode(trimmed);
  return ok({ municipalityKey, outsideKnownMunicipalities: municipalityKey === undefined && isPostalCodeOutsideKnownMunicipalities(trimmed) });
}
