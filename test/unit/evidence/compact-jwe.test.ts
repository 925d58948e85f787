import { generateKeyPairSync } from "node:crypto";
import { compactDecrypt, decodeProtectedHeader } from "jose";
import { describe, expect, it } from "vitest";
import { encryptCompactJwe } from "../../../src/evidence/compact-jwe";

const office = generateKeyPairSync("ec", { namedCurve: "P-256" });

describe("encryptCompactJwe", () => {
  it("decrypts with jose", async () => {
    const jwe = encryptCompactJwe(Buffer.from("Nachweis für das Wahlamt", "utf8"), office.publicKey, { kid: "office", cty: "text/plain" });

    const { plaintext } = await compactDecrypt(jwe, office.privateKey, { keyManagementAlgorithms: ["ECDH-ES+A256KW"], contentEncryptionAlgorithms: ["A256GCM"] });

    expect(Buffer.from(plaintext).toString("utf8")).toBe("Nachweis für das Wahlamt");
  });

  it("names algorithms and key in the header", () => {
    const header = decodeProtectedHeader(encryptCompactJwe(Buffer.from("x"), office.publicKey, { kid: "office", cty: "text/plain" }));

    expect(header).toMatchObject({ alg: "ECDH-ES+A256KW", enc: "A256GCM", kid: "office", cty: "text/plain", epk: { kty: "EC", crv: "P-256" } });
  });

  it("fails to decrypt with another key", async () => {
    const other = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const jwe = encryptCompactJwe(Buffer.from("x"), office.publicKey, { kid: "office", cty: "text/plain" });

    await expect(compactDecrypt(jwe, other.privateKey)).rejects.toThrow();
  });

  it("uses a fresh ephemeral key each time", () => {
    const first = decodeProtectedHeader(encryptCompactJwe(Buffer.from("x"), office.publicKey, { kid: "office", cty: "text/plain" }));
    const second = decodeProtectedHeader(encryptCompactJwe(Buffer.from("x"), office.publicKey, { kid: "office", cty: "text/plain" }));

    const ephemeralX = (header: typeof first) => (header.epk as { x?: string } | undefined)?.x;
    expect(ephemeralX(first)).toBeDefined();
    expect(ephemeralX(first)).not.toBe(ephemeralX(second));
  });
});
