import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client";
import { migrate } from "../../src/db/migrate";
import { openTestDatabase } from "../helpers/db";

describe("database migrations", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it("creates every table", async () => {
    const rows = await database.rows<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
    );
    expect(rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(["petitions", "petition_keys", "signatures", "signature_counts", "wallet_transactions"]),
    );
  });

  it("applies a second time without change", async () => {
    await expect(migrate(database)).resolves.toBeUndefined();
  });
});
