import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const VECTORS = fileURLToPath(new URL("../../fixtures/vectors/", import.meta.url));
const DE_PID = path.join(VECTORS, "rfc9901-A3-de-pid-presentation-kb.txt");
const VALID_ARGS = ["--nonce", "1234567890", "--aud", "https://verifier.example.org", "--now", "1748537243"];

let trustListFile: string;
let dataDir: string;

beforeAll(() => {
  const keys = JSON.parse(readFileSync(path.join(VECTORS, "keys.json"), "utf8")) as Record<string, { publicJwk: unknown }>;
  const directory = mkdtempSync(path.join(tmpdir(), "mz-cli-"));
  trustListFile = path.join(directory, "trust.json");
  writeFileSync(
    trustListFile,
    JSON.stringify({ issuers: [{ name: "IETF example issuer", jwks: { keys: [keys["ietf-example-issuer"]!.publicJwk] }, vct: ["urn:eudi:pid:de:1"] }] }),
  );
  dataDir = path.join(directory, "data");
});

function run(args: string[]) {
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["src/cli/presentation-verify.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH, NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("presentation:verify", () => {
  it("exits 0 and prints the claims of a valid presentation", () => {
    const { status, stdout } = run([DE_PID, ...VALID_ARGS, "--trust-list", trustListFile]);
    expect(status).toBe(0);
    expect(stdout).toContain("verdict: valid");
    expect(stdout).toContain("issuer: IETF example issuer");
    expect(stdout).toContain('"nationalities": [\n    "DE"\n  ]');
  });

  it("exits 1 with the reason for a wrong nonce", () => {
    const { status, stdout } = run([DE_PID, ...VALID_ARGS, "--nonce", "another-nonce", "--trust-list", trustListFile]);
    expect(status).toBe(1);
    expect(stdout).toContain("reason: NONCE_MISMATCH");
  });

  it("exits 1 for a vct not accepted", () => {
    const { status, stdout } = run([DE_PID, ...VALID_ARGS, "--trust-list", trustListFile, "--vct", "urn:eudi:pid:1"]);
    expect(status).toBe(1);
    expect(stdout).toContain("reason: VCT_NOT_ACCEPTED");
  });

  it("exits 1 for the plain SD-JWT example", () => {
    const { status, stdout } = run([path.join(VECTORS, "rfc9901-5-presentation-kb.txt"), ...VALID_ARGS, "--trust-list", trustListFile]);
    expect(status).toBe(1);
    expect(stdout).toContain("reason: TYP_INVALID");
  });

  it("rejects with the demo issuer as default trust list", () => {
    const { status, stdout } = run([DE_PID, ...VALID_ARGS]);
    expect(status).toBe(1);
    expect(stdout).toContain("reason: VCT_NOT_ACCEPTED");
  });

  it("exits 2 with usage for unusable arguments", () => {
    const cases: [string[], RegExp][] = [
      [[DE_PID, "--aud", "x", "--trust-list", trustListFile], /missing --nonce/],
      [[DE_PID, "--nonce", "x", "--trust-list", trustListFile], /missing --aud/],
      [["/nonexistent/presentation.txt", ...VALID_ARGS, "--trust-list", trustListFile], /cannot read the file \(ENOENT\)/],
      [[DE_PID, ...VALID_ARGS, "--now", "yesterday", "--trust-list", trustListFile], /--now yesterday: expected Unix time/],
      [[DE_PID, ...VALID_ARGS, "--trust-list", "/nonexistent/trust.json"], /TRUST_LIST \/nonexistent\/trust\.json: cannot read/],
      [[...VALID_ARGS, "--trust-list", trustListFile], /exactly one presentation FILE/],
    ];
    for (const [args, message] of cases) {
      const { status, stderr } = run(args);
      expect(status, args.join(" ")).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr).toContain("Usage: npm run presentation:verify");
    }
  });
});
