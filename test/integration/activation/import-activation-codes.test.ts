import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActivationUploadRow } from "../../../src/activation/activation-upload";
import { countActivationCodes, importActivationCodes } from "../../../src/activation/import-activation-codes";
import type { Database } from "../../../src/db/client";
import { activationCodes, auditLog } from "../../../src/db/schema";
import { randomUploadRow } from "../../helpers/activation";
import { openTestDatabase } from "../../helpers/db";

const TODAY = "2026-12-04";

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.close();
});

function uploadRow(expiresOn = "2027-03-04"): ActivationUploadRow {
  return randomUploadRow({ expiresOn, facts: { reachesMinimumAgeOn: "2008-02-14", citizenship: "EU" } });
}

const numbered = (rows: ActivationUploadRow[]) => rows.map((row, index) => ({ line: index + 2, row }));

describe("importActivationCodes", () => {
  it("stores each row with its resident keys and facts", async () => {
    const row = uploadRow();

    const result = await importActivationCodes(database, { rows: numbered([row]), actorId: null, today: TODAY });

    expect(result).toEqual({ stored: 1, duplicateLines: [], expiredLines: [], overlongLines: [] });
    const [stored] = await database.db.select().from(activationCodes).where(eq(activationCodes.selector, row.selector));
    expect(stored).toMatchObject({
      verifierHash: row.verifierHash,
      residentKey: Buffer.from(row.residentKey, "base64url"),
      weakResidentKey: Buffer.from(row.weakResidentKey, "base64url"),
      facts: row.facts,
      source: "letter",
      expiresOn: row.expiresOn,
      failedAttempts: 0,
      usedAt: null,
    });
  });

  it("stores nothing new when the same file comes twice", async () => {
    const rows = numbered([uploadRow(), uploadRow()]);
    await importActivationCodes(database, { rows, actorId: null, today: TODAY });

    const again = await importActivationCodes(database, { rows, actorId: null, today: TODAY });

    expect(again).toEqual({ stored: 0, duplicateLines: [2, 3], expiredLines: [], overlongLines: [] });
  });

  it("keeps the first of two lines with one selector", async () => {
    const row = uploadRow();
    const twin = { ...uploadRow(), selector: row.selector };

    const result = await importActivationCodes(database, { rows: numbered([row, twin]), actorId: null, today: TODAY });

    expect(result).toEqual({ stored: 1, duplicateLines: [3], expiredLines: [], overlongLines: [] });
    const [stored] = await database.db.select().from(activationCodes).where(eq(activationCodes.selector, row.selector));
    expect(stored?.verifierHash).toBe(row.verifierHash);
  });

  it("reports codes that expired before the upload", async () => {
    const result = await importActivationCodes(database, { rows: numbered([uploadRow("2026-12-03"), uploadRow(TODAY)]), actorId: null, today: TODAY });

    expect(result).toEqual({ stored: 1, duplicateLines: [], expiredLines: [2], overlongLines: [] });
  });

  it("refuses codes that would stay valid longer than two years", async () => {
    const rows = numbered([uploadRow("2028-12-03"), uploadRow("2028-12-04"), uploadRow("2099-12-31")]);

    const result = await importActivationCodes(database, { rows, actorId: null, today: TODAY });

    expect(result).toEqual({ stored: 1, duplicateLines: [], expiredLines: [], overlongLines: [3, 4] });
  });

  it("stores large files in several statements", async () => {
    const rows = Array.from({ length: 2345 }, () => uploadRow());

    const result = await importActivationCodes(database, { rows: numbered(rows), actorId: null, today: TODAY });

    expect(result.stored).toBe(2345);
    expect(await countActivationCodes(database, rows.map((row) => row.selector))).toBe(2345);
  });

  it("writes the counts to the audit log", async () => {
    const row = uploadRow();
    await importActivationCodes(database, { rows: numbered([row, row]), actorId: null, today: TODAY });

    const entries = await database.db.select().from(auditLog).where(eq(auditLog.action, "activation_codes.imported"));
    expect(entries.map((entry) => entry.details)).toContainEqual({ stored: 1, duplicates: 1, expired: 0, overlong: 0 });
    expect(JSON.stringify(entries)).not.toContain(row.residentKey);
  });
});
