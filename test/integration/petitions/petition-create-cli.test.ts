import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_CREATED, EXIT_INVALID, EXIT_USAGE, petitionCreate } from "../../../src/cli/petition-create";
import { openPglite } from "../../../src/db/client";
import { findPetition } from "../../../src/petitions/queries";
import { testDatabaseKind } from "../../helpers/db";

const EXAMPLE = path.resolve("test/fixtures/petition.example.json");

let dataDir: string;

function run(args: string[]) {
  const lines = { out: [] as string[], err: [] as string[] };
  const output = { out: (line: string) => lines.out.push(line), err: (line: string) => lines.err.push(line) };
  return { lines, exit: petitionCreate(args, { NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" }, output) };
}

function writeFile(name: string, content: string): string {
  const file = path.join(dataDir, name);
  fs.writeFileSync(file, content);
  return file;
}

// The command opens PGlite under DATA_DIR; running it once more against PostgreSQL adds nothing.
describe.skipIf(testDatabaseKind === "postgres")("petition:create", () => {
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mz-cli-"));
  });

  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("creates the example petition and prints its id and URL", async () => {
    const { lines, exit } = run([EXAMPLE]);
    expect(await exit).toBe(EXIT_CREATED);

    const id = /Bürgerbegehren angelegt: ([0-9a-f-]{36})/.exec(lines.out.join("\n"))?.[1];
    expect(id).toBeDefined();
    expect(lines.out).toContain(`Öffentliche Seite: http://localhost:3000/petitionen/${id}`);

    const database = await openPglite(dataDir);
    try {
      expect((await findPetition(database, id ?? ""))?.title).toBe("Stadtbibliothek Neustadt am Sonntag öffnen");
    } finally {
      await database.close();
    }
  });

  it("exits 1 and names every invalid field", async () => {
    const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8"));
    const file = writeFile("invalid.json", JSON.stringify({ ...example, quorum: 0, deputy: undefined, rules: { ...example.rules, municipalityKeys: ["146"] } }));

    const { lines, exit } = run([file]);

    expect(await exit).toBe(EXIT_INVALID);
    expect(lines.err).toEqual([
      "deputy: fehlt. Ergänzen Sie das Feld.",
      "quorum: muss eine ganze Zahl größer als 0 sein, zum Beispiel 1200.",
      "rules.municipalityKeys[0]: muss ein Gemeindeschlüssel (AGS) aus genau 8 Ziffern sein, zum Beispiel \"14612000\" für Dresden.",
      "3 Probleme gefunden; es wurde nichts gespeichert.",
    ]);
  });

  it.each(["submitted", "decided", "Collecting", ""])("exits 1 for status %j and lists the allowed ones", async (status) => {
    const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8"));
    const file = writeFile(`status-${status || "empty"}.json`, JSON.stringify({ ...example, status }));

    const { lines, exit } = run([file]);

    expect(await exit).toBe(EXIT_INVALID);
    expect(lines.err[0]).toBe("status: muss „draft“, „collecting“ oder „closed“ sein.");
    expect(lines.out).toEqual([]);
  });

  it("exits 2 without a file", async () => {
    const { lines, exit } = run([]);
    expect(await exit).toBe(EXIT_USAGE);
    expect(lines.err[0]).toContain("Es fehlt die JSON-Datei");
  });

  it("exits 2 for a file that cannot be read", async () => {
    const { lines, exit } = run([path.join(dataDir, "missing.json")]);
    expect(await exit).toBe(EXIT_USAGE);
    expect(lines.err[0]).toContain("Die Datei lässt sich nicht lesen");
  });

  it("exits 2 for a file that is not JSON", async () => {
    const { lines, exit } = run([writeFile("broken.json", "{ \"title\": ")]);
    expect(await exit).toBe(EXIT_USAGE);
    expect(lines.err[0]).toContain("Die Datei ist kein gültiges JSON");
  });

  it("exits 2 for a Latin-1 file instead of storing replacement characters", async () => {
    const file = path.join(dataDir, "latin1.json");
    fs.writeFileSync(file, Buffer.from(fs.readFileSync(EXAMPLE, "utf8").replace("Soll", "Öffnen: Soll"), "latin1"));

    const { lines, exit } = run([file]);

    expect(await exit).toBe(EXIT_USAGE);
    expect(lines.err[0]).toContain("nicht in UTF-8 kodiert");
  });

  it("accepts a file that starts with a byte order mark", async () => {
    const { exit } = run([writeFile("bom.json", `\uFEFF${fs.readFileSync(EXAMPLE, "utf8")}`)]);

    expect(await exit).toBe(EXIT_CREATED);
  });

  it("exits with the same codes through npm run", async () => {
    const execFileAsync = promisify(execFile);
    const env = { ...process.env, NODE_ENV: "test", DATA_DIR: dataDir, DATABASE_URL: "" };
    const failure = await execFileAsync("npm", ["run", "-s", "petition:create", "--", writeFile("empty.json", "{}")], { env }).then(
      () => ({ code: EXIT_CREATED, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure.code).toBe(EXIT_INVALID);
    expect(failure.stderr).toContain("title: fehlt. Ergänzen Sie das Feld.");
  });
});
