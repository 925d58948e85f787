import type { Clock } from "../clock";
import type { Database } from "../db/client";
import { loggableError } from "../http/loggable-error";
import type { Logger } from "../log";
import { runUnderJobLock } from "./job-lock";

/** Counts a job run reports, such as rows deleted per table; logged without anything personal. */
export type JobCounts = Record<string, number>;

export type JobContext = { database: Database; now: Date; log: Logger };

/** A named piece of background work that the runner repeats every intervalMs. */
export type Job = {
  /** Stable snake_case name, used in logs and as the advisory lock key. */
  name: string;
  intervalMs: number;
  /** Run once right after start instead of waiting a first interval. */
  runAtStart?: boolean;
  /** Log level of a run that changed something; frequent jobs such as log sealing use debug. */
  reportLevel?: "info" | "debug";
  run(ctx: JobContext): Promise<JobCounts>;
};

/** completed: the job ran; busy: it was running already, here or in another instance; failed: it threw. */
export type JobRunResult = "completed" | "busy" | "failed";

export type JobRunner = {
  /** Run one job now, outside its schedule, under the same lock. */
  runNow(name: string): Promise<JobRunResult>;
  /** Stop scheduling and wait for runs in progress, so the database can be closed after it. */
  stop(): Promise<void>;
};

export type JobRunnerDeps = { database: Database; clock: Clock; log: Logger };

/**
 * Run each job every intervalMs until stop(), each run under a job lock
 * (see runUnderJobLock), so server instances sharing one database never run
 * the same job twice at once. A failed run is logged and the next one
 * follows on schedule. The next run is planned when the previous one has
 * finished, so a slow run delays its successor instead of overlapping it.
 * With `schedule: false` jobs run only through runNow, as in tests.
 */
export function startJobRunner(deps: JobRunnerDeps, jobs: readonly Job[], options: { schedule?: boolean } = {}): JobRunner {
  const byName = new Map(jobs.map((job) => [job.name, job]));
  const inProgress = new Set<Promise<JobRunResult>>();
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  const runJob = (job: Job): Promise<JobRunResult> => {
    const run = runOnce(deps, job).finally(() => inProgress.delete(run));
    inProgress.add(run);
    return run;
  };

  const plan = (job: Job, delayMs: number) => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      void runJob(job).then(() => plan(job, job.intervalMs));
    }, delayMs);
    timer.unref();
    timers.add(timer);
  };

  if (options.schedule !== false) {
    for (const job of jobs) plan(job, job.runAtStart === true ? 0 : job.intervalMs);
  }

  return {
    runNow: (name) => {
      const job = byName.get(name);
      if (job === undefined) throw new Error(`no job named ${name}`);
      return runJob(job);
    },
    stop: async () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all(inProgress);
    },
  };
}

async function runOnce(deps: JobRunnerDeps, job: Job): Promise<JobRunResult> {
  const log = deps.log.child({ job: job.name });
  try {
    let counts: JobCounts = {};
    const ran = await runUnderJobLock(deps.database, job.name, async () => {
      counts = await job.run({ database: deps.database, now: deps.clock.now(), log });
    });
    if (!ran) {
      log.debug({ event: "job.busy" }, "job is running elsewhere; this run is skipped");
      return "busy";
    }
    if (Object.values(counts).some((count) => count > 0)) {
      log[job.reportLevel ?? "info"]({ event: "job.completed", ...counts }, "job completed");
    }
    return "completed";
  } catch (error) {
    log.error({ event: "job.failed", error: loggableError(error) }, "job failed; it runs again at its next interval");
    return "failed";
  }
}
