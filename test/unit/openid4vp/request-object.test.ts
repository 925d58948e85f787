import { createHash, X509Certificate } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { compactVerify, decodeProtectedHeader } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config";
import { loadVerifierIdentity } from "../../../src/openid4vp/load-verifier-identity";
import { requestObjectClaims, signRequestObject, type RequestObjectInput } from "../../../src/openid4vp/request-object";
import { generateResponseKey, publicResponseKey } from "../../../src/openid4vp/response-encryption";
import type { VerifierIdentity } from "../../../src/openid4vp/verifier-identity";

const NOW = new Date("2026-06-01T10:00:00Z");
let identity: VerifierIdentity;
let input: RequestObjectInput;

beforeAll(async () => {
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "mz-request-object-")), PUBLIC_URL: "https://mitzeichnen.localhost" });
  identity = await loadVerifierIdentity(config, NOW);
  input = {
    clientId: identity.clientId,
    responseUri: "https://mitzeichnen.localhost/openid4vp/response/abc",
    responseMode: "direct_post.jwt",
    nonce: "nonce-value",
    state: "state-value",
    dcqlQuery: { credentials: [] },
    clientName: "mitzeichnen – Bürgerbegehren „Freibad“",
    responseKey: publicResponseKey(await generateResponseKey()),
    walletNonce: undefined,
    issuedAt: NOW,
    expiresAt: new Date(NOW.getTime() + 300_000),
  };
});

describe("signRequestObject", () => {
  it("sets typ oauth-authz-req+jwt, ES256 and the leaf in x5c", async () => {
    const jwt = await signRequestObject(identity, requestObjectClaims(input));
    const header = decodeProtectedHeader(jwt);
    expect(header.typ).toBe("oauth-authz-req+jwt");
    expect(header.alg).toBe("ES256");
    expect(header.x5c).toEqual([identity.certificateChain[0]!.toString("base64")]);
  });

  it("is verifiable with the x5c leaf, whose hash is the client_id", async () => {
    const jwt = await signRequestObject(identity, requestObjectClaims(input));
    const leafDer = Buffer.from(decodeProtectedHeader(jwt).x5c![0]!, "base64");
    const { payload } = await compactVerify(jwt, new X509Certificate(leafDer).publicKey);
    const claims = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
    expect(claims.client_id).toBe(`x509_hash:${createHash("sha256").update(leafDer).digest("base64url")}`);
  });
});

describe("requestObjectClaims", () => {
  it("asks for vp_token by direct_post.jwt at the response URI", () => {
    const claims = requestObjectClaims(input);
    expect(claims).toMatchObject({
      aud: "https://self-issued.me/v2",
      response_type: "vp_token",
      response_mode: "direct_post.jwt",
      response_uri: input.responseUri,
      nonce: "nonce-value",
      state: "state-value",
      iat: NOW.getTime() / 1000,
      exp: NOW.getTime() / 1000 + 300,
    });
    expect(claims).not.toHaveProperty("redirect_uri");
    expect(claims).not.toHaveProperty("wallet_nonce");
  });

  it("offers one public ECDH-ES P-256 key and both AES-GCM encodings", () => {
    const metadata = requestObjectClaims(input).client_metadata as Record<string, any>;
    const keys = metadata.jwks.keys as Record<string, unknown>[];
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: "EC", crv: "P-256", use: "enc", alg: "ECDH-ES" });
    expect(typeof keys[0]!.kid).toBe("string");
    expect(keys[0]).not.toHaveProperty("d");
    expect(metadata.encrypted_response_enc_values_supported).toEqual(["A128GCM", "A256GCM"]);
    expect(metadata.vp_formats_supported).toEqual({ "dc+sd-jwt": { "sd-jwt_alg_values": ["ES256"], "kb-jwt_alg_values": ["ES256"] } });
    expect(metadata.client_name).toBe("mitzeichnen – Bürgerbegehren „Freibad“");
  });

  it("offers no key for plain direct_post", () => {
    const metadata = requestObjectClaims({ ...input, responseMode: "direct_post" }).client_metadata as Record<string, unknown>;
    expect(metadata).not.toHaveProperty("jwks");
    expect(metadata).not.toHaveProperty("encrypted_response_enc_values_supported");
  });

  it("echoes a wallet_nonce", () => {
    expect(requestObjectClaims({ ...input, walletNonce: "wallet-nonce" }).wallet_nonce).toBe("wallet-nonce");
  });
});
