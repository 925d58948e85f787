import { execFileSync } from "node:child_process";
import fs from "node:fs";

/** CPU time (user + system, all threads) used so far in milliseconds, or undefined where /proc has no entry. */
export type CpuSnapshot = { serverMs: number | undefined; postgresMs: number | undefined; loadGeneratorMs: number };

const TICKS_PER_SECOND = readClockTicks();

function readClockTicks(): number {
  try {
    const ticks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
    return ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}

/** Read utime + stime of a process from /proc/PID/stat (proc(5), fields 14 and 15) and its command name. */
function readProcessTicks(pid: string): { command: string; ticks: number } | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  const commandEnd = stat.lastIndexOf(")");
  const command = stat.slice(stat.indexOf("(") + 1, commandEnd);
  const fields = stat.slice(commandEnd + 2).split(" ");
  return { command, ticks: Number(fields[11]) + Number(fields[12]) };
}

/**
 * Sum the CPU time of every process named postgres on this machine: the
 * backends serving the server's connections and the background processes
 * such as the WAL writer. Other databases' work on the same server counts
 * too, so the figure is only clean on an otherwise idle PostgreSQL.
 */
function postgresCpuMs(): number | undefined {
  if (!fs.existsSync("/proc")) return undefined;
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const sample = readProcessTicks(entry);
    if (sample?.command === "postgres") ticks += sample.ticks;
  }
  return (ticks / TICKS_PER_SECOND) * 1000;
}

/** Take the CPU time of the server process, of PostgreSQL when it runs here, and of this process (the load generator). */
export function takeCpuSnapshot(serverPid: number, withPostgres: boolean): CpuSnapshot {
  const server = readProcessTicks(String(serverPid));
  const own = process.cpuUsage();
  return {
    serverMs: server === undefined ? undefined : (server.ticks / TICKS_PER_SECOND) * 1000,
    postgresMs: withPostgres ? postgresCpuMs() : undefined,
    loadGeneratorMs: (own.user + own.system) / 1000,
  };
}

/** CPU time used between two snapshots, per part. */
export function cpuTimeBetween(before: CpuSnapshot, after: CpuSnapshot): CpuSnapshot {
  const difference = (start: number | undefined, end: number | undefined) => (start === undefined || end === undefined ? undefined : end - start);
  return {
    serverMs: difference(before.serverMs, after.serverMs),
    postgresMs: difference(before.postgresMs, after.postgresMs),
    loadGeneratorMs: after.loadGeneratorMs - before.loadGeneratorMs,
  };
}
