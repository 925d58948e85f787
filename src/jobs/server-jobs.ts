import type { Config } from "../config";
import { retentionJob } from "../privacy/retention-job";
import { logSealingJob } from "../signature-log/log-sealing-job";
import type { Job } from "./job-runner";
import { purgeExpiredRecordsJob } from "./purge-expired-records";

/** Build the jobs every server instance runs, with intervals from the configuration. */
export function serverJobs(config: Config, serverSecret: Buffer): Job[] {
  return [
    logSealingJob(config.signatureLog.sealIntervalMs),
    purgeExpiredRecordsJob({ intervalMs: config.jobs.purgeIntervalSeconds * 1000, staffSessions: config.staffSessions }),
    retentionJob({ intervalMs: config.jobs.retentionIntervalSeconds * 1000, retentionDays: config.retention.days, serverSecret }),
  ];
}
