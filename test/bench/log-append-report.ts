import fs from "node:fs";
import { LOG_APPEND_TARGET_RATIO, type LogAppendRun, type VariantResult } from "./log-append-throughput";
import { RESULTS_MARKER } from "./report";

/** Markers around the log append results in docs/benchmarks.md; run.ts replaces what lies between them. */
export const LOG_RESULTS_START = "<!-- Signature log results, written by test/bench/run.ts: start -->";
export const LOG_RESULTS_END = "<!-- Signature log results: end -->";

const integer = (value: number) => Math.round(value).toLocaleString("en-US");
const cpu = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(3));

function variantRow(name: string, result: VariantResult): string {
  return `| ${name} | ${integer(result.medianRate)} | ${result.roundRates.map(integer).join(", ")} | ${integer(result.signatures)} | ${cpu(result.postgresCpuMs)} | ${cpu(result.nodeCpuMs)} |`;
}

function runSection(run: LogAppendRun): string {
  const title = run.database === "postgres" ? "PostgreSQL (127.0.0.1:5432, fresh database)" : "PGlite (fresh folder under the temporary directory)";
  if (run.skipped !== undefined) return [`#### ${title}`, "", `Skipped: ${run.skipped}.`, ""].join("\n");
  const { options } = run;
  const verdict = run.ratio >= LOG_APPEND_TARGET_RATIO ? "meets" : "misses";
  return [
    `#### ${title}`,
    "",
    `${options.connections} connections, ${options.rounds} rounds of ${options.roundSeconds} s per variant, alternating; sealer every ${options.sealIntervalMs} ms during the rounds with the log.`,
    "",
    "| variant | median signatures/s | rounds | signatures | PostgreSQL CPU ms per signature | Node CPU ms per signature |",
    "| --- | ---: | --- | ---: | ---: | ---: |",
    variantRow("with log append", run.withLog),
    variantRow("without log append", run.withoutLog),
    "",
    `With the log: ${Math.round(run.ratio * 100)} % of the throughput without it, which ${verdict} the target of at least ${Math.round(LOG_APPEND_TARGET_RATIO * 100)} %.`,
    `The log of the petition signed with it has ${integer(run.logLength)} sealed entries and ${run.logVerified ? "verifies" : "FAILS verification"}.`,
    "",
  ].join("\n");
}

/** Render the log append results block of docs/benchmarks.md. */
export function renderLogAppendResults(input: { date: Date; command: string; machineLine: string; runs: LogAppendRun[] }): string {
  return [
    "### Signature log append (last run)",
    "",
    `- Command: \`${input.command}\``,
    `- Date: ${input.date.toISOString().replace(/\.\d+Z$/, "Z")}`,
    `- Machine: ${input.machineLine}`,
    "",
    ...input.runs.map(runSection),
  ].join("\n");
}

/**
 * Replace the log append block of the benchmark page, or insert it just
 * before the marker of the main results when the page has none yet.
 */
export function writeLogAppendResults(file: string, results: string): void {
  const existing = fs.readFileSync(file, "utf8");
  const block = `${LOG_RESULTS_START}\n\n${results.trimEnd()}\n\n${LOG_RESULTS_END}`;
  const start = existing.indexOf(LOG_RESULTS_START);
  const end = existing.indexOf(LOG_RESULTS_END);
  let updated: string;
  if (start !== -1 && end > start) updated = `${existing.slice(0, start)}${block}${existing.slice(end + LOG_RESULTS_END.length)}`;
  else {
    const markerAt = existing.indexOf(RESULTS_MARKER);
    updated = markerAt === -1 ? `${existing.trimEnd()}\n\n${block}\n` : `${existing.slice(0, markerAt)}${block}\n\n${existing.slice(markerAt)}`;
  }
  fs.writeFileSync(file, updated);
}

/** Check that every measured run verified its log. The ratio is reported, not enforced, because it depends on the machine. */
export function logAppendRunsPass(runs: LogAppendRun[]): boolean {
  return runs.every((run) => run.skipped !== undefined || run.logVerified);
}
