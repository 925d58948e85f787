import type { IdentityAttributes } from "../credentials/identity-attributes";
import { err, ok, type Result } from "../result";
import { type EligibilityFacts, eligibilityFactsOf } from "./eligibility-facts";

/**
 * Why a verified credential cannot bind a passkey: a fact it leaves open, a
 * place of birth without a locality, or a nationality that is neither German
 * nor of another EU member state.
 */
export type BindingRejection =
  | "PLACE_OF_BIRTH_UNPROVEN"
  | "MUNICIPALITY_UNPROVEN"
  | "RESIDENCE_UNPROVEN"
  | "NATIONALITY_UNPROVEN"
  | "NATIONALITY_NOT_ELIGIBLE";

export const BINDING_REJECTIONS: readonly BindingRejection[] = [
  "PLACE_OF_BIRTH_UNPROVEN",
  "MUNICIPALITY_UNPROVEN",
  "RESIDENCE_UNPROVEN",
  "NATIONALITY_UNPROVEN",
  "NATIONALITY_NOT_ELIGIBLE",
];

/**
 * Derive the facts a passkey account stores from a verified credential,
 * the same facts as an uploaded letter row. Signatures made with the passkey
 * count these facts as proven, so the credential must state every one of
 * them instead of leaving a rule to the election office.
 *
 * The place of birth must be a locality as well. Without one the resident
 * key cannot match the key the population register gives the same person,
 * and a signature by passkey would count as proven next to a letter or paper
 * signature of that person.
 */
export function eligibilityFactsFromCredential(identity: IdentityAttributes, minimumAge: number): Result<EligibilityFacts, BindingRejection> {
  if (identity.placeOfBirth === undefined || identity.placeOfBirth.trim() === "") return err("PLACE_OF_BIRTH_UNPROVEN");
  if (identity.municipalityKey === undefined) return err("MUNICIPALITY_UNPROVEN");
  if (identity.mainResidenceSince === undefined) return err("RESIDENCE_UNPROVEN");
  if (identity.nationalities.length === 0) return err("NATIONALITY_UNPROVEN");

  const facts = eligibilityFactsOf(
    {
      municipalityKey: identity.municipalityKey,
      mainResidenceSince: identity.mainResidenceSince,
      birthDate: identity.birthDate,
      nationalities: identity.nationalities,
    },
    minimumAge,
  );
  return facts === undefined ? err("NATIONALITY_NOT_ELIGIBLE") : ok(facts);
}
