import type { DemoResident } from "../../src/demo/demo-residents";

const GIVEN_NAMES = ["Anna", "Bernd", "Clara", "Dieter", "Elke", "Frank", "Greta", "Heiko", "Ilse", "Jörg", "Karin", "Lutz", "Marta", "Nils", "Olga", "Paul"];
const SYLLABLES = ["ber", "din", "fel", "gra", "hol", "ker", "lin", "mau", "nor", "pet", "ros", "sta", "tal", "wen", "zim", "bra"];

/** Distinct residents available: 16 given names times 16^4 family names. */
export const MAX_BENCH_RESIDENTS = GIVEN_NAMES.length * SYLLABLES.length ** 4;

/**
 * A made-up resident of Dresden who may sign the bench petition, with a name
 * that no other index gets, so that each signing inserts a new row.
 */
export function benchResident(index: number): DemoResident {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_BENCH_RESIDENTS) {
    throw new RangeError(`benchResident: index ${index} is outside 0..${MAX_BENCH_RESIDENTS - 1}`);
  }
  const givenName = GIVEN_NAMES[index % GIVEN_NAMES.length]!;
  let rest = Math.floor(index / GIVEN_NAMES.length);
  let familyName = "";
  for (let position = 0; position < 4; position++) {
    familyName += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  familyName = `${familyName[0]!.toUpperCase()}${familyName.slice(1)}`;
  const birthYear = 1950 + (index % 50);

  return {
    id: `bench-${index}`,
    situation: "eligible",
    familyName,
    givenName,
    birthDate: `${birthYear}-0${1 + (index % 9)}-1${index % 10}`,
    placeOfBirth: { locality: "Dresden", country: "DE" },
    nationalities: ["DE"],
    municipalityKey: "14612000",
    mainResidenceSince: "2005-04-01",
    address: { streetAddress: `Prager Straße ${1 + (index % 40)}`, postalCode: "01069", locality: "Dresden", country: "DE" },
  };
}
