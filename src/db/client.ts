import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { lockDataDir } from "./data-dir-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** Run one raw SQL statement with parameters $1, $2, … and return its rows. */
export type SqlRows = <T extends Record<string, unknown>>(query: string, params?: unknown[]) => Promise<T[]>;

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  /**
   * Run raw SQL and return its rows; for statements drizzle's builder cannot
   * express, and for the hot path. On PostgreSQL each connection keeps the
   * statement prepared after its first use, so pass values as parameters.
   */
  rows: SqlRows;
  /**
   * Run raw SQL statements in one transaction on one connection. It commits
   * when `work` resolves and rolls back when `work` throws.
   */
  transaction<T>(work: (rows: SqlRows) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/**
 * Open the embedded PGlite database stored in a folder, or in memory when
 * dataDir is undefined. A folder is locked for this process until close();
 * throws DataDirInUseError while another live process has it open.
 */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  let unlock = () => {};
  if (dataDir !== undefined) {
    fs.mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  let client: PGlite;
  try {
    client = new PGlite(dataDir === undefined ? undefined : path.join(dataDir, "pglite"));
    await client.waitReady;
  } catch (error) {
    unlock();
    throw error;
  }
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: "pglite",
    rows: async <T extends Record<string, unknown>>(query: string, params: unknown[] = []) =>
      (await client.query<T>(query, params)).rows,
    transaction: <T>(work: (rows: SqlRows) => Promise<T>) =>
      client.transaction((tx) => work(async <R extends Record<string, unknown>>(query: string, params: unknown[] = []) => (await tx.query<R>(query, params)).rows)),
    close: async () => {
      try {
        await client.close();
      } finally {
        unlock();
      }
    },
  };
}

/** Connect to a PostgreSQL server through the postgres.js driver. */
export async function openPostgres(url: string, maxConnections = 10): Promise<Database> {
  const client = postgres(url, { max: maxConnections, onnotice: () => {}, idle_timeout: 30 });
  return {
    db: drizzlePostgres(client, { schema }) as unknown as Db,
    kind: "postgres",
    rows: async <T extends Record<string, unknown>>(query: string, params: unknown[] = []) =>
      (await client.unsafe(query, params as postgres.ParameterOrJSON<never>[], { prepare: true })) as unknown as T[],
    transaction: <T>(work: (rows: SqlRows) => Promise<T>) =>
      client.begin((tx) =>
        work(
          async <R extends Record<string, unknown>>(query: string, params: unknown[] = []) =>
            (await tx.unsafe(query, params as postgres.ParameterOrJSON<never>[], { prepare: true })) as unknown as R[],
        ),
      ) as Promise<T>,
    close: () => client.end({ timeout: 5 }),
  };
}
