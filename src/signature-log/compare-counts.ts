import type { ChannelStatusCounts, LogProblem, LogProblemReason } from "./verify-signature-log";

/** Report each channel and status whose counter differs from the log's number, as a problem with the given reason. */
export function compareCounts(log: ChannelStatusCounts, counters: ChannelStatusCounts, reason: Extract<LogProblemReason, "count_mismatch" | "daily_total_mismatch">): LogProblem[] {
  const problems: LogProblem[] = [];
  const channels = new Set([...Object.keys(log), ...Object.keys(counters)]);
  for (const channel of [...channels].sort()) {
    const statuses = new Set([...Object.keys(log[channel] ?? {}), ...Object.keys(counters[channel] ?? {})]);
    for (const status of [...statuses].sort()) {
      const counter = counters[channel]?.[status] ?? 0;
      const fromLog = log[channel]?.[status] ?? 0;
      if (counter !== fromLog) problems.push({ seq: null, reason, count: { channel, status, counter, log: fromLog } });
    }
  }
  return problems;
}
