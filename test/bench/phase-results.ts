import type { CpuSnapshot } from "./cpu-time";
import type { RequestRecord } from "./http-load";
import { type LatencySummary, summariseLatencies } from "./latency-summary";

/** How one phase of load was driven. */
export type PhaseSpec =
  | { name: string; kind: "closed"; concurrency: number; seconds: number; poolSize: number }
  | { name: string; kind: "open"; rate: number; seconds: number };

export type PhaseRun = {
  spec: PhaseSpec;
  records: RequestRecord[];
  elapsedMs: number;
  /** Closed loop: the prepared responses ran out before the time was up. */
  exhausted: boolean;
  /** Open loop: the most a send started after its due time. */
  sendLagMs: number;
  /** CPU time the server, PostgreSQL and the load generator used during the phase. */
  cpu: CpuSnapshot;
};

export type PhaseResult = {
  spec: PhaseSpec;
  sent: number;
  /** HTTP 200 with body {} and the transaction's stored outcome is "signed". */
  confirmed: number;
  /** HTTP 200 whose transaction did not end signed. */
  unsignedOk: number;
  shed503: number;
  /** Count per HTTP status other than 200 and 503. */
  otherStatuses: Record<number, number>;
  noResponse: number;
  confirmedPerSecond: number;
  /** Latencies of the confirmed signatures; in an open loop from the due time. */
  latency: LatencySummary;
  exhausted: boolean;
  sendLagMs: number;
  cpu: CpuSnapshot;
};

/** Check that the response endpoint confirmed this request and the database recorded a signature for its transaction. */
export function isConfirmedSignature(record: RequestRecord, outcomes: ReadonlyMap<string, string>): boolean {
  return record.status === 200 && record.body === "{}" && outcomes.get(record.transactionId) === "signed";
}

/** Classify a phase's requests by the stored transaction outcomes (transaction id to outcome kind). */
export function evaluatePhase(run: PhaseRun, outcomes: ReadonlyMap<string, string>): PhaseResult {
  const confirmedRecords = run.records.filter((record) => isConfirmedSignature(record, outcomes));
  const windowMs =
    run.spec.kind === "closed" || run.records.length === 0
      ? run.elapsedMs
      : Math.max(...run.records.map((record) => record.endMs)) - Math.min(...run.records.map((record) => record.dueMs));

  return {
    spec: run.spec,
    sent: run.records.length,
    confirmed: confirmedRecords.length,
    unsignedOk: run.records.filter((record) => record.status === 200 && !isConfirmedSignature(record, outcomes)).length,
    shed503: run.records.filter((record) => record.status === 503).length,
    otherStatuses: countOtherStatuses(run.records),
    noResponse: run.records.filter((record) => record.status === 0).length,
    confirmedPerSecond: windowMs > 0 ? confirmedRecords.length / (windowMs / 1000) : 0,
    latency: summariseLatencies(confirmedRecords.map((record) => record.endMs - record.dueMs)),
    exhausted: run.exhausted,
    sendLagMs: run.sendLagMs,
    cpu: run.cpu,
  };
}

function countOtherStatuses(records: readonly RequestRecord[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const record of records) {
    if (record.status === 0 || record.status === 200 || record.status === 503) continue;
    counts[record.status] = (counts[record.status] ?? 0) + 1;
  }
  return counts;
}
