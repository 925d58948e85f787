import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { petitionTally } from "../../../src/review/petition-tally";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { type SignContext, signPetition } from "../../../src/signing/sign-petition";
import { openTestDatabase } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";
import { validPaperLine } from "../../helpers/review";
import { residentNamed, signContextFor } from "../../helpers/signature-log";
import { createTestStaffMember } from "../../helpers/staff";

const NOW = new Date("2026-03-15T23:30:00Z");
const PID = "urn:eudi:pid:de:1";

let database: Database;
let ctx: SignContext;

beforeAll(async () => {
  database = await openTestDatabase({ maxConnections: 10 });
  ctx = signContextFor(database, fixedClock(NOW));
});

afterAll(async () => {
  await database.close();
});

async function newPetition() {
  return createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret });
}

describe("duplicate attempts", () => {
  it("counts a refused repeat by the channel of the attempt", async () => {
    const petition = await newPetition();
    const identity = residentNamed("Doppelt");
    await signPetition(ctx, { petition, identity, channel: "wallet", credentialType: PID });

    const again = await signPetition(ctx, { petition, identity, channel: "passkey" });

    expect(again).toEqual({ ok: false, error: "ALREADY_SIGNED" });
    const tally = await petitionTally(database, petition.id);
    expect(tally.duplicateAttempts).toEqual({ wallet: 0, passkey: 1, paper: 0, total: 1 });
    expect(tally.signatures.total).toBe(1);
  });

  it("stores the Berlin day and no nullifier", async () => {
    const petition = await newPetition();
    const identity = residentNamed("Tag");
    await signPetition(ctx, { petition, identity, channel: "wallet", credentialType: PID });
    await signPetition(ctx, { petition, identity, channel: "wallet", credentialType: PID });

    const columns = await database.rows<{ column_name: string }>(
      "select column_name from information_schema.columns where table_name = 'duplicate_attempt_counts' order by column_name",
    );
    const rows = await database.rows("select day::text as day, channel, count from duplicate_attempt_counts where petition_id = $1", [petition.id]);

    expect(columns.map((column) => column.column_name)).toEqual(["channel", "count", "day", "petition_id"]);
    expect(rows).toEqual([{ day: "2026-03-16", channel: "wallet", count: 1 }]);
  });

  it("counts a duplicate paper line on paper", async () => {
    const petition = await newPetition();
    const staffId = (await createTestStaffMember(database, { role: "election_office" })).id;
    const identity = residentNamed("Papier");
    await signPetition(ctx, { petition, identity, channel: "wallet", credentialType: PID });

    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(identity, 1, 1)] });

    expect((await petitionTally(database, petition.id)).duplicateAttempts).toEqual({ wallet: 0, passkey: 0, paper: 1, total: 1 });
  });

  it("counts every loser of a race", async () => {
    const petition = await newPetition();
    const identity = residentNamed("Gleichzeitig", { familyName: `Rennen ${randomBytes(4).toString("hex")}` });

    const results = await Promise.all(Array.from({ length: 10 }, () => signPetition(ctx, { petition, identity, channel: "wallet", credentialType: PID })));

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const tally = await petitionTally(database, petition.id);
    expect(tally.duplicateAttempts.wallet).toBe(9);
    expect(tally.signatures.total).toBe(1);
  });
});
