import { randomBytes } from "node:crypto";
import postgres from "postgres";

/** PostgreSQL server of the bench: loopback, trust authentication, user postgres. */
export const BENCH_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/** The server version when PostgreSQL answers at BENCH_POSTGRES_URL, else undefined. */
export async function postgresServerVersion(): Promise<string | undefined> {
  const admin = postgres(BENCH_POSTGRES_URL, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    const [row] = await admin<{ server_version: string }[]>`show server_version`;
    return row?.server_version;
  } catch {
    return undefined;
  } finally {
    await admin.end({ timeout: 1 });
  }
}

/** Create an empty database for one run; `drop` removes it with any open connections. */
export async function createBenchPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `mz_bench_${randomBytes(6).toString("hex")}`;
  const admin = postgres(BENCH_POSTGRES_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();

  const url = new URL(BENCH_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = postgres(BENCH_POSTGRES_URL, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
