import { readFileSync } from "node:fs";
import type { JWK } from "jose";
import { describe, expect, it } from "vitest";
import { decryptResponse } from "../../../src/openid4vp/response-encryption";

const VECTORS = new URL("../../fixtures/vectors/", import.meta.url);
const keys = JSON.parse(readFileSync(new URL("keys.json", VECTORS), "utf8")) as Record<string, { jwk?: JWK }>;
const specKey = keys["oid4vp-1.0-example-enc-key"]!.jwk!;
const specResponse = readFileSync(new URL("oid4vp-1.0-encrypted-response.jwe.txt", VECTORS), "utf8").trim();

describe("published OpenID4VP 1.0 encrypted response", () => {
  it("decrypts to a vp_token object", async () => {
    const decrypted = await decryptResponse(specResponse, specKey);

    expect(decrypted.ok).toBe(true);
    if (!decrypted.ok) return;
    const vpToken = decrypted.value.vp_token as Record<string, unknown>;
    expect(Object.keys(vpToken)).toEqual(["example_credential_id"]);
    expect(Array.isArray(vpToken.example_credential_id)).toBe(true);
  });

  it("fails with another transaction's key id", async () => {
    const decrypted = await decryptResponse(specResponse, { ...specKey, kid: "another" });

    expect(decrypted).toEqual({ ok: false, error: "JWE_KID_MISMATCH" });
  });

  it("fails with another private key", async () => {
    const otherD = Buffer.alloc(32, 7).toString("base64url");
    const decrypted = await decryptResponse(specResponse, { ...specKey, d: otherD });

    expect(decrypted).toEqual({ ok: false, error: "JWE_DECRYPTION_FAILED" });
  });
});
