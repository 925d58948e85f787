import type { Messages } from "../i18n/messages";
import type { LogProblem, LogVerification } from "./verify-signature-log";

type LogMessages = Messages["signatureLog"];

/** One row of the count table: signatures of a channel and status according to the log and to the counters. */
export type LogCountRow = { channel: string; status: string; fromLog: number; counter: number };

const CHANNEL_ORDER = ["wallet", "passkey", "paper"];

function channelRank(channel: string): number {
  const rank = CHANNEL_ORDER.indexOf(channel);
  return rank === -1 ? CHANNEL_ORDER.length : rank;
}

/** List the counts of a verification by channel and status, in a fixed order, with both sources side by side. */
export function logCountRows(verification: Pick<LogVerification, "logCounts" | "counterCounts">): LogCountRow[] {
  const keys = new Set<string>();
  for (const source of [verification.logCounts, verification.counterCounts]) {
    for (const [channel, byStatus] of Object.entries(source)) for (const status of Object.keys(byStatus)) keys.add(`${channel}\u0000${status}`);
  }
  return [...keys]
    .map((key) => {
      const [channel = "", status = ""] = key.split("\u0000");
      return {
        channel,
        status,
        fromLog: verification.logCounts[channel]?.[status] ?? 0,
        counter: verification.counterCounts[channel]?.[status] ?? 0,
      };
    })
    .sort((a, b) => channelRank(a.channel) - channelRank(b.channel) || a.status.localeCompare(b.status));
}

/** Name a channel or status code in the catalogue's language, or show the code itself when the catalogue lacks it. */
export function labelOf(labels: Record<string, string>, code: string): string {
  return labels[code] ?? code;
}

/** Describe one problem in a sentence of the catalogue's language, with its numbers where it has some. */
export function describeProblem(problem: LogProblem, m: LogMessages): string {
  const reason = m.reasons[problem.reason];
  if (problem.count !== undefined) {
    const { channel, status, counter, log } = problem.count;
    const describe = problem.reason === "daily_total_mismatch" ? m.report.dailyTotalMismatch : m.report.countMismatch;
    return `${reason} ${describe(labelOf(m.channels, channel), labelOf(m.statuses, status), counter, log)}`;
  }
  if (problem.daily !== undefined) {
    const { day, channel, status, counter, signatures } = problem.daily;
    return `${reason} ${m.report.dailyCountMismatch(day, labelOf(m.channels, channel), labelOf(m.statuses, status), counter, signatures)}`;
  }
  if (problem.duplicate !== undefined) {
    const { sheet, line, channel } = problem.duplicate;
    return `${reason} ${m.report.duplicateLine(sheet, line, labelOf(m.channels, channel))}`;
  }
  return reason;
}

type ProblemArea = keyof LogMessages["report"]["problemIn"];

/** Name the part of the data a problem without a sequence number concerns. */
function areaOf(problem: LogProblem): ProblemArea {
  if (problem.reason === "count_mismatch") return "counters";
  if (problem.reason === "daily_total_mismatch" || problem.reason === "daily_count_mismatch") return "dailyCounters";
  const duplicateLineReasons: LogProblem["reason"][] = ["duplicate_line_taken", "duplicate_line_orphaned", "duplicate_before_signature"];
  if (duplicateLineReasons.includes(problem.reason)) return "duplicateLines";
  return "unsealed";
}

/** Name where a problem sits: its sequence number, or the counters, duplicate lines or new entries. */
export function problemPlace(problem: LogProblem, m: LogMessages): string {
  return problem.seq === null ? m.report.problemIn[areaOf(problem)] : m.report.problemAt(problem.seq);
}

/** State the verdict of a failed check with its first problem. */
export function failureVerdict(first: LogProblem, m: LogMessages): string {
  const verdict = first.seq === null ? m.report.failedIn[areaOf(first)] : m.report.failed(first.seq);
  return `${verdict} ${describeProblem(first, m)}`;
}

/** Build the plain-text report of a verification, one line per element, as the command line prints it. */
export function logReportLines(verification: LogVerification, title: string, m: LogMessages): string[] {
  const lines = [
    m.report.heading(title),
    m.report.petitionId(verification.petitionId),
    m.report.length(verification.length),
    m.report.headHash(verification.headHash),
  ];
  if (verification.unsealed > 0) lines.push(m.report.unsealed(verification.unsealed));
  lines.push(m.report.signatureRows(verification.signatureRows), "", m.report.countsHeading);

  const counts = logCountRows(verification);
  if (counts.length === 0) lines.push(`  ${m.report.noSignatures}`);
  for (const row of counts) {
    lines.push(`  ${m.report.countLine(labelOf(m.channels, row.channel), labelOf(m.statuses, row.status), row.fromLog, row.counter)}`);
  }
  lines.push("");

  if (verification.ok) {
    lines.push(m.report.ok);
    return lines;
  }
  const first = verification.firstProblem!;
  lines.push(failureVerdict(first, m), "", m.report.problemsHeading(verification.problems.length, verification.problemCount));
  for (const problem of verification.problems) lines.push(`  ${problemPlace(problem, m)}: ${describeProblem(problem, m)}`);
  return lines;
}
