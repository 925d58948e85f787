import type { Job } from "../jobs/job-runner";
import { sealAllPendingLogs } from "./seal-log";

export const LOG_SEALING_JOB = "seal_signature_logs";

/**
 * Job that chains new signature log entries by hash every `intervalMs`.
 * Sealing locks each petition's head row, so it stays correct without the
 * job lock. The lock only keeps instances from doing the same work twice.
 */
export function logSealingJob(intervalMs: number): Job {
  return {
    name: LOG_SEALING_JOB,
    intervalMs,
    reportLevel: "debug",
    run: async ({ database }) => ({ entriesSealed: await sealAllPendingLogs(database) }),
  };
}
