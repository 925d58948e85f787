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

describe("generateResponseKey", () => {
  it("makes a P-256 ECDH-ES key for encryption whose public half has no d", async () => {
    const key = await generateResponseKey();
    expect(key).toMatchObject({ kty: "EC", crv: "P-256", use: "enc", alg: "ECDH-ES" });
    expect(typeof key.d).toBe("string");
    expect(publicResponseKey(key)).not.toHaveProperty("d");
    expect((await generateResponseKey()).kid).not.toBe(key.kid);
  });
});

