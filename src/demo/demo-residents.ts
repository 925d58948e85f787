/** Made-up residents for the demo wallet; every name, date and address is invented. */
export type DemoResident = {
  /** Stable identifier for URLs and tests. */
  id: string;
  /** Case the resident demonstrates; the wallet shows a label for it. */
  situation: "eligible" | "eu-citizen" | "moved-recently" | "underage" | "outside-municipality" | "born-abroad";
  familyName: string;
  /** All given names, space separated. */
  givenName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** locality is absent when the register names only a country of birth. */
  placeOfBirth: { locality?: string; country: string };
  /** ISO 3166-1 alpha-2 */
  nationalities: string[];
  /** AGS of the main residence. */
  municipalityKey: string;
  /** YYYY-MM-DD */
  mainResidenceSince: string;
  address: { streetAddress: string; postalCode: string; locality: string; country: string };
};

const DRESDEN = "14612000";
const LEIPZIG = "14713000";

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function shiftUtc(date: Date, years: number, months: number, days: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth() + months, date.getUTCDate() + days));
}

/**
 * List the demo residents as of `today`. Dates that a rule depends on (the
 * 17-year-old's birth date, the recent move) are computed from `today` so that
 * each resident keeps demonstrating the same case.
 */
export function demoResidents(today: Date): DemoResident[] {
  return [
    {
      id: "kaethe-grossmann",
      situation: "eligible",
      familyName: "Großmann",
      givenName: "Käthe Luise",
      birthDate: "1961-03-14",
      placeOfBirth: { locality: "Görlitz", country: "DE" },
      nationalities: ["DE"],
      municipalityKey: DRESDEN,
      mainResidenceSince: "1990-10-01",
      address: { streetAddress: "Königsbrücker Straße 12", postalCode: "01099", locality: "Dresden", country: "DE" },
    },
    {
      id: "joerg-peter-boehme",
      situation: "eligible",
      familyName: "Böhme-Weiß",
      givenName: "Jörg-Peter",
      birthDate: "1988-11-02",
      placeOfBirth: { locality: "Dresden", country: "DE" },
      nationalities: ["DE"],
      municipalityKey: DRESDEN,
      mainResidenceSince: "1988-11-02",
      address: { streetAddress: "Schandauer Straße 64", postalCode: "01277", locality: "Dresden", country: "DE" },
    },
    {
      id: "zofia-wisniewska",
      situation: "eu-citizen",
      familyName: "Wiśniewska",
      givenName: "Zofia",
      birthDate: "1992-07-23",
      placeOfBirth: { locality: "Kraków", country: "PL" },
      nationalities: ["PL"],
      municipalityKey: DRESDEN,
      mainResidenceSince: "2019-04-01",
      address: { streetAddress: "Alaunstraße 45", postalCode: "01099", locality: "Dresden", country: "DE" },
    },
    {
      id: "maximilian-fuss",
      situation: "moved-recently",
      familyName: "Fuß",
      givenName: "Maximilian",
      birthDate: "1995-05-30",
      placeOfBirth: { locality: "Leipzig", country: "DE" },
      nationalities: ["DE"],
      municipalityKey: DRESDEN,
      mainResidenceSince: isoDate(shiftUtc(today, 0, -1, 0)),
      address: { streetAddress: "Bautzner Straße 3", postalCode: "01099", locality: "Dresden", country: "DE" },
    },
    {
      id: "leonie-schaefer",
      situation: "underage",
      familyName: "Schäfer",
      givenName: "Leonie",
      birthDate: isoDate(shiftUtc(today, -17, 0, -100)),
      placeOfBirth: { locality: "Dresden", country: "DE" },
      nationalities: ["DE"],
      municipalityKey: DRESDEN,
      mainResidenceSince: isoDate(shiftUtc(today, -17, 0, -100)),
      address: { streetAddress: "Hüblerstraße 8", postalCode: "01309", locality: "Dresden", country: "DE" },
    },
    {
      id: "bjoern-jaehnichen",
      situation: "outside-municipality",
      familyName: "Jähnichen",
      givenName: "Björn",
      birthDate: "1979-01-19",
      placeOfBirth: { locality: "Pirna", country: "DE" },
      nationalities: ["DE"],
      municipalityKey: LEIPZIG,
      mainResidenceSince: "2011-08-01",
      address: { streetAddress: "Karl-Liebknecht-Straße 7", postalCode: "04107", locality: "Leipzig", country: "DE" },
    },
    {
      id: "oemer-yildiz",
      situation: "born-abroad",
      familyName: "Yıldız",
      givenName: "Ömer",
      birthDate: "1983-09-05",
      placeOfBirth: { country: "TR" },
      nationalities: ["DE"],
      municipalityKey: DRESDEN,
      mainResidenceSince: "2004-02-15",
      address: { streetAddress: "Großenhainer Straße 101", postalCode: "01127", locality: "Dresden", country: "DE" },
    },
  ];
}

/** Find a demo resident by id, as of `today`. */
export function findDemoResident(id: string, today: Date): DemoResident | undefined {
  return demoResidents(today).find((resident) => resident.id === id);
}
