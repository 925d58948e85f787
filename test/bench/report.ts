import fs from "node:fs";
import type { CryptoRates } from "./crypto-bound";
import type { PhaseResult } from "./phase-results";

export type MachineInfo = { cpuModel: string; cores: number; memoryGiB: number; node: string; postgres: string | undefined; loadAverage: number[] };

export type SignatureCheck = {
  signatureRows: number;
  /** Sum of the petition's sharded signature counters. */
  counterSum: number;
  confirmed: number;
  /** Transactions whose stored outcome is "signed". */
  signedOutcomes: number;
  /** Whether verifySignatureLog found the petition's signature log consistent with the signatures and counters. */
  logVerified: boolean;
};

export type DatabaseRun =
  | { database: "postgres" | "pglite"; skipped: string }
  | { database: "postgres" | "pglite"; skipped?: undefined; preparedResponses: number; preparationSeconds: number; phases: PhaseResult[]; check: SignatureCheck };

/** Marker in docs/benchmarks.md; run.ts replaces everything after it. */
export const RESULTS_MARKER = "<!-- Everything below is written by test/bench/run.ts on each run. -->";

export function checkPasses(check: SignatureCheck): boolean {
  return (
    check.signatureRows === check.confirmed && check.signedOutcomes === check.confirmed && check.counterSum === check.signatureRows && check.logVerified
  );
}

const integer = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString("en-US") : "–");
const milliseconds = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");
const percent = (value: number) => `${Math.round(value * 100)} %`;

function loadLabel(result: PhaseResult): string {
  const { spec } = result;
  if (spec.kind === "closed") return `closed loop, ${spec.concurrency} connections, ${spec.seconds} s`;
  return `open loop, ${integer(spec.rate)}/s for ${spec.seconds} s`;
}

function phaseRow(result: PhaseResult, bound: number): string {
  const notes: string[] = [];
  if (result.exhausted) notes.push("ran out of prepared responses");
  if (result.sendLagMs > 50) notes.push(`sends up to ${milliseconds(result.sendLagMs)} ms late`);
  if (result.unsignedOk > 0) notes.push(`${result.unsignedOk} answered 200 without a signature`);
  for (const [status, count] of Object.entries(result.otherStatuses)) notes.push(`${count} × HTTP ${status}`);
  if (result.noResponse > 0) notes.push(`${result.noResponse} without response`);
  const errors = result.unsignedOk + result.noResponse + Object.values(result.otherStatuses).reduce((sum, count) => sum + count, 0);
  return `| ${result.spec.name} | ${loadLabel(result)} | ${integer(result.sent)} | ${integer(result.confirmed)} | ${integer(result.confirmedPerSecond)} | ${percent(result.confirmedPerSecond / bound)} | ${milliseconds(result.latency.p50)} | ${milliseconds(result.latency.p99)} | ${milliseconds(result.latency.max)} | ${result.shed503} | ${errors} | ${notes.join("; ")} |`;
}

/** CPU milliseconds of one part per confirmed signature, or a dash. */
function cpuPerSignature(milliseconds: number | undefined, confirmed: number): string {
  return milliseconds === undefined || confirmed === 0 ? "–" : (milliseconds / confirmed).toFixed(2);
}

function cpuRow(result: PhaseResult, cores: number): string {
  const { serverMs, postgresMs, loadGeneratorMs } = result.cpu;
  const totalMs = (serverMs ?? 0) + (postgresMs ?? 0) + loadGeneratorMs;
  const capacity = result.confirmed === 0 || serverMs === undefined ? "–" : integer((cores * 1000 * result.confirmed) / totalMs);
  return `| ${result.spec.name} | ${cpuPerSignature(serverMs, result.confirmed)} | ${cpuPerSignature(postgresMs, result.confirmed)} | ${cpuPerSignature(loadGeneratorMs, result.confirmed)} | ${cpuPerSignature(totalMs, result.confirmed)} | ${capacity} |`;
}

function databaseSection(run: DatabaseRun, bound: number, cores: number): string {
  const title = run.database === "postgres" ? "PostgreSQL (127.0.0.1:5432, fresh database)" : "PGlite (fresh folder under the temporary directory)";
  if (run.skipped !== undefined) return `### ${title}\n\nSkipped: ${run.skipped}\n`;

  const { check } = run;
  return [
    `### ${title}`,
    "",
    `${integer(run.preparedResponses)} wallet responses prepared in ${run.preparationSeconds.toFixed(0)} s (not measured).`,
    "",
    "| phase | load | sent | confirmed | signatures/s | share of bound | p50 ms | p99 ms | max ms | 503 | other errors | notes |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...run.phases.map((phase) => phaseRow(phase, bound)),
    "",
    `CPU time per confirmed signature in milliseconds, all threads, read from /proc. The last column divides the ${cores} cores' time by the total: an estimate of the rate if nothing else ran and every part scaled perfectly.`,
    "",
    "| phase | server | PostgreSQL | load generator | total | estimate: signatures/s |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...run.phases.map((phase) => cpuRow(phase, cores)),
    "",
    `Database check: ${integer(check.signatureRows)} signature rows, ${integer(check.confirmed)} confirmed signatures, ${integer(check.signedOutcomes)} transactions with outcome "signed", counters sum to ${integer(check.counterSum)}, signature log ${check.logVerified ? "verified" : "INVALID"}: ${checkPasses(check) ? "no signature lost or doubled" : "MISMATCH"}.`,
    "",
  ].join("\n");
}

/** Render the results section of docs/benchmarks.md. */
export function renderResults(input: { date: Date; machine: MachineInfo; crypto: CryptoRates; runs: DatabaseRun[]; command: string }): string {
  const { machine, crypto } = input;
  const bound = crypto.signingsPerSecondBound;
  return [
    "## Last run",
    "",
    `- Command: \`${input.command}\``,
    `- Date: ${input.date.toISOString().replace(/\.\d+Z$/, "Z")}`,
    `- Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(0)} GiB memory, load average ${machine.loadAverage.map((value) => value.toFixed(2)).join(" ")} at the start`,
    `- Node ${machine.node}, PostgreSQL ${machine.postgres ?? "not reachable"}`,
    "",
    "### Crypto bound",
    "",
    "| ES256 verifications/s | P-256 ECDH/s | bound: signings/s |",
    "| ---: | ---: | ---: |",
    `| ${integer(crypto.es256VerifyPerSecond)} | ${integer(crypto.ecdhPerSecond)} | ${integer(bound)} |`,
    "",
    "Both rates are node:crypto on one thread (a fixed signature verified in a tight loop; one key agreement per operation). " +
      "A signing needs at least two ES256 verifications (issuer JWT and KB-JWT) and one ECDH for the ECDH-ES JWE, so one thread " +
      "can do at most 1 / (2 / ES256 rate + 1 / ECDH rate) signings per second. The share of bound column divides by this " +
      "one-thread figure, although the server decrypts and verifies on worker threads, and the server, the load generator " +
      "and PostgreSQL share the machine's cores.",
    "",
    ...input.runs.map((run) => databaseSection(run, bound, machine.cores)),
  ].join("\n");
}

/** Replace the results section of the benchmark page, keeping the hand-written text above the marker. */
export function writeResultsPage(file: string, results: string): void {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n\n";
  const markerAt = existing.indexOf(RESULTS_MARKER);
  const intro = markerAt === -1 ? `${existing.trimEnd()}\n\n` : existing.slice(0, markerAt);
  fs.writeFileSync(file, `${intro}${RESULTS_MARKER}\n\n${results.trimEnd()}\n`);
}
