import { afterAll, beforeAll, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { startJobRunner } from "../../../src/jobs/job-runner";
import { createLogger } from "../../../src/log";
import { readLogHead } from "../../../src/signature-log/read-log-head";
import { LOG_SEALING_JOB, logSealingJob } from "../../../src/signature-log/log-sealing-job";
import { openTestDatabase } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";
import { signContextFor, signForResidents } from "../../helpers/signature-log";

const NOW = new Date("2026-03-15T12:00:00Z");

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.close();
});

it("seals new entries as a job", async () => {
  const petition = await createTestPetition(database, { now: NOW });
  await signForResidents(signContextFor(database, fixedClock(NOW)), petition, 3, "Hintergrund");
  const runner = startJobRunner({ database, clock: fixedClock(NOW), log: createLogger("silent") }, [logSealingJob(1000)], { schedule: false });

  expect(await runner.runNow(LOG_SEALING_JOB)).toBe("completed");
  await runner.stop();

  expect(await readLogHead(database, petition.id)).toMatchObject({ length: 3, unsealed: 0 });
});
