import { setTimeout } from "node:timers/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { readLogHead } from "../../../src/signature-log/read-log-head";
import { sealAllPendingLogs, sealPetitionLog } from "../../../src/signature-log/seal-log";
import { verifySignatureLog } from "../../../src/signature-log/verify-signature-log";
import { openTestDatabase } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";
import { signContextFor, signForResidents } from "../../helpers/signature-log";

const NOW = new Date("2026-03-15T12:00:00Z");
const CONNECTIONS = 16;
const SIGNINGS = 300;
const SEALERS = 4;

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase({ maxConnections: CONNECTIONS });
});

afterAll(async () => {
  await database.close();
});

it("chains concurrent signings without gaps or forks", async () => {
  const petition = await createTestPetition(database, { now: NOW });
  const ctx = signContextFor(database, fixedClock(NOW));

  // Sealers run on their own connections while the signings commit, half of them waiting for the head lock and half skipping it.
  let signing = true;
  const sealers = Array.from({ length: SEALERS }, async (_, index) => {
    while (signing) {
      if (index % 2 === 0) await sealPetitionLog(database, petition.id, { batchSize: 7 });
      else await sealAllPendingLogs(database);
      // A short pause between rounds: on PGlite's one connection, sealers that never pause would leave the signings no turn.
      await setTimeout(1);
    }
  });
  try {
    await signForResidents(ctx, petition, SIGNINGS, "Gleichzeitig");
  } finally {
    signing = false;
    await Promise.all(sealers);
  }
  await sealPetitionLog(database, petition.id);

  const sequence = await database.rows<{ seq: string; count: number }>(
    "select seq, count(*)::int as count from signature_log_entries where petition_id = $1 group by seq order by seq",
    [petition.id],
  );
  expect(sequence.map((row) => Number(row.seq))).toEqual(Array.from({ length: SIGNINGS }, (_, index) => index + 1));
  expect(sequence.every((row) => Number(row.count) === 1)).toBe(true);
  expect(await readLogHead(database, petition.id)).toMatchObject({ length: SIGNINGS, unsealed: 0 });

  const verification = await verifySignatureLog(database, petition.id);
  expect(verification.problems).toEqual([]);
  expect(verification.signatureRows).toBe(SIGNINGS);
});
