/** A municipality the platform supports, with the postal codes that resolve an address to it. */
export type Municipality = {
  /** Amtlicher Gemeindeschlüssel (AGS), 8 digits. */
  key: string;
  name: string;
  /** Postal codes whose whole delivery area lies in this municipality. */
  postalCodes: readonly string[];
  /**
   * Postal codes shared with a neighbouring municipality. An address with one
   * of them does not prove residence here, so it resolves to no municipality
   * and the election office decides from the register.
   */
  sharedPostalCodes: readonly string[];
};

/**
 * Municipalities the platform supports. Add an entry to support another
 * municipality; a postal code may appear in `postalCodes` of one entry only.
 * NOTE: Dresden's codes are the delivery codes whose place name is Dresden;
 * check them against the current Deutsche Post directory before relying on
 * them in production.
 */
export const MUNICIPALITIES: readonly Municipality[] = [
  {
    key: "14612000",
    name: "Dresden",
    postalCodes: [
      "01067", "01069", "01097", "01099", "01108", "01109", "01127", "01129", "01139", "01156",
      "01157", "01159", "01169", "01187", "01189", "01217", "01219", "01237", "01239", "01257",
      "01259", "01277", "01279", "01307", "01309", "01324", "01326", "01328",
    ],
    // 01465 covers Dresden-Langebrück and Liegau-Augustusbad, which belongs to Radeberg.
    sharedPostalCodes: ["01465"],
  },
];
