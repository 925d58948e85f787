import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config";
import { DEVELOPMENT_OFFICE_KEY_FILES, loadOfficeEvidenceKey, OfficeEvidenceKeyError } from "../../../src/evidence/office-evidence-key";

function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "mz-office-key-"));
}

function configWithKeyFile(contents: string) {
  const folder = tempFolder();
  const file = path.join(folder, "office.jwk");
  fs.writeFileSync(file, contents);
  return loadConfig({ NODE_ENV: "test", DATA_DIR: folder, OFFICE_EVIDENCE_KEY: file });
}

describe("loadOfficeEvidenceKey", () => {
  it("reads a public P-256 JWK", () => {
    const { publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });

    const key = loadOfficeEvidenceKey(configWithKeyFile(JSON.stringify(publicKey.export({ format: "jwk" }))));

    expect(key.publicKey.asymmetricKeyType).toBe("ec");
    expect(key.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("rejects a private key", () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const config = configWithKeyFile(JSON.stringify(privateKey.export({ format: "jwk" })));

    expect(() => loadOfficeEvidenceKey(config)).toThrow(/contains a private key/);
  });

  it("rejects another curve", () => {
    const { publicKey } = generateKeyPairSync("ec", { namedCurve: "P-384" });
    const config = configWithKeyFile(JSON.stringify(publicKey.export({ format: "jwk" })));

    expect(() => loadOfficeEvidenceKey(config)).toThrow(OfficeEvidenceKeyError);
  });

  it("rejects a file that is not JSON", () => {
    expect(() => loadOfficeEvidenceKey(configWithKeyFile("-----BEGIN PUBLIC KEY-----"))).toThrow(/is not valid JSON/);
  });

  it("generates a development pair once", () => {
    const folder = tempFolder();
    const config = loadConfig({ NODE_ENV: "development", DATA_DIR: folder });

    const first = loadOfficeEvidenceKey(config);
    const second = loadOfficeEvidenceKey(config);

    expect(second.kid).toBe(first.kid);
    const privateFile = path.join(folder, "secrets", DEVELOPMENT_OFFICE_KEY_FILES.privateKey);
    expect(fs.statSync(privateFile).mode & 0o777).toBe(0o600);
  });

  it("generates nothing in production", () => {
    const folder = tempFolder();
    const config = { ...loadConfig({ NODE_ENV: "test", DATA_DIR: folder }), env: "production" as const };

    expect(() => loadOfficeEvidenceKey(config)).toThrow(/OFFICE_EVIDENCE_KEY is required/);
    expect(fs.existsSync(path.join(folder, "secrets"))).toBe(false);
  });
});
