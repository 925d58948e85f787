import { createHmac, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalIdentityKey } from "../../../src/signing/canonical-identity";
import { nullifier } from "../../../src/signing/nullifier";
import { unwrapPetitionKey, wrapPetitionKey } from "../../../src/signing/petition-keys";
import { residentKey } from "../../../src/signing/resident-key";

const wallet = { familyName: "Schröder", givenNames: "Jürgen Klaus", birthDate: "1975-11-09", placeOfBirth: "Görlitz" };
const register = { familyName: "SCHROEDER", givenNames: "JUERGEN KLAUS", birthDate: "1975-11-09", placeOfBirth: "GOERLITZ" };

function nullifierOf(secret: Buffer, petitionKey: Buffer, identity: typeof wallet): Buffer {
  return nullifier(petitionKey, residentKey(secret, canonicalIdentityKey(identity)));
}

describe("nullifier", () => {
  const secret = randomBytes(32);
  const petitionKey = randomBytes(32);

  it("is 32 bytes", () => {
    expect(nullifierOf(secret, petitionKey, wallet)).toHaveLength(32);
  });

  it("is equal for two spellings of one person", () => {
    expect(nullifierOf(secret, petitionKey, register).equals(nullifierOf(secret, petitionKey, wallet))).toBe(true);
  });

  it("differs for another petition", () => {
    const other = nullifierOf(secret, randomBytes(32), wallet);
    expect(other.equals(nullifierOf(secret, petitionKey, wallet))).toBe(false);
  });

  it("differs for another server secret", () => {
    const other = nullifierOf(randomBytes(32), petitionKey, wallet);
    expect(other.equals(nullifierOf(secret, petitionKey, wallet))).toBe(false);
  });

  it("differs for another person", () => {
    const other = nullifierOf(secret, petitionKey, { ...wallet, birthDate: "1975-11-10" });
    expect(other.equals(nullifierOf(secret, petitionKey, wallet))).toBe(false);
  });
});

describe("residentKey", () => {
  it("is HMAC-SHA-256 of the server secret over \"resident\" and the identity key", () => {
    const secret = randomBytes(32);
    const identityKey = canonicalIdentityKey(wallet);
    const expected = createHmac("sha256", secret).update(`resident${identityKey}`, "utf8").digest();
    expect(residentKey(secret, identityKey).equals(expected)).toBe(true);
  });
});

describe("petition key wrapping", () => {
  const secret = randomBytes(32);
  const petitionId = "6f1c2a4e-0b7d-4c55-9a51-2f7e3c1d8b90";
  const key = randomBytes(32);

  it("unwraps what it wrapped", () => {
    const wrapped = wrapPetitionKey(secret, petitionId, key);
    expect(unwrapPetitionKey(secret, petitionId, wrapped).equals(key)).toBe(true);
  });

  it("does not store the key in the clear", () => {
    expect(wrapPetitionKey(secret, petitionId, key).includes(key)).toBe(false);
  });

  it("rejects another server secret", () => {
    const wrapped = wrapPetitionKey(secret, petitionId, key);
    expect(() => unwrapPetitionKey(randomBytes(32), petitionId, wrapped)).toThrow();
  });

  it("rejects a wrapped key moved to another petition", () => {
    const wrapped = wrapPetitionKey(secret, petitionId, key);
    expect(() => unwrapPetitionKey(secret, "0d6c9e77-3f0a-4b8e-8d2c-5b1a7e9f4c21", wrapped)).toThrow();
  });

  it("rejects a changed ciphertext", () => {
    const wrapped = wrapPetitionKey(secret, petitionId, key);
    wrapped[14] = (wrapped[14] ?? 0) ^ 1;
    expect(() => unwrapPetitionKey(secret, petitionId, wrapped)).toThrow();
  });
});
