import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { createLogger } from "../../../src/log";
import { readLogHead } from "../../../src/signature-log/read-log-head";
import { scheduleLogSealing } from "../../../src/signature-log/schedule-log-sealing";
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

it("seals new entries in the background", async () => {
  const petition = await createTestPetition(database, { now: NOW });
  await signForResidents(signContextFor(database, fixedClock(NOW)), petition, 3, "Hintergrund");

  const stop = scheduleLogSealing(database, createLogger("silent"), 20);
  try {
    // Wait for the sealer, for up to 20 s on a busy machine; the test asserts the outcome, not the time.
    for (let attempt = 0; attempt < 1000 && (await readLogHead(database, petition.id)).unsealed > 0; attempt += 1) await sleep(20);
  } finally {
    await stop();
  }

  expect(await readLogHead(database, petition.id)).toMatchObject({ length: 3, unsealed: 0 });
});
