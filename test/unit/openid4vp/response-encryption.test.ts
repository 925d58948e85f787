import { createCipheriv } from "node:crypto";
import { CompactEncrypt, importJWK } from "jose";
import { describe, expect, it } from "vitest";
import { decryptResponse, generateResponseKey, publicResponseKey } from "../../../src/openid4vp/response-encryption";

async function encryptTo(publicJwk: Record<string, unknown>, payload: string, header: Record<string, string> = {}) {
  return new CompactEncrypt(new TextEncoder().encode(payload))
    .setProtectedHeader({ alg: "ECDH-ES", enc: "A256GCM", kid: publicJwk.kid as string, ...header })
    .encrypt(await importJWK(publicJwk, "ECDH-ES"));
}

describe("decryptResponse", () => {
  it.each(["A128GCM", "A256GCM"])("decrypts a response encrypted with %s", async (enc) => {
    const key = await generateResponseKey();
    const jwe = await encryptTo(publicResponseKey(key), JSON.stringify({ vp_token: { a: ["b"] }, state: "s" }), { enc });
    expect(await decryptResponse(jwe, key)).toEqual({ ok: true, value: { vp_token: { a: ["b"] }, state: "s" } });
  });

  it("rejects enc A192GCM", async () => {
    const key = await generateResponseKey();
    const jwe = await encryptTo(publicResponseKey(key), "{}", { enc: "A192GCM" });
    expect(await decryptResponse(jwe, key)).toEqual({ ok: false, error: "JWE_ENC_UNSUPPORTED" });
  });

  it("rejects alg ECDH-ES+A128KW", async () => {
    const key = await generateResponseKey();
    const jwe = await new CompactEncrypt(new TextEncoder().encode("{}"))
      .setProtectedHeader({ alg: "ECDH-ES+A128KW", enc: "A128GCM" })
      .encrypt(await importJWK(publicResponseKey(key), "ECDH-ES+A128KW"));
    expect(await decryptResponse(jwe, key)).toEqual({ ok: false, error: "JWE_ALG_UNSUPPORTED" });
  });

  it("rejects a response encrypted to another key", async () => {
    const key = await generateResponseKey();
    const other = await generateResponseKey();
    const jwe = await encryptTo({ ...publicResponseKey(other), kid: key.kid }, "{}");
    expect(await decryptResponse(jwe, key)).toEqual({ ok: false, error: "JWE_DECRYPTION_FAILED" });
  });

  it("rejects a payload that is not a JSON object", async () => {
    const key = await generateResponseKey();
    const jwe = await encryptTo(publicResponseKey(key), "[1,2]");
    expect(await decryptResponse(jwe, key)).toEqual({ ok: false, error: "PAYLOAD_NOT_JSON_OBJECT" });
  });

  it("rejects a signed JWT in place of a JWE", async () => {
    const key = await generateResponseKey();
    expect(await decryptResponse("eyJhbGciOiJFUzI1NiJ9.e30.c2ln", key)).toEqual({ ok: false, error: "JWE_MALFORMED" });
    expect(await decryptResponse("not a jwe", key)).toEqual({ ok: false, error: "JWE_MALFORMED" });
  });
});

