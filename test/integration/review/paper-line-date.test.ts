import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { decideSignature } from "../../../src/review/decide-signature";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { verifySignatureLog } from "../../../src/signature-log/verify-signature-log";
import { readDailySignatureCounts } from "../../../src/signing/daily-signature-counts";
import type { SignContext } from "../../../src/signing/sign-petition";
import { openTestDatabase } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";
import { validPaperLine } from "../../helpers/review";
import { residentNamed, signContextFor } from "../../helpers/signature-log";
import { createTestStaffMember } from "../../helpers/staff";

const NOW = new Date("2026-03-15T12:00:00Z");

let database: Database;
let ctx: SignContext;
let staffId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  ctx = signContextFor(database, fixedClock(NOW));
  staffId = (await createTestStaffMember(database, { role: "election_office" })).id;
});

afterAll(async () => {
  await database.close();
});

/** Enter one valid paper line signed on `signedOn` (or undated) into a petition collecting since 1 March, and return the petition. */
async function petitionWithPaperLine(signedOn: string | undefined) {
  const petition = await createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret, collectionStart: "2026-03-01" });
  const line = { ...validPaperLine(residentNamed("Datiert"), 1, 1), signedOn };
  const entered = await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [line] });
  expect(entered.ok).toBe(true);
  return petition;
}

async function daysWithSignatures(petitionId: string) {
  const days = await readDailySignatureCounts(database, petitionId, "2026-03-01", "2026-03-15");
  return days.filter((day) => day.total > 0).map((day) => ({ day: day.day, total: day.total }));
}

describe("paper line date", () => {
  it("counts the line on the day written on it", async () => {
    const petition = await petitionWithPaperLine("2026-03-10");

    expect(await daysWithSignatures(petition.id)).toEqual([{ day: "2026-03-10", total: 1 }]);
  });

  it("keeps the entry time in the log", async () => {
    const petition = await petitionWithPaperLine("2026-03-10");

    const entries = await database.rows<{ occurred_at: Date | string }>("select occurred_at from signature_log_entries where petition_id = $1", [petition.id]);

    expect(entries.map((entry) => new Date(entry.occurred_at).toISOString())).toEqual([NOW.toISOString()]);
  });

  it("counts an undated line on the entry day", async () => {
    const petition = await petitionWithPaperLine(undefined);

    expect(await daysWithSignatures(petition.id)).toEqual([{ day: "2026-03-15", total: 1 }]);
  });

  it("moves the written day's count on invalidation", async () => {
    const petition = await petitionWithPaperLine("2026-03-10");
    const [signature] = await database.rows<{ id: string }>("select id from signatures where petition_id = $1", [petition.id]);

    const decided = await decideSignature(ctx, {
      petitionId: petition.id,
      signatureId: Number(signature!.id),
      expected: { status: "confirmed", reason: null },
      decision: { kind: "invalidate", reason: "no_main_residence" },
      staffId,
    });

    expect(decided.ok).toBe(true);
    expect(await daysWithSignatures(petition.id)).toEqual([]);
    expect((await verifySignatureLog(database, petition.id)).problems).toEqual([]);
  });
});
