import { createHash, generateKeyPairSync, X509Certificate } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config";
import { generateTestVerifierCertificate } from "../../../src/openid4vp/generate-test-verifier-certificate";
import { loadVerifierIdentity } from "../../../src/openid4vp/load-verifier-identity";

const NOW = new Date("2026-06-01T10:00:00Z");

function temporaryFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "mz-verifier-identity-"));
}

function configFor(dataDir: string, env: Record<string, string> = {}) {
  return loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, PUBLIC_URL: "https://mitzeichnen.localhost", ...env });
}

/** Write a chain and key as a registrar would hand them over, and return their paths. */
async function configuredFiles(folder: string, options: { hostname?: string; now?: Date; key?: string } = {}) {
  const generated = await generateTestVerifierCertificate(options.hostname ?? "mitzeichnen.localhost", options.now ?? NOW);
  const chainFile = path.join(folder, "chain.pem");
  const keyFile = path.join(folder, "key.pem");
  fs.writeFileSync(chainFile, generated.certificateChainPem);
  fs.writeFileSync(keyFile, options.key ?? generated.privateKeyPem);
  return { VERIFIER_CERT_CHAIN: chainFile, VERIFIER_KEY: keyFile };
}

describe("loadVerifierIdentity without configured files", () => {
  it("generates a test certificate once and reuses it", async () => {
    const dataDir = temporaryFolder();
    const first = await loadVerifierIdentity(configFor(dataDir), NOW);
    const chainFile = path.join(dataDir, "verifier", "certificate-chain.pem");
    const written = fs.readFileSync(chainFile, "utf8");
    const second = await loadVerifierIdentity(configFor(dataDir), NOW);

    expect(second.clientId).toBe(first.clientId);
    expect(fs.readFileSync(chainFile, "utf8")).toBe(written);
    expect(fs.statSync(chainFile).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dataDir, "verifier", "private-key.pem")).mode & 0o777).toBe(0o600);
  });

  it("hashes the leaf, omitting the CA", async () => {
    const identity = await loadVerifierIdentity(configFor(temporaryFolder()), NOW);
    const leaf = new X509Certificate(identity.certificateChain[0]!);

    expect(identity.certificateChain).toHaveLength(1);
    expect(identity.clientId).toBe(`x509_hash:${createHash("sha256").update(identity.certificateChain[0]!).digest("base64url")}`);
    expect(leaf.subjectAltName).toBe("DNS:mitzeichnen.localhost");
    expect(leaf.ca).toBe(false);
    expect(identity.trustAnchor).toBeDefined();
    expect(leaf.checkIssued(new X509Certificate(identity.trustAnchor!))).toBe(true);
  });

  it("gives an x509_san_dns client_id for that prefix", async () => {
    const identity = await loadVerifierIdentity(configFor(temporaryFolder(), { CLIENT_ID_PREFIX: "x509_san_dns" }), NOW);
    expect(identity.clientId).toBe("x509_san_dns:mitzeichnen.localhost");
  });

  it("replaces the generated certificate when the host changes", async () => {
    const dataDir = temporaryFolder();
    const before = await loadVerifierIdentity(configFor(dataDir), NOW);
    const after = await loadVerifierIdentity(configFor(dataDir, { PUBLIC_URL: "https://other.localhost" }), NOW);
    expect(after.clientId).not.toBe(before.clientId);
    expect(new X509Certificate(after.certificateChain[0]!).subjectAltName).toBe("DNS:other.localhost");
  });

  it("refuses to generate anything in production", async () => {
    const config = { ...configFor(temporaryFolder()), env: "production" as const };
    await expect(loadVerifierIdentity(config, NOW)).rejects.toThrow(/required in production/);
  });
});

describe("loadVerifierIdentity with configured files", () => {
  it("uses the configured chain and key", async () => {
    const folder = temporaryFolder();
    const files = await configuredFiles(folder);
    const identity = await loadVerifierIdentity(configFor(temporaryFolder(), files), NOW);
    const configuredLeaf = new X509Certificate(fs.readFileSync(files.VERIFIER_CERT_CHAIN, "utf8"));
    expect(identity.certificateChain[0]!.equals(configuredLeaf.raw)).toBe(true);
    expect(fs.existsSync(path.join(folder, "verifier"))).toBe(false);
  });

  it("rejects a key that does not belong to the leaf", async () => {
    const otherKey = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "pem", type: "pkcs8" }) as string;
    const files = await configuredFiles(temporaryFolder(), { key: otherKey });
    await expect(loadVerifierIdentity(configFor(temporaryFolder(), files), NOW)).rejects.toThrow(/does not belong to the leaf/);
  });

  it("rejects a key that is not P-256", async () => {
    const rsaKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "pem", type: "pkcs8" }) as string;
    const files = await configuredFiles(temporaryFolder(), { key: rsaKey });
    await expect(loadVerifierIdentity(configFor(temporaryFolder(), files), NOW)).rejects.toThrow(/P-256/);
  });

  it("rejects a leaf that is not valid now", async () => {
    const files = await configuredFiles(temporaryFolder(), { now: new Date("2020-01-01T00:00:00Z") });
    await expect(loadVerifierIdentity(configFor(temporaryFolder(), files), NOW)).rejects.toThrow(/not now/);
  });

  it("rejects a chain in the wrong order", async () => {
    const files = await configuredFiles(temporaryFolder());
    const [leaf, ca] = fs.readFileSync(files.VERIFIER_CERT_CHAIN, "utf8").match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)!;
    fs.writeFileSync(files.VERIFIER_CERT_CHAIN, `${ca}\n${leaf}\n`);
    await expect(loadVerifierIdentity(configFor(temporaryFolder(), files), NOW)).rejects.toThrow(/CA certificate/);
  });

  it("rejects x509_san_dns when the leaf lacks the public host", async () => {
    const files = await configuredFiles(temporaryFolder(), { hostname: "elsewhere.localhost" });
    const config = configFor(temporaryFolder(), { ...files, CLIENT_ID_PREFIX: "x509_san_dns" });
    await expect(loadVerifierIdentity(config, NOW)).rejects.toThrow(/no dNSName "mitzeichnen.localhost"/);
  });
});