describe("decryptResponse, structure checks", () => {
  async function validJweParts() {
    const key = await generateResponseKey();
    const jwe = await encryptTo(publicResponseKey(key), JSON.stringify({ state: "s" }), { enc: "A128GCM" });
    return { key, parts: jwe.split(".") };
  }
  const headerOf = (parts: string[]) => JSON.parse(Buffer.from(parts[0]!, "base64url").toString("utf8")) as Record<string, unknown>;
  const withHeader = (parts: string[], header: Record<string, unknown>) =>
    [Buffer.from(JSON.stringify(header)).toString("base64url"), ...parts.slice(1)].join(".");

  it("decrypts a response with apu and apv, as jose encrypts it", async () => {
    const key = await generateResponseKey();
    const jwe = await new CompactEncrypt(new TextEncoder().encode('{"state":"s"}'))
      .setProtectedHeader({ alg: "ECDH-ES", enc: "A128GCM" })
      .setKeyManagementParameters({ apu: new TextEncoder().encode("wallet"), apv: new TextEncoder().encode("nonce-123") })
      .encrypt(await importJWK(publicResponseKey(key), "ECDH-ES"));
    expect(decryptResponse(jwe, key)).toEqual({ ok: true, value: { state: "s" } });
  });

  it("derives the content key of RFC 7518 Appendix C", () => {
    // Keys, header and derived key as published in RFC 7518, Appendix C.
    const bob = {
      kty: "EC",
      crv: "P-256",
      x: "weNJy2HscCSM6AEDTDg04biOvhFhyyWvOHQfeF_PxMQ",
      y: "e8lnCO-AlStT-NJVX-crhB7QRYhiix03illJOVAOyck",
      d: "VEmDZpDXXK8p8N0Cndsxs924q6nS1RXFASRl6BfUqdw",
    };
    const header = {
      alg: "ECDH-ES",
      enc: "A128GCM",
      apu: "QWxpY2U",
      apv: "Qm9i",
      epk: { kty: "EC", crv: "P-256", x: "gI0GAILBdu7T53akrFmMyGcsF3n5dO7MmwNBHKW5SV0", y: "SLW_xSffzlPWrHEVI30DHM_4egVwt3NQqeUD7nMFpps" },
    };
    const encodedHeader = Buffer.from(JSON.stringify(header)).toString("base64url");
    const iv = Buffer.alloc(12, 7);
    const cipher = createCipheriv("aes-128-gcm", Buffer.from("VqqN6vgjbSBcIijNcacQGg", "base64url"), iv);
    cipher.setAAD(Buffer.from(encodedHeader, "ascii"));
    const ciphertext = Buffer.concat([cipher.update('{"state":"rfc"}'), cipher.final()]);
    const jwe = [encodedHeader, "", iv.toString("base64url"), ciphertext.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
    expect(decryptResponse(jwe, bob)).toEqual({ ok: true, value: { state: "rfc" } });
  });

  it("rejects a non-empty encrypted key", async () => {
    const { key, parts } = await validJweParts();
    parts[1] = "AAAA";
    expect(decryptResponse(parts.join("."), key)).toEqual({ ok: false, error: "JWE_MALFORMED" });
  });

  it.each([
    ["crit", { crit: ["exp"], exp: 1 }],
    ["zip", { zip: "DEF" }],
  ])("rejects a header with %s", async (_name, extra) => {
    const { key, parts } = await validJweParts();
    expect(decryptResponse(withHeader(parts, { ...headerOf(parts), ...extra }), key)).toEqual({ ok: false, error: "JWE_MALFORMED" });
  });

  it("rejects an IV of the wrong length and a short tag", async () => {
    const { key, parts } = await validJweParts();
    expect(decryptResponse([parts[0], parts[1], "AAAA", parts[3], parts[4]].join("."), key)).toEqual({ ok: false, error: "JWE_MALFORMED" });
    expect(decryptResponse([parts[0], parts[1], parts[2], parts[3], "AAAA"].join("."), key)).toEqual({ ok: false, error: "JWE_MALFORMED" });
  });

  it("rejects characters outside base64url", async () => {
    const { key, parts } = await validJweParts();
    expect(decryptResponse([parts[0], parts[1], parts[2], `${parts[3]}+`, parts[4]].join("."), key)).toEqual({ ok: false, error: "JWE_MALFORMED" });
  });

  it("rejects a changed protected header, ciphertext or tag", async () => {
    const { key, parts } = await validJweParts();
    const flip = (encoded: string) => {
      const bytes = Buffer.from(encoded, "base64url");
      bytes[0]! ^= 1;
      return bytes.toString("base64url");
    };
    expect(decryptResponse(withHeader(parts, { ...headerOf(parts), extra: 1 }), key)).toEqual({ ok: false, error: "JWE_DECRYPTION_FAILED" });
    expect(decryptResponse([parts[0], parts[1], parts[2], flip(parts[3]!), parts[4]].join("."), key)).toEqual({ ok: false, error: "JWE_DECRYPTION_FAILED" });
    expect(decryptResponse([parts[0], parts[1], parts[2], parts[3], flip(parts[4]!)].join("."), key)).toEqual({ ok: false, error: "JWE_DECRYPTION_FAILED" });
  });

  it("rejects an ephemeral key that is not on P-256, has a private part or is missing", async () => {
    const { key, parts } = await validJweParts();
    const header = headerOf(parts);
    const epk = header.epk as Record<string, string>;
    const offCurve = { ...epk, y: Buffer.alloc(32, 1).toString("base64url") };
    for (const badEpk of [offCurve, { ...epk, d: key.d }, { ...epk, crv: "P-384" }, undefined]) {
      expect(decryptResponse(withHeader(parts, { ...header, epk: badEpk }), key)).toEqual({ ok: false, error: "JWE_DECRYPTION_FAILED" });
    }
  });

  it("rejects a payload that is not UTF-8", async () => {
    const key = await generateResponseKey();
    const jwe = await new CompactEncrypt(new Uint8Array([0x7b, 0xff, 0x7d]))
      .setProtectedHeader({ alg: "ECDH-ES", enc: "A128GCM" })
      .encrypt(await importJWK(publicResponseKey(key), "ECDH-ES"));
    expect(decryptResponse(jwe, key)).toEqual({ ok: false, error: "PAYLOAD_NOT_JSON_OBJECT" });
  });
});

describe("generateResponseKey", () => {
  it("makes a P-256 ECDH-ES key for encryption whose public half has no d", async () => {
    const key = await generateResponseKey();
    expect(key).toMatchObject({ kty: "EC", crv: "P-256", use: "enc", alg: "ECDH-ES" });
    expect(typeof key.d).toBe("string");
    expect(publicResponseKey(key)).not.toHaveProperty("d");
    expect((await generateResponseKey()).kid).not.toBe(key.kid);
  });
});

