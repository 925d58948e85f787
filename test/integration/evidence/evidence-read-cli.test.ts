import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_FAILED, EXIT_READ, EXIT_USAGE, evidenceRead } from "../../../src/cli/evidence-read";
import { fixedClock } from "../../../src/clock";
import { type Database, openPglite } from "../../../src/db/client";
import { migrate } from "../../../src/db/migrate";
import { createLogger } from "../../../src/log";
import { signPetition } from "../../../src/signing/sign-petition";
import { testDatabaseKind } from "../../helpers/db";
import { generateTestOfficeKeys } from "../../helpers/evidence";
import { createTestPetition } from "../../helpers/petitions";
import { residentNamed } from "../../helpers/signature-log";

const NOW = new Date("2026-03-15T12:00:00Z");
const SIGNED_ID = "bbbbbbbb-0000-4000-8000-000000000001";
const ERASED_ID = "bbbbbbbb-1111-4000-8000-000000000002";
const SERVER_SECRET = randomBytes(32);

const office = generateTestOfficeKeys();
let folder: string;
let keyFile: string;

function run(args: string[], env: Record<string, string> = {}) {
  const lines = { out: [] as string[], err: [] as string[] };
  const output = { out: (line: string) => lines.out.push(line), err: (line: string) => lines.err.push(line) };
  const base = { NODE_ENV: "test", DATA_DIR: path.join(folder, "data"), LOG_LEVEL: "silent", SERVER_SECRET: SERVER_SECRET.toString("base64url") };
  return { lines, exit: evidenceRead(args, { ...base, ...env }, output) };
}

async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openPglite(path.join(folder, "data"));
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

// The command opens PGlite under DATA_DIR; running it once more against PostgreSQL adds nothing.
describe.skipIf(testDatabaseKind === "postgres")("evidence:read", () => {
  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "mz-evidence-cli-"));
    keyFile = path.join(folder, "office.private.jwk");
    fs.writeFileSync(keyFile, JSON.stringify(office.privateKey.export({ format: "jwk" })), { mode: 0o600 });
    await withDatabase(async (database) => {
      await migrate(database);
      const ctx = { database, serverSecret: SERVER_SECRET, officeEvidenceKey: office.officeEvidenceKey, clock: fixedClock(NOW), log: createLogger("silent") };
      const signed = await createTestPetition(database, { now: NOW, id: SIGNED_ID });
      await signPetition(ctx, { petition: signed, identity: residentNamed("Ausgabe", { familyName: "Kommandozeile" }), channel: "wallet", credentialType: "urn:eudi:pid:de:1" });
      const erased = await createTestPetition(database, { now: NOW, id: ERASED_ID, title: "Schon gelöscht" });
      await signPetition(ctx, { petition: erased, identity: residentNamed("Vergessen"), channel: "passkey" });
      await database.rows("delete from petition_keys where petition_id = $1::uuid", [ERASED_ID]);
    });
  });

  afterAll(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("prints each signature's evidence as JSON", async () => {
    const { lines, exit } = run([SIGNED_ID, "--office-key", keyFile]);

    expect(await exit).toBe(EXIT_READ);
    expect(lines.out).toHaveLength(1);
    const entry = JSON.parse(lines.out[0]!);
    expect(entry.evidence.claims.familyName).toBe("Kommandozeile");
    expect(entry.evidence.channel).toBe("wallet");
  });

  it("records the reading in the audit log", async () => {
    await run(["--office-key", keyFile, SIGNED_ID]).exit;

    const actions = await withDatabase((database) =>
      database.rows<{ action: string }>("select action from audit_log where petition_id = $1::uuid", [SIGNED_ID]),
    );
    expect(actions.map((row) => row.action)).toContain("evidence.read");
  });

  it("exits 3 after the key was destroyed", async () => {
    const { lines, exit } = run([ERASED_ID, "--office-key", keyFile]);

    expect(await exit).toBe(EXIT_FAILED);
    expect(lines.err[0]).toContain("Schlüssel des Bürgerbegehrens wurde nach Ablauf der Aufbewahrungsfrist vernichtet");
    expect(lines.out).toEqual([]);
  });

  it("exits 3 with the wrong office key", async () => {
    const otherKey = path.join(folder, "other.private.jwk");
    fs.writeFileSync(otherKey, JSON.stringify(generateTestOfficeKeys().privateKey.export({ format: "jwk" })));

    const { lines, exit } = run([SIGNED_ID, "--office-key", otherKey]);

    expect(await exit).toBe(EXIT_FAILED);
    expect(lines.err[0]).toMatch(/^1 Nachweise ließen sich nicht entschlüsseln/);
  });

  it("exits 3 for a public key file", async () => {
    const publicFile = path.join(folder, "office.public.jwk");
    fs.writeFileSync(publicFile, JSON.stringify(office.publicJwk));

    const { lines, exit } = run([SIGNED_ID, "--office-key", publicFile]);

    expect(await exit).toBe(EXIT_FAILED);
    expect(lines.err[0]).toContain("enthält keinen privaten P-256-Schlüssel");
  });

  it("exits 3 with another server secret", async () => {
    const { lines, exit } = run([SIGNED_ID, "--office-key", keyFile], { SERVER_SECRET: randomBytes(32).toString("base64url") });

    expect(await exit).toBe(EXIT_FAILED);
    expect(lines.err[0]).toContain("SERVER_SECRET");
  });

  it("exits 2 without a petition", async () => {
    const { lines, exit } = run(["--office-key", keyFile]);

    expect(await exit).toBe(EXIT_USAGE);
    expect(lines.err[0]).toMatch(/^Aufruf: npm run evidence:read/);
  });

  it("asks for the key in production", async () => {
    // loadConfig only checks that these files are named; the command reads none of them before the key.
    const production = {
      NODE_ENV: "production",
      PUBLIC_URL: "https://mitzeichnen.example.de",
      VERIFIER_CERT_CHAIN: "chain.pem",
      VERIFIER_KEY: "key.pem",
      TRUST_LIST: "trust-list.json",
      OFFICE_EVIDENCE_KEY: "office.public.jwk",
      PRIVACY_CONTROLLER_NAME: "Stadt",
      PRIVACY_CONTROLLER_ADDRESS: "Platz 1",
      PRIVACY_CONTROLLER_EMAIL: "datenschutz@stadt.example",
      PRIVACY_OFFICER_EMAIL: "dsb@stadt.example",
    };

    const { lines, exit } = run([SIGNED_ID], production);

    expect(await exit).toBe(EXIT_FAILED);
    expect(lines.err[0]).toContain("--office-key DATEI");
  });
});
