import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_INVALID, petitionCreate } from "../../../src/cli/petition-create";
import { testDatabaseKind } from "../../helpers/db";

const EXAMPLE = path.resolve("test/fixtures/petition.example.json");

let dataDir: string;

// The command opens PGlite under DATA_DIR, so one run on PGlite covers it.
describe.skipIf(testDatabaseKind === "postgres")("petition:create with a NUL character", () => {
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mz-break-cli-"));
  });

  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("exits 1 naming the field, without SQL in the output", async () => {
    const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8"));
    const file = path.join(dataDir, "nul.json");
    fs.writeFileSync(file, JSON.stringify({ ...example, reasoning: "Erster Absatz\u0000zweiter Absatz" }));
    const lines: string[] = [];
    const output = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };

    const exit = await petitionCreate([file], { NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" }, output).catch(
      (error: unknown) => `threw: ${error instanceof Error ? error.message.slice(0, 80) : String(error)}`,
    );

    expect(exit).toBe(EXIT_INVALID);
    expect(lines.join("\n")).toMatch(/^reasoning: /m);
    expect(lines.join("\n")).not.toContain("insert into");
  });
});
