import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_CREATED, EXIT_FAILED, EXIT_USAGE, staffInvite } from "../../../src/cli/staff-invite";
import { openPglite } from "../../../src/db/client";
import { testDatabaseKind } from "../../helpers/db";

let dataDir: string;

function run(args: string[]) {
  const lines = { out: [] as string[], err: [] as string[] };
  const output = { out: (line: string) => lines.out.push(line), err: (line: string) => lines.err.push(line) };
  const env = { NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent", PUBLIC_URL: "https://mitzeichnen.example.de" };
  return { lines, exit: staffInvite(args, env, output) };
}

// The command opens PGlite under DATA_DIR; running it once more against PostgreSQL adds nothing.
describe.skipIf(testDatabaseKind === "postgres")("staff:invite", () => {
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mz-staff-cli-"));
  });
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("prints a one-time link valid for 24 hours", async () => {
    const { lines, exit } = run(["--role", "admin", "--name", "Ada Admin"]);
    expect(await exit).toBe(EXIT_CREATED);
    expect(lines.out[0]).toBe("Einladung für Ada Admin (Administration) angelegt.");
    expect(lines.out[1]).toMatch(/^Einmaliger Registrierungslink: https:\/\/mitzeichnen\.example\.de\/einladung\?code=[A-Za-z0-9_-]{43}$/);
    expect(lines.out[2]).toMatch(/^Gültig bis /);

    const database = await openPglite(dataDir);
    try {
      const rows = await database.rows<{ role: string; hours: number; audit: string }>(
        "select i.role, (extract(epoch from i.expires_at - i.created_at) / 3600)::int as hours, a.action as audit from staff_invitations i join audit_log a on a.details->>'invitationId' = i.id::text",
      );
      expect(rows).toEqual([{ role: "admin", hours: 24, audit: "staff.invited" }]);
      const token = lines.out[1]?.split("code=")[1] ?? "";
      const [stored] = await database.rows<{ hash: string }>("select encode(token_hash, 'hex') as hash from staff_invitations");
      expect(stored?.hash).toBe(createHash("sha256").update(token).digest("hex"));
    } finally {
      await database.close();
    }
  });

  const usageCases: [string, string[], RegExp][] = [
    ["no arguments", [], /Es fehlt --role/],
    ["an unknown role", ["--role", "chef", "--name", "X"], /Die Rolle „chef“ gibt es nicht/],
    ["no name", ["--role", "admin"], /Es fehlt --name/],
    ["an empty name", ["--role", "admin", "--name", "  "], /Es fehlt --name/],
    ["a missing value", ["--role"], /Nach --role fehlt ein Wert/],
    ["an unknown option", ["--rolle", "admin"], /Unbekannte Angabe --rolle/],
    ["a petition for an admin", ["--role", "admin", "--name", "X", "--petition", "00000000-0000-4000-8000-000000000000"], /passt nur zur Rolle organiser/],
    ["a malformed petition id", ["--role", "organiser", "--name", "X", "--petition", "123"], /keine Petitions-ID/],
  ];
  for (const [label, args, message] of usageCases) {
    it(`exits 2 with one German line for ${label}`, async () => {
      const { lines, exit } = run(args);
      expect(await exit).toBe(EXIT_USAGE);
      expect(lines.err).toHaveLength(1);
      expect(lines.err[0]).toMatch(message);
      expect(lines.out).toEqual([]);
    });
  }

  it("exits 3 for an unknown petition", async () => {
    const { lines, exit } = run(["--role", "organiser", "--name", "Olga", "--petition", "00000000-0000-4000-8000-000000000000"]);
    expect(await exit).toBe(EXIT_FAILED);
    expect(lines.err[0]).toContain("gibt es nicht");
  });
});
