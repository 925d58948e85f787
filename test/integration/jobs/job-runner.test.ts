import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { type Job, type JobCounts, startJobRunner } from "../../../src/jobs/job-runner";
import { createLogger } from "../../../src/log";
import { openTestDatabase } from "../../helpers/db";

const NOW = new Date("2026-03-15T12:00:00Z");

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.close();
});

/** A promise with its resolve function, to hold a job inside its run until the test lets it go. */
function gate<T = void>() {
  let open!: (value: T) => void;
  const opened = new Promise<T>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

/** Logger that keeps every line it writes, parsed. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter((text) => text !== "")) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger("debug", destination), lines };
}

function runnerDeps(log = createLogger("silent")) {
  return { database, clock: fixedClock(NOW), log };
}

function job(name: string, run: () => Promise<JobCounts>, intervalMs = 60_000): Job {
  return { name, intervalMs, run };
}

describe("startJobRunner", () => {
  it("runs a job on its schedule", async () => {
    const ran = gate();
    const runner = startJobRunner(runnerDeps(), [
      job(
        "scheduled",
        async () => {
          ran.open();
          return {};
        },
        10,
      ),
    ]);

    await ran.opened;
    await runner.stop();
  });

  it("runs the next time after a failed run", async () => {
    let runs = 0;
    const secondRun = gate();
    const runner = startJobRunner(runnerDeps(), [
      job(
        "fails_first",
        async () => {
          runs += 1;
          if (runs === 1) throw new Error("first run fails");
          secondRun.open();
          return {};
        },
        10,
      ),
    ]);

    await secondRun.opened;
    await runner.stop();
    expect(runs).toBeGreaterThanOrEqual(2);
  });

  it("skips a run while another runner runs the job", async () => {
    const started = gate();
    const release = gate();
    const slow = job("exclusive", async () => {
      started.open();
      await release.opened;
      return {};
    });
    const first = startJobRunner(runnerDeps(), [slow], { schedule: false });
    const second = startJobRunner(runnerDeps(), [slow], { schedule: false });

    const firstRun = first.runNow("exclusive");
    await started.opened;
    expect(await second.runNow("exclusive")).toBe("busy");

    release.open();
    expect(await firstRun).toBe("completed");
    expect(await second.runNow("exclusive")).toBe("completed");
  });

  it("runs different jobs side by side", async () => {
    const release = gate();
    const started = gate();
    const runner = startJobRunner(
      runnerDeps(),
      [
        job("holding", async () => {
          started.open();
          await release.opened;
          return {};
        }),
        job("other", async () => ({})),
      ],
      { schedule: false },
    );

    const holding = runner.runNow("holding");
    await started.opened;
    expect(await runner.runNow("other")).toBe("completed");
    release.open();
    expect(await holding).toBe("completed");
  });

  it("waits for a run in progress when stopped", async () => {
    const release = gate();
    const started = gate();
    let finished = false;
    const runner = startJobRunner(
      runnerDeps(),
      [
        job("stopping", async () => {
          started.open();
          await release.opened;
          finished = true;
          return {};
        }),
      ],
      { schedule: false },
    );

    void runner.runNow("stopping");
    await started.opened;
    const stopped = runner.stop().then(() => finished);
    release.open();
    expect(await stopped).toBe(true);
  });

  it("logs a failure without its message", async () => {
    const { log, lines } = capturingLogger();
    const runner = startJobRunner(
      runnerDeps(log),
      [
        job("failing", async () => {
          throw new Error("Erika Mustermann, geboren 1964-08-12");
        }),
      ],
      { schedule: false },
    );

    expect(await runner.runNow("failing")).toBe("failed");

    const failure = lines.find((line) => line.event === "job.failed");
    expect(failure).toMatchObject({ job: "failing", level: 50 });
    expect(JSON.stringify(lines)).not.toContain("Mustermann");
  });

  it("logs the counts of a run that changed something", async () => {
    const { log, lines } = capturingLogger();
    const runner = startJobRunner(runnerDeps(log), [job("counting", async () => ({ rowsDeleted: 3 }))], { schedule: false });

    await runner.runNow("counting");

    expect(lines.find((line) => line.event === "job.completed")).toMatchObject({ job: "counting", rowsDeleted: 3 });
  });
});
