import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { petitionTally } from "../../../src/review/petition-tally";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { type SignContext, signPetition } from "../../../src/signing/sign-petition";
import { openTestDatabase } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";
import { invalidPaperLine, validPaperLine } from "../../helpers/review";
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

describe("petitionTally", () => {
  it("splits every outcome by channel", async () => {
    const petition = await createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret });
    await signPetition(ctx, { petition, identity: residentNamed("Wallet"), channel: "wallet", credentialType: "urn:eudi:pid:de:1" });
    await signPetition(ctx, { petition, identity: residentNamed("Offen", { mainResidenceSince: undefined }), channel: "wallet", credentialType: "urn:eudi:pid:de:1" });
    await signPetition(ctx, { petition, identity: residentNamed("Passkey"), channel: "passkey" });
    await recordPaperLines(ctx, {
      petitionId: petition.id,
      staffId,
      lines: [
        validPaperLine(residentNamed("Papier"), 1, 1),
        invalidPaperLine(residentNamed("Jung"), 1, 2, "under_age"),
        invalidPaperLine(undefined, 1, 3, "incomplete_or_illegible"),
        validPaperLine(residentNamed("Wallet"), 1, 4),
        validPaperLine(residentNamed("Passkey"), 2, 1),
        validPaperLine(residentNamed("Papier"), 2, 2),
      ],
    });

    const tally = await petitionTally(database, petition.id);

    expect(tally.proven).toEqual({ wallet: 1, passkey: 1, paper: 0, total: 2 });
    expect(tally.provisional).toEqual({ wallet: 1, passkey: 0, paper: 0, total: 1 });
    expect(tally.confirmed).toEqual({ wallet: 0, passkey: 0, paper: 1, total: 1 });
    expect(tally.valid).toEqual({ wallet: 1, passkey: 1, paper: 1, total: 3 });
    expect(tally.invalid).toEqual({ wallet: 0, passkey: 0, paper: 2, total: 2 });
    expect(tally.invalidByReason.under_age.paper).toBe(1);
    expect(tally.invalidByReason.incomplete_or_illegible.paper).toBe(1);
    expect(tally.invalidByReason.no_main_residence.total).toBe(0);
    expect(tally.duplicateAttempts).toEqual({ wallet: 0, passkey: 0, paper: 3, total: 3 });
    expect(tally.signatures.total).toBe(6);
    expect(tally.withdrawn.total).toBe(0);
  });

  it("counts withdrawals from the log", async () => {
    const petition = await createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret });
    await signPetition(ctx, { petition, identity: residentNamed("Geht"), channel: "passkey" });
    await database.rows(
      `with deleted as (delete from signatures where petition_id = $1 returning petition_id, nullifier, channel)
       insert into signature_log_entries (petition_id, kind, nullifier, channel, status, occurred_at)
       select petition_id, 'withdrawn', nullifier, channel, null, now() from deleted`,
      [petition.id],
    );

    const tally = await petitionTally(database, petition.id);

    expect(tally.withdrawn).toEqual({ wallet: 0, passkey: 1, paper: 0, total: 1 });
    expect(tally.valid.total).toBe(0);
  });

  it("returns zeros and the empty head for a new petition", async () => {
    const petition = await createTestPetition(database, { now: NOW });

    const tally = await petitionTally(database, petition.id);

    expect(tally.signatures.total).toBe(0);
    expect(tally.log).toMatchObject({ length: 0, headHash: "0".repeat(64), unsealed: 0 });
  });
});
