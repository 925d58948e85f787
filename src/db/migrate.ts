import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { Database } from "./client";

export const MIGRATIONS_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../drizzle");

/** Any fixed 64-bit number shared by every instance; it names the migration lock. */
const MIGRATION_LOCK_ID = 7_202_612_040;

/**
 * Apply the drizzle-kit migrations from drizzle/. On PostgreSQL an advisory
 * lock keeps instances that start together from applying them twice.
 */
export async function migrate(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (database.kind === "pglite") {
    await migratePglite(database.db as never, config);
    return;
  }
  await database.rows("select pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
  try {
    await migratePostgres(database.db as never, config);
  } finally {
    await database.rows("select pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]);
  }
}
