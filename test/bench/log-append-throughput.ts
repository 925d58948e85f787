import { randomBytes, randomInt } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Database, openPglite, openPostgres } from "../../src/db/client";
import { COUNT_SHARDS } from "../../src/db/schema";
import { migrate } from "../../src/db/migrate";
import { signatureLogAppendSql } from "../../src/signature-log/append-log-entries";
import { sealAllPendingLogs } from "../../src/signature-log/seal-log";
import { verifySignatureLog } from "../../src/signature-log/verify-signature-log";
import { signatureInsertSql } from "../../src/signing/sign-petition";
import { createTestPetition } from "../helpers/petitions";
import { createBenchPostgresDatabase } from "./bench-database";
import { cpuTimeBetween, takeCpuSnapshot } from "./cpu-time";

// The signature log's share of signing cost, measured at the database: the
// signing statement run by many connections at once for one petition, with
// the WITH query that appends the log entry and without it. HTTP and
// presentation checks are left out, because their CPU cost would hide the
// difference on a small machine.

export type LogAppendOptions = {
  /** Concurrent signing loops, one PostgreSQL connection each. */
  connections: number;
  /** Rounds per variant; the variants alternate, and each round starts with the other variant than the one before. */
  rounds: number;
  roundSeconds: number;
  /** Milliseconds between two runs of the sealer during the rounds with the log, as LOG_SEAL_INTERVAL_MS. */
  sealIntervalMs: number;
};

export type VariantResult = {
  /** Signatures per second of each round, in the order run. */
  roundRates: number[];
  medianRate: number;
  signatures: number;
  /** PostgreSQL CPU milliseconds per signature over all rounds; undefined on PGlite. */
  postgresCpuMs: number | undefined;
  /** CPU milliseconds of this process per signature: the driver, and with PGlite the database too. */
  nodeCpuMs: number;
};

export type LogAppendRun =
  | { database: "postgres" | "pglite"; skipped: string }
  | {
      database: "postgres" | "pglite";
      skipped?: undefined;
      options: LogAppendOptions;
      withLog: VariantResult;
      withoutLog: VariantResult;
      /** withLog.medianRate / withoutLog.medianRate. */
      ratio: number;
      /** Outcome of verifySignatureLog on the petition signed with the log, after the last seal. */
      logVerified: boolean;
      logLength: number;
    };

/** Share of the throughput without the log that signing with it must reach. */
export const LOG_APPEND_TARGET_RATIO = 0.8;

const WITH_LOG = `with ${signatureInsertSql()} select shard from counted`;
const WITHOUT_LOG = withoutLogAppend(WITH_LOG);

/** Remove the log's WITH query from the signing statement, for the baseline; throws when the statement no longer contains it. */
function withoutLogAppend(statement: string): string {
  const append = `${signatureLogAppendSql({ name: "logged", source: "inserted", kind: "signed", occurredAt: "$9::timestamptz" })},`;
  if (!statement.includes(append)) throw new Error("the signing statement no longer contains the log append this benchmark removes");
  return statement.replace(append, "");
}

/**
 * Parameters $1 to $12 of the signing statement for a new person, as
 * prepareSignature builds them. Random bytes of a typical size stand in for
 * the sealed evidence, because this bench measures the log append only.
 */
function signingParams(petitionId: string): unknown[] {
  return [
    petitionId,
    randomBytes(32),
    "wallet",
    "proven",
    "urn:mitzeichnen:demo:kommpass:1",
    "https://kommpass.bench.example",
    JSON.stringify({ municipality: "proven", age: "proven", nationality: "proven", residence: "proven", identity: "proven" }),
    randomBytes(32),
    new Date().toISOString(),
    randomInt(COUNT_SHARDS),
    randomBytes(700),
    randomBytes(32),
  ];
}

/** Run the statement from `connections` loops until `seconds` have passed; returns the number of signatures. */
async function closedLoop(database: Database, statement: string, petitionId: string, connections: number, seconds: number): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  let signed = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const rows = await database.rows(statement, signingParams(petitionId));
        if (rows.length !== 1) throw new Error("a bench signing with a fresh nullifier was not recorded");
        signed += 1;
      }
    }),
  );
  return signed;
}

