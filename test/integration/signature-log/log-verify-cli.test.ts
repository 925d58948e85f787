import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_FAILED, EXIT_INVALID, EXIT_USAGE, EXIT_VALID, logVerify } from "../../../src/cli/log-verify";
import { fixedClock } from "../../../src/clock";
import { type Database, openPglite } from "../../../src/db/client";
import { migrate } from "../../../src/db/migrate";
import { erasePetition } from "../../../src/privacy/erase-petition";
import { testDatabaseKind } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";
import { signContextFor, signForResidents } from "../../helpers/signature-log";

const NOW = new Date("2026-03-15T12:00:00Z");
const FIRST_ID = "aaaaaaaa-0000-4000-8000-000000000001";
const SECOND_ID = "aaaaaaaa-1111-4000-8000-000000000002";

let dataDir: string;

function run(args: string[]) {
  const lines = { out: [] as string[], err: [] as string[] };
  const output = { out: (line: string) => lines.out.push(line), err: (line: string) => lines.err.push(line) };
  return { lines, exit: logVerify(args, { NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" }, output) };
}

async function withDatabase(work: (database: Database) => Promise<void>): Promise<void> {
  const database = await openPglite(dataDir);
  try {
    await work(database);
  } finally {
    await database.close();
  }
}

// The command opens PGlite under DATA_DIR; running it once more against PostgreSQL adds nothing.
describe.skipIf(testDatabaseKind === "postgres")("log:verify", () => {
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mz-log-cli-"));
    await withDatabase(async (database) => {
      await migrate(database);
      const ctx = signContextFor(database, fixedClock(NOW));
      const first = await createTestPetition(database, { now: NOW, id: FIRST_ID, title: "Grünfläche „Am Großen Garten“ erhalten" });
      await signForResidents(ctx, first, 4, "Kommandozeile");
      const second = await createTestPetition(database, { now: NOW, id: SECOND_ID });
      await signForResidents(ctx, second, 3, "Kommandozeile");
    });
  });

  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("reports a valid log in German", async () => {
    const { lines, exit } = run([FIRST_ID]);

    expect(await exit).toBe(EXIT_VALID);
    expect(lines.out).toContain("Unterschriftenprotokoll „Grünfläche „Am Großen Garten“ erhalten“");
    expect(lines.out).toContain("Länge: 4 Einträge");
    expect(lines.out.some((line) => /^Kopf-Hash \(SHA-256\): [0-9a-f]{64}$/.test(line))).toBe(true);
    expect(lines.out).toContain("  Wallet, belegt: 1 (1)");
    expect(lines.out.at(-1)).toMatch(/^Ergebnis: in Ordnung\./);
  });

  it("accepts a unique id prefix", async () => {
    const { lines, exit } = run(["aaaaaaaa-1111"]);

    expect(await exit).toBe(EXIT_VALID);
    expect(lines.out).toContain(`Bürgerbegehren-ID: ${SECOND_ID}`);
  });

  it("exits 1 with the first bad sequence number", async () => {
    await withDatabase(async (database) => {
      await database.rows("delete from signature_log_entries where petition_id = $1 and seq = 2", [SECOND_ID]);
    });

    const { lines, exit } = run([SECOND_ID]);

    expect(await exit).toBe(EXIT_INVALID);
    expect(lines.out).toContain(
      "Ergebnis: FEHLER ab Laufnummer 2. Ein Eintrag fehlt: Die Laufnummern sind hier nicht lückenlos. Ein Eintrag wurde gelöscht oder umnummeriert.",
    );
    expect(lines.out.some((line) => line.startsWith("  Laufnummer 2: Ein Eintrag fehlt"))).toBe(true);
  });

  it("exits 1 for an altered daily counter", async () => {
    const alteredId = "dddddddd-0000-4000-8000-000000000004";
    await withDatabase(async (database) => {
      const petition = await createTestPetition(database, { now: NOW, id: alteredId });
      await signForResidents(signContextFor(database, fixedClock(NOW)), petition, 2, "Tageszähler");
      await database.rows("update signature_daily_counts set day = day + 1 where petition_id = $1", [alteredId]);
    });

    const { lines, exit } = run([alteredId]);

    expect(await exit).toBe(EXIT_INVALID);
    expect(lines.out.some((line) => line.startsWith("Ergebnis: FEHLER bei den Tageszählern."))).toBe(true);
    expect(lines.out.some((line) => line.startsWith("  Tageszähler: ") && line.includes("16.03.2026"))).toBe(true);
  });

  it("exits 3 for an ambiguous prefix", async () => {
    const { lines, exit } = run(["aaaaaaaa"]);

    expect(await exit).toBe(EXIT_FAILED);
    expect(lines.err).toEqual(["Mehrere Bürgerbegehren beginnen mit aaaaaaaa. Geben Sie mehr Zeichen der ID an."]);
  });

  it("exits 3 for an unknown petition", async () => {
    const { lines, exit } = run(["bbbbbbbb-0000-4000-8000-000000000009"]);

    expect(await exit).toBe(EXIT_FAILED);
    expect(lines.err[0]).toMatch(/^Ein Bürgerbegehren mit der ID bbbbbbbb-0000-4000-8000-000000000009 gibt es nicht\./);
  });

  it("exits 3 for an erased petition", async () => {
    const erasedId = "cccccccc-0000-4000-8000-000000000003";
    await withDatabase(async (database) => {
      const ctx = signContextFor(database, fixedClock(NOW));
      const petition = await createTestPetition(database, { now: NOW, id: erasedId, title: "Abgelaufen" });
      await signForResidents(ctx, petition, 2, "Gelöscht");
      await erasePetition(database, ctx.serverSecret, { petitionId: erasedId, retentionStartedOn: "2026-03-01", retentionDays: 1, now: NOW });
    });

    const { lines, exit } = run([erasedId]);

    expect(await exit).toBe(EXIT_FAILED);
    expect(lines.err[0]).toMatch(/^Die Unterschriften zu „Abgelaufen“ wurden am 15\.03\.2026/);
    expect(lines.err[0]).toContain("Länge 2 und Kopf-Hash ");
    expect(lines.out).toEqual([]);
  });

  it("exits 2 without a usable argument", async () => {
    const missing = run([]);
    const short = run(["abc"]);

    expect(await missing.exit).toBe(EXIT_USAGE);
    expect(missing.lines.err[0]).toMatch(/^Aufruf: npm run log:verify -- /);
    expect(await short.exit).toBe(EXIT_USAGE);
    expect(short.lines.err[0]).toMatch(/^„abc“ ist keine Bürgerbegehren-ID\./);
  });
});
