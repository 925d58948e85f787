import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config";
import { loadTrustList, parseTrustList } from "../../../src/credentials/load-trust-list";
import { loadDemoIssuer } from "../../../src/demo/demo-issuer";
import { createTestCa, generateTestKey } from "../../helpers/credentials";

const key = generateTestKey();
const entry = (overrides: Record<string, unknown> = {}) => ({
  name: "Stadt Dresden KommPass",
  iss: "https://kommpass.dresden.example",
  jwks: { keys: [key.publicJwk] },
  vct: ["urn:mitzeichnen:demo:kommpass:1"],
  ...overrides,
});
const parse = (json: unknown) => parseTrustList(JSON.stringify(json), "trust.json");

describe("parseTrustList", () => {
  it("reads jwks and x509 entries", async () => {
    const ca = await createTestCa(new Date());
    const list = parse({ issuers: [entry(), entry({ name: "PID", iss: undefined, jwks: undefined, x509TrustAnchors: [ca.pem], vct: ["urn:eudi:pid:1"] })] });
    expect(list.issuers[0]).toMatchObject({ name: "Stadt Dresden KommPass", iss: "https://kommpass.dresden.example", jwks: [key.publicJwk], x509TrustAnchors: [] });
    expect(list.issuers[1]).toMatchObject({ name: "PID", iss: undefined, jwks: [], x509TrustAnchors: [ca.pem] });
  });

  it("names entry and field of a bad key", () => {
    const bad = entry({ name: "Broken", jwks: { keys: [key.publicJwk, { kty: "oct", k: "c2VjcmV0" }] } });
    expect(() => parse({ issuers: [entry({ name: "Good" }), bad] })).toThrow("trust.json: issuers[1] (Broken).jwks.keys[1].kty: expected an EC, OKP or RSA public key");
  });

  it("rejects private key material", () => {
    const privateJwk = key.privateKey.export({ format: "jwk" });
    expect(() => parse({ issuers: [entry({ jwks: { keys: [privateJwk] } })] })).toThrow(/issuers\[0\] \(Stadt Dresden KommPass\)\.jwks\.keys\[0\]: contains private key material/);
  });

  it("rejects an entry without keys or anchors", () => {
    expect(() => parse({ issuers: [entry({ jwks: undefined })] })).toThrow(/issuers\[0\].*expected jwks, x509TrustAnchors or both/);
  });

  it("rejects an unreadable certificate", () => {
    const pem = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
    expect(() => parse({ issuers: [entry({ x509TrustAnchors: [pem] })] })).toThrow(/x509TrustAnchors\[0\]: is not a readable X\.509 certificate/);
  });

  it("rejects a missing vct list and unknown fields", () => {
    expect(() => parse({ issuers: [entry({ vct: [] })] })).toThrow(/issuers\[0\] \(Stadt Dresden KommPass\)\.vct: expected at least one/);
    expect(() => parse({ issuers: [entry({ trusted: true })] })).toThrow(/issuers\[0\]/);
  });

  it("rejects duplicate names and invalid JSON", () => {
    expect(() => parse({ issuers: [entry(), entry()] })).toThrow(/issuers\[1\] \(Stadt Dresden KommPass\)\.name: another entry has the same name/);
    expect(() => parseTrustList("{", "trust.json")).toThrow(/trust\.json: not valid JSON/);
  });
});

describe("loadTrustList", () => {
  it("reads a file", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "mz-trust-")), "trust.json");
    writeFileSync(file, JSON.stringify({ issuers: [entry()] }));
    expect(loadTrustList(file, undefined).issuers).toHaveLength(1);
  });

  it("names a missing file", () => {
    expect(() => loadTrustList("/nonexistent/trust.json", undefined)).toThrow("TRUST_LIST /nonexistent/trust.json: cannot read the file (ENOENT)");
  });

  it("falls back to the demo issuer and fails without one", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "mz-demo-"));
    const demo = await loadDemoIssuer(loadConfig({ DATA_DIR: dataDir, NODE_ENV: "test" }));
    expect(loadTrustList(undefined, demo)).toEqual({ issuers: [demo.trustedIssuer] });
    expect(() => loadTrustList(undefined, undefined)).toThrow(/TRUST_LIST/);
  });
});
