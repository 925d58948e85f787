import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { type Database, openPglite, openPostgres } from "../../src/db/client";
import { migrate } from "../../src/db/migrate";

/** Which engine this vitest project runs on: "pglite" (default) or "postgres". */
export const testDatabaseKind = process.env.TEST_DATABASE === "postgres" ? "postgres" : "pglite";

/**
 * Open a fresh, migrated database for one test file: in-memory PGlite, or a
 * new PostgreSQL database that close() drops again. Tests never share state.
 */
export async function openTestDatabase(options: { maxConnections?: number } = {}): Promise<Database> {
  if (testDatabaseKind === "pglite") {
    const database = await openPglite(undefined);
    await migrate(database);
    return database;
  }

  const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const name = `mz_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), options.maxConnections ?? 10);
  await migrate(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
