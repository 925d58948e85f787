/**
 * What the platform needs to know about a resident, read from a verified
 * credential (or, later, the population register). Used to derive the
 * resident key and to check eligibility, then dropped: none of it is stored.
 */
export type IdentityAttributes = {
  familyName: string;
  /** All given names, separated by spaces, as the source writes them. */
  givenNames: string;
  /** Calendar date of birth, YYYY-MM-DD. */
  birthDate: string;
  /** Locality of birth; undefined when the source names only a country. */
  placeOfBirth: string | undefined;
  /** Municipality key (AGS, 8 digits) of the main residence, when the source states one or it was derived from the postal code. */
  municipalityKey: string | undefined;
  /**
   * True when the address lies abroad or at a German postal code outside
   * every municipality the platform knows, so a petition of known
   * municipalities can reject the resident although no key was derived.
   */
  outsideKnownMunicipalities?: boolean;
  /** Calendar date since which the main residence is in that municipality, YYYY-MM-DD, when the source proves it. */
  mainResidenceSince: string | undefined;
  /** Nationalities as ISO 3166-1 alpha-2 codes in upper case. */
  nationalities: string[];
};