/** Run sealAllPendingLogs every `intervalMs` as the server does, until the returned function is called. */
function startSealer(database: Database, intervalMs: number): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => sealAllPendingLogs(database));
  }, intervalMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

type VariantTotals = { rates: number[]; signatures: number; postgresMs: number | undefined; nodeMs: number };

async function runRound(database: Database, kind: "postgres" | "pglite", variant: { statement: string; petitionId: string; log: boolean }, options: LogAppendOptions, totals: VariantTotals) {
  const stopSealer = variant.log ? startSealer(database, options.sealIntervalMs) : undefined;
  const before = takeCpuSnapshot(process.pid, kind === "postgres");
  const started = performance.now();
  const signed = await closedLoop(database, variant.statement, variant.petitionId, options.connections, options.roundSeconds);
  const elapsedSeconds = (performance.now() - started) / 1000;
  const cpu = cpuTimeBetween(before, takeCpuSnapshot(process.pid, kind === "postgres"));
  await stopSealer?.();

  totals.rates.push(signed / elapsedSeconds);
  totals.signatures += signed;
  totals.postgresMs = cpu.postgresMs === undefined ? undefined : (totals.postgresMs ?? 0) + cpu.postgresMs;
  totals.nodeMs += cpu.loadGeneratorMs;
}

function variantResult(totals: VariantTotals): VariantResult {
  return {
    roundRates: totals.rates,
    medianRate: median(totals.rates),
    signatures: totals.signatures,
    postgresCpuMs: totals.postgresMs === undefined ? undefined : totals.postgresMs / totals.signatures,
    nodeCpuMs: totals.nodeMs / totals.signatures,
  };
}

/**
 * Measure signing throughput for one petition with and without the log
 * append, on a fresh PostgreSQL database or PGlite folder. Each variant
 * signs its own petition, so the petition signed with the log can be
 * verified afterwards.
 */
export async function benchmarkLogAppend(kind: "postgres" | "pglite", options: LogAppendOptions, log: (line: string) => void): Promise<LogAppendRun> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `mz-bench-log-${kind}-`));
  const postgresDatabase = kind === "postgres" ? await createBenchPostgresDatabase() : undefined;
  const database = postgresDatabase === undefined ? await openPglite(folder) : await openPostgres(postgresDatabase.url, options.connections + 1);
  try {
    await migrate(database);
    const now = new Date();
    const logged = { statement: WITH_LOG, petitionId: (await createTestPetition(database, { now })).id, log: true };
    const baseline = { statement: WITHOUT_LOG, petitionId: (await createTestPetition(database, { now })).id, log: false };

    // Warm-up, not measured: prepared statements, caches and the first index pages.
    await closedLoop(database, WITH_LOG, logged.petitionId, options.connections, 1);
    await closedLoop(database, WITHOUT_LOG, baseline.petitionId, options.connections, 1);

    const withLog: VariantTotals = { rates: [], signatures: 0, postgresMs: undefined, nodeMs: 0 };
    const withoutLog: VariantTotals = { rates: [], signatures: 0, postgresMs: undefined, nodeMs: 0 };
    for (let round = 0; round < options.rounds; round += 1) {
      const order = round % 2 === 0 ? ([[logged, withLog], [baseline, withoutLog]] as const) : ([[baseline, withoutLog], [logged, withLog]] as const);
      for (const [variant, totals] of order) await runRound(database, kind, variant, options, totals);
      log(`[log ${kind}] round ${round + 1}: with log ${Math.round(withLog.rates.at(-1)!)}/s, without ${Math.round(withoutLog.rates.at(-1)!)}/s`);
    }

    await sealAllPendingLogs(database);
    const verification = await verifySignatureLog(database, logged.petitionId);
    const withResult = variantResult(withLog);
    const withoutResult = variantResult(withoutLog);
    return {
      database: kind,
      options,
      withLog: withResult,
      withoutLog: withoutResult,
      ratio: withResult.medianRate / withoutResult.medianRate,
      logVerified: verification.ok,
      logLength: verification.length,
    };
  } finally {
    await database.close();
    await postgresDatabase?.drop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
