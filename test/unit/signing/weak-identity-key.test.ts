import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { weakIdentityKey, weakIdentityKeyOf, weakIdentityString, weakResidentKey } from "../../../src/signing/weak-identity-key";

const SERVER_SECRET = randomBytes(32);
const PETITION_KEY = randomBytes(32);

describe("weakIdentityString", () => {
  it.each([
    ["space for a hyphen", "Müller Lüdenscheidt", "Müller-Lüdenscheidt"],
    ["dash and no spaces", "Müller – Lüdenscheidt", "MÜLLERLÜDENSCHEIDT"],
    ["apostrophe", "D'Angelo", "Dangelo"],
    ["umlaut and its spelling", "Weiß", "Weiss"],
    ["accent", "Kowalská", "Kowalska"],
  ])("treats %s as equal", (_case, first, second) => {
    expect(weakIdentityString({ familyName: first, birthDate: "1980-05-17" })).toBe(weakIdentityString({ familyName: second, birthDate: "1980-05-17" }));
  });

  it("keeps different birth dates apart", () => {
    expect(weakIdentityString({ familyName: "Weiß", birthDate: "1980-05-17" })).not.toBe(weakIdentityString({ familyName: "Weiß", birthDate: "1980-05-18" }));
  });
});

describe("weakIdentityKey", () => {
  it("ignores given names and place of birth", () => {
    const wallet = { familyName: "Nowak-Weiß", givenNames: "Anna Maria", birthDate: "1980-05-17", placeOfBirth: "Kraków" };
    const paper = { familyName: "Nowak Weiss", givenNames: "Anna", birthDate: "1980-05-17", placeOfBirth: "Krakau" };

    expect(weakIdentityKey(SERVER_SECRET, PETITION_KEY, wallet).equals(weakIdentityKey(SERVER_SECRET, PETITION_KEY, paper))).toBe(true);
  });

  it("differs between petitions", () => {
    const person = { familyName: "Weiß", birthDate: "1980-05-17" };

    expect(weakIdentityKey(SERVER_SECRET, PETITION_KEY, person).equals(weakIdentityKey(SERVER_SECRET, randomBytes(32), person))).toBe(false);
  });

  it("differs under another server secret", () => {
    const person = { familyName: "Weiß", birthDate: "1980-05-17" };

    expect(weakIdentityKey(SERVER_SECRET, PETITION_KEY, person).equals(weakIdentityKey(randomBytes(32), PETITION_KEY, person))).toBe(false);
  });
});

describe("weakResidentKey", () => {
  it("gives the signature's key under the petition key", () => {
    const person = { familyName: "Nowak-Weiß", birthDate: "1980-05-17" };

    const stored = weakResidentKey(SERVER_SECRET, person);

    expect(weakIdentityKeyOf(PETITION_KEY, stored).equals(weakIdentityKey(SERVER_SECRET, PETITION_KEY, person))).toBe(true);
  });

  it("keeps the weak identity key of earlier signatures", () => {
    const person = { familyName: "Nowak-Weiß", birthDate: "1980-05-17" };

    const key = weakIdentityKey(Buffer.alloc(32, 1), Buffer.alloc(32, 2), person);

    // Computed by the single-step derivation that wallet signatures and paper lines stored before the split.
    expect(key.toString("hex")).toBe("28f38f392e11ce913c970246a356b912ac6f04a74d708b1fd2b906694f3050bc");
  });
});
