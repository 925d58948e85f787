import { generateKeyPairSync, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { systemClock } from "../../src/clock";
import { loadConfig } from "../../src/config";
import { loadTrustList } from "../../src/credentials/load-trust-list";
import { KOMMPASS_VCT } from "../../src/credentials/credential-types";
import { type Database, openPglite, openPostgres } from "../../src/db/client";
import { migrate } from "../../src/db/migrate";
import { createLogger } from "../../src/log";
import { generateTestVerifierCertificate } from "../../src/openid4vp/generate-test-verifier-certificate";
import { loadVerifierIdentity } from "../../src/openid4vp/load-verifier-identity";
import { verifySignatureLog } from "../../src/signature-log/verify-signature-log";
import { createTestPetition } from "../helpers/petitions";
import { createBenchPostgresDatabase, postgresServerVersion } from "./bench-database";
import { measureCryptoRates } from "./crypto-bound";
import { cpuTimeBetween, takeCpuSnapshot } from "./cpu-time";
import { LoadClient, type LoadItem, runClosedLoop, runOpenLoop } from "./http-load";
import { evaluatePhase, type PhaseRun, type PhaseSpec } from "./phase-results";
import { prepareResponses } from "./prepare-responses";
import { startBenchTransactions } from "./prepare-transactions";
import { checkPasses, type DatabaseRun, type MachineInfo, renderResults, type SignatureCheck, writeResultsPage } from "./report";
import { startServerProcess } from "./server-process";
import { logAppendRunsPass, renderLogAppendResults, writeLogAppendResults } from "./log-append-report";
import { benchmarkLogAppend, type LogAppendOptions, type LogAppendRun } from "./log-append-throughput";
import { measureVerificationRate } from "./verification-rate";
import type { BenchIssuerData } from "./wallet-response";
import { NO_RATE_LIMITS } from "../helpers/rate-limits";
import { loadOfficeEvidenceKey } from "../../src/evidence/office-evidence-key";

// npm run bench [-- --quick] [-- --only=postgres|pglite|signature-log] [-- --cpu-prof]
// Drives POST /openid4vp/response/:id of the real app in a child process with
// prepared, encrypted wallet responses, on PostgreSQL and on PGlite, and
// writes the results to docs/benchmarks.md (not with --quick or --only).
// Then measures the signing statement with and without the signature log
// append at the database (test/bench/log-append-throughput.ts); that part
// alone runs with --only=signature-log and writes its own block of the page.

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const only = argv.find((argument) => argument.startsWith("--only="))?.slice("--only=".length);
const cpuProfile = argv.includes("--cpu-prof");

const SECONDS_SCALE = quick ? 0.2 : 1;
const CLOSED_LOOP_CONNECTIONS = 128;
const SATURATION_SECONDS = 10 * SECONDS_SCALE;
const OPEN_LOOP_SECONDS = 5 * SECONDS_SCALE;
const OPEN_LOOP_RATES = [500, 1000, 2000];
const WARMUP_REQUESTS = quick ? 300 : 1500;
/**
 * Factor on the in-process verifyPresentation rate when sizing the
 * saturation pool. Preparing a response costs more than the server spends on
 * it, so the pool is sized from that rate rather than from the crypto bound.
 * A server faster than this runs out early, which the results table notes.
 */
const SATURATION_POOL_HEADROOM = 1.0;
const PAUSE_BETWEEN_PHASES_MS = 1000;
const RESULTS_FILE = fileURLToPath(new URL("../../docs/benchmarks.md", import.meta.url));
const LOG_APPEND_OPTIONS: LogAppendOptions = quick
  ? { connections: 16, rounds: 2, roundSeconds: 1, sealIntervalMs: 1000 }
  : { connections: 16, rounds: 6, roundSeconds: 5, sealIntervalMs: 1000 };

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

function machineInfo(postgres: string | undefined): MachineInfo {
  const cpuinfo = fs.existsSync("/proc/cpuinfo") ? fs.readFileSync("/proc/cpuinfo", "utf8") : "";
  const cpuModel = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown CPU";
  return {
    cpuModel,
    cores: os.availableParallelism(),
    memoryGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    postgres,
    loadAverage: os.loadavg(),
  };
}

/** Files shared by the load generator and the server: the trust list, the verifier certificate and key. */
function writeBenchFiles(folder: string, issuer: BenchIssuerData, verifier: { certificateChainPem: string; privateKeyPem: string }) {
  const { d: _private, ...publicJwk } = issuer.privateJwk;
  const trustListFile = path.join(folder, "trust-list.json");
  fs.writeFileSync(
    trustListFile,
    JSON.stringify({ issuers: [{ name: "Bench KommPass issuer", iss: issuer.iss, jwks: { keys: [{ ...publicJwk, kid: issuer.kid, alg: "ES256" }] }, vct: [KOMMPASS_VCT] }] }),
  );
  const chainFile = path.join(folder, "verifier-chain.pem");
  const keyFile = path.join(folder, "verifier-key.pem");
  fs.writeFileSync(chainFile, verifier.certificateChainPem);
  fs.writeFileSync(keyFile, verifier.privateKeyPem, { mode: 0o600 });
  // The bench never reads evidence back, so only the office's public key is kept.
  const officeKeyFile = path.join(folder, "office-evidence-key.public.jwk");
  const { publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  fs.writeFileSync(officeKeyFile, JSON.stringify(publicKey.export({ format: "jwk" })));
  return { trustListFile, chainFile, keyFile, officeKeyFile };
}

async function benchmarkDatabase(kind: "postgres" | "pglite", issuer: BenchIssuerData, expectedRate: number): Promise<DatabaseRun> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `mz-bench-${kind}-`));
  const postgresDatabase = kind === "postgres" ? await createBenchPostgresDatabase() : undefined;
  try {
    const files = writeBenchFiles(folder, issuer, await generateTestVerifierCertificate("localhost", new Date()));
    const env: Record<string, string> = {
      NODE_ENV: "production",
      PUBLIC_URL: "https://localhost",
      HOST: "127.0.0.1",
      DATA_DIR: folder,
      LOG_LEVEL: "warn",
      DEMO: "0",
      TRUST_LIST: files.trustListFile,
      VERIFIER_CERT_CHAIN: files.chainFile,
      VERIFIER_KEY: files.keyFile,
      OFFICE_EVIDENCE_KEY: files.officeKeyFile,
      SERVER_SECRET: randomBytes(32).toString("base64url"),
      TRANSACTION_TTL_SECONDS: "3600",
      ...NO_RATE_LIMITS,
      PRIVACY_CONTROLLER_NAME: "Benchmark",
      PRIVACY_CONTROLLER_ADDRESS: "Benchmark",
      PRIVACY_CONTROLLER_EMAIL: "benchmark@example.org",
      PRIVACY_OFFICER_EMAIL: "benchmark@example.org",
      ...(postgresDatabase === undefined ? {} : { DATABASE_URL: postgresDatabase.url }),
    };
    const config = loadConfig(env);
    const serverSecret = Buffer.from(env.SERVER_SECRET!, "base64url");
    const openDatabase = () => (postgresDatabase === undefined ? openPglite(folder) : openPostgres(postgresDatabase.url));

    // Preparation, not measured: one petition, the transactions, and one encrypted response per transaction.
    const preparationStarted = performance.now();
    const saturationPool = Math.ceil(expectedRate * SATURATION_SECONDS * SATURATION_POOL_HEADROOM);
    const openLoopSizes = OPEN_LOOP_RATES.map((rate) => Math.round(rate * OPEN_LOOP_SECONDS));
    const total = WARMUP_REQUESTS + saturationPool + openLoopSizes.reduce((sum, size) => sum + size, 0);

    const database = await openDatabase();
    await migrate(database);
    const petition = await createTestPetition(database, { now: new Date(), serverSecret });
    const ctx = {
      config,
      database,
      clock: systemClock,
      serverSecret,
      officeEvidenceKey: loadOfficeEvidenceKey(config),
      trustList: loadTrustList(config.trustListFile, undefined),
      verifierIdentity: await loadVerifierIdentity(config),
      fetchStatusList: async () => {
        throw new Error("the bench credentials have no status list");
      },
      log: createLogger("silent"),
    };
    log(`[${kind}] starting ${total.toLocaleString("en-US")} wallet transactions`);
    const transactions = await startBenchTransactions(ctx, { petitionId: petition.id, count: total, firstResidentIndex: 0 });
    await database.close();

    log(`[${kind}] encrypting ${total.toLocaleString("en-US")} wallet responses on ${os.availableParallelism()} threads`);
    const bodies = await prepareResponses(
      transactions.map((transaction) => transaction.job),
      issuer,
      os.availableParallelism(),
    );
    const items: LoadItem[] = transactions.map((transaction, index) => ({
      transactionId: transaction.transactionId,
      path: transaction.responsePath,
      body: bodies[index]!,
    }));
    const preparationSeconds = (performance.now() - preparationStarted) / 1000;
    log(`[${kind}] prepared in ${preparationSeconds.toFixed(0)} s`);

    // Measurement: the server in its own process, the load from this one.
    const profileDir = cpuProfile ? path.join(os.tmpdir(), "mz-bench-profiles", kind) : undefined;
    const server = await startServerProcess(env, profileDir);
    const client = new LoadClient(server.port, 1024);
    const runs: PhaseRun[] = [];
    let offset = 0;
    const take = (count: number) => {
      const slice = items.slice(offset, offset + count);
      offset += count;
      return slice;
    };

    try {
      const phases: PhaseSpec[] = [
        { name: "warm-up", kind: "closed", concurrency: 64, seconds: 60, poolSize: WARMUP_REQUESTS },
        { name: "saturation", kind: "closed", concurrency: CLOSED_LOOP_CONNECTIONS, seconds: SATURATION_SECONDS, poolSize: saturationPool },
        ...OPEN_LOOP_RATES.map((rate): PhaseSpec => ({ name: `${rate}/s`, kind: "open", rate, seconds: OPEN_LOOP_SECONDS })),
      ];
      for (const spec of phases) {
        const cpuBefore = takeCpuSnapshot(server.pid, kind === "postgres");
        if (spec.kind === "closed") {
          const measured = await runClosedLoop(client, take(spec.poolSize), spec);
          const cpu = cpuTimeBetween(cpuBefore, takeCpuSnapshot(server.pid, kind === "postgres"));
          runs.push({ spec, records: measured.records, elapsedMs: measured.elapsedMs, exhausted: spec.name !== "warm-up" && measured.exhausted, sendLagMs: 0, cpu });
        } else {
          const pool = take(Math.round(spec.rate * spec.seconds));
          const measured = await runOpenLoop(client, pool, spec);
          const cpu = cpuTimeBetween(cpuBefore, takeCpuSnapshot(server.pid, kind === "postgres"));
          runs.push({ spec, records: measured.records, elapsedMs: 0, exhausted: false, sendLagMs: measured.sendLagMs, cpu });
        }
        log(`[${kind}] ${spec.name}: ${runs.at(-1)!.records.length} requests`);
        await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_PHASES_MS));
      }
    } finally {
      client.close();
      await server.stop();
    }

    // Afterwards: which transactions ended signed, and does the signature table agree?
    const checked = await openDatabase();
    const outcomes = await storedOutcomes(checked, petition.id);
    const evaluated = runs.map((run) => evaluatePhase(run, outcomes));
    const check: SignatureCheck = {
      ...(await countSignatures(checked, petition.id)),
      confirmed: evaluated.reduce((sum, phase) => sum + phase.confirmed, 0),
      signedOutcomes: [...outcomes.values()].filter((kind) => kind === "signed").length,
      logVerified: (await verifySignatureLog(checked, petition.id)).ok,
    };
    await checked.close();
    log(
      `[${kind}] check: ${check.signatureRows} signature rows, ${check.confirmed} confirmed, ${check.signedOutcomes} signed outcomes, counters ${check.counterSum}, log ${check.logVerified ? "verified" : "INVALID"}: ${checkPasses(check) ? "ok" : "MISMATCH"}`,
    );
    return { database: kind, preparedResponses: items.length, preparationSeconds, phases: evaluated, check };
  } finally {
    await postgresDatabase?.drop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function storedOutcomes(database: Database, petitionId: string): Promise<Map<string, string>> {
  const rows = await database.rows<{ id: string; kind: string | null }>(
    "select id::text as id, outcome->>'kind' as kind from wallet_transactions where petition_id = $1 and status <> 'pending'",
    [petitionId],
  );
  return new Map(rows.map((row) => [row.id, row.kind ?? row.id]));
}

async function countSignatures(database: Database, petitionId: string): Promise<{ signatureRows: number; counterSum: number }> {
  const [rows] = await database.rows<{ count: string | number }>("select count(*) as count from signatures where petition_id = $1", [petitionId]);
  const [counters] = await database.rows<{ total: string | number | null }>(
    "select sum(count) as total from signature_counts where petition_id = $1",
    [petitionId],
  );
  return { signatureRows: Number(rows?.count ?? 0), counterSum: Number(counters?.total ?? 0) };
}

/** Measure the signature log append on both databases and write its block of the page unless --quick. */
async function benchmarkSignatureLog(machine: MachineInfo): Promise<boolean> {
  const runs: LogAppendRun[] = [];
  if (machine.postgres === undefined) runs.push({ database: "postgres", skipped: "no PostgreSQL server answered at 127.0.0.1:5432" });
  else runs.push(await benchmarkLogAppend("postgres", LOG_APPEND_OPTIONS, log));
  runs.push(await benchmarkLogAppend("pglite", LOG_APPEND_OPTIONS, log));

  const machineLine = `${machine.cpuModel}, ${machine.cores} cores, load average ${machine.loadAverage.map((value) => value.toFixed(2)).join(" ")} at the start, Node ${machine.node}, PostgreSQL ${machine.postgres ?? "not reachable"}`;
  const results = renderLogAppendResults({ date: new Date(), command: `npm run bench${argv.length > 0 ? ` -- ${argv.join(" ")}` : ""}`, machineLine, runs });
  log(`\n${results}`);
  if (!quick) {
    writeLogAppendResults(RESULTS_FILE, results);
    log(`written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  }
  return logAppendRunsPass(runs);
}

async function main() {
  const postgresVersion = await postgresServerVersion();
  const machine = machineInfo(postgresVersion);
  log(`${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, PostgreSQL ${postgresVersion ?? "not reachable"}`);
  if (only === "signature-log") {
    process.exitCode = (await benchmarkSignatureLog(machine)) ? 0 : 1;
    return;
  }

  const crypto = measureCryptoRates(quick ? 0.5 : 2);
  log(
    `ES256 verify ${Math.round(crypto.es256VerifyPerSecond)}/s, ECDH ${Math.round(crypto.ecdhPerSecond)}/s, bound ${Math.round(crypto.signingsPerSecondBound)} signings/s per thread`,
  );

  const issuerKey = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const issuer: BenchIssuerData = { iss: "https://kommpass.bench.example", kid: "bench-issuer-1", privateJwk: issuerKey.privateKey.export({ format: "jwk" }) };
  const verificationRate = await measureVerificationRate(issuer, quick ? 0.5 : 2);
  const expectedRate = Math.min(verificationRate, crypto.signingsPerSecondBound);
  log(`verifyPresentation ${Math.round(verificationRate)}/s in process`);

  const runs: DatabaseRun[] = [];
  if (only === undefined || only === "postgres") {
    if (postgresVersion === undefined) runs.push({ database: "postgres", skipped: "no PostgreSQL server answered at 127.0.0.1:5432" });
    else runs.push(await benchmarkDatabase("postgres", issuer, expectedRate));
  }
  if (only === undefined || only === "pglite") runs.push(await benchmarkDatabase("pglite", issuer, expectedRate));

  const results = renderResults({ date: new Date(), machine, crypto, runs, command: `npm run bench${argv.length > 0 ? ` -- ${argv.join(" ")}` : ""}` });
  log(`\n${results}`);
  if (!quick && only === undefined) {
    writeResultsPage(RESULTS_FILE, results);
    log(`written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  }
  const failed = runs.some((run) => run.skipped === undefined && !checkPasses(run.check));
  const logPassed = only === undefined ? await benchmarkSignatureLog(machine) : true;
  process.exitCode = failed || !logPassed ? 1 : 0;
}

await main();
