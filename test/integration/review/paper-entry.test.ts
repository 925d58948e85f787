import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { petitionTally } from "../../../src/review/petition-tally";
import { verifySignatureLog } from "../../../src/signature-log/verify-signature-log";
import { type SignContext, signPetition } from "../../../src/signing/sign-petition";
import { readSignatureCounts } from "../../../src/signing/signature-counts";
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

async function newPetition() {
  return createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret });
}

describe("recordPaperLines", () => {
  it("stores the nullifier, outcome and sheet reference only", async () => {
    const petition = await newPetition();

    const result = await recordPaperLines(ctx, {
      petitionId: petition.id,
      staffId,
      lines: [validPaperLine({ familyName: "Weiß", givenNames: "Anna", birthDate: "1970-01-02", placeOfBirth: "Leipzig" }, 1, 1)],
    });

    expect(result.ok).toBe(true);
    const rows = await database.rows<Record<string, unknown>>("select * from signatures where petition_id = $1", [petition.id]);
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows[0]);
    expect(stored).not.toMatch(/Weiß|Weiss|Anna|1970|Leipzig/i);
    expect(rows[0]).toMatchObject({ channel: "paper", status: "confirmed", reason: null, sheet: 1, line: 1, receipt_hash: null });
  });

  it("catches a wallet signer on paper despite other spelling", async () => {
    const petition = await newPetition();
    const signed = await signPetition(ctx, {
      petition,
      identity: residentNamed("Hans-Jürgen", { familyName: "Strauß", placeOfBirth: "Görlitz" }),
      channel: "wallet",
      credentialType: "urn:eudi:pid:de:1",
    });
    expect(signed.ok).toBe(true);

    const result = await recordPaperLines(ctx, {
      petitionId: petition.id,
      staffId,
      lines: [validPaperLine({ familyName: "STRAUSS", givenNames: "Hans – Juergen", birthDate: "1980-05-17", placeOfBirth: "Goerlitz" }, 4, 12)],
    });

    expect(result).toEqual({
      ok: true,
      value: [{ kind: "duplicate", sheetLine: { sheet: 4, line: 12 }, existing: { channel: "wallet", status: "proven", reason: null, sheetLine: undefined } }],
    });
    const counts = await readSignatureCounts(database, petition.id);
    expect(counts.total).toBe(1);
    expect(counts.byChannel.paper).toBe(0);
  });

  it("names the earlier paper line of a duplicate", async () => {
    const petition = await newPetition();
    const person = { familyName: "Öztürk", givenNames: "Ayşe", birthDate: "1990-07-07", placeOfBirth: "Dresden" };

    const result = await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 2, 3), validPaperLine({ ...person, familyName: "Oeztuerk" }, 9, 1)] });

    expect(result.ok ? result.value[1] : result.error).toEqual({
      kind: "duplicate",
      sheetLine: { sheet: 9, line: 1 },
      existing: { channel: "paper", status: "confirmed", reason: null, sheetLine: { sheet: 2, line: 3 } },
    });
  });

  it("blocks an online signature after the paper line", async () => {
    const petition = await newPetition();
    const identity = residentNamed("Käthe");
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine({ ...identity, givenNames: "Kaethe" }, 1, 5)] });

    const signed = await signPetition(ctx, { petition, identity, channel: "passkey" });

    expect(signed).toEqual({ ok: false, error: "SIGNED_ON_PAPER" });
  });

  it("rejects the whole batch when a sheet line was entered", async () => {
    const petition = await newPetition();
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(residentNamed("Erste"), 5, 1)] });

    const result = await recordPaperLines(ctx, {
      petitionId: petition.id,
      staffId,
      lines: [validPaperLine(residentNamed("Zweite"), 5, 2), validPaperLine(residentNamed("Dritte"), 5, 1)],
    });

    expect(result).toEqual({ ok: false, error: "LINES_ALREADY_ENTERED", lines: [{ sheet: 5, line: 1 }] });
    expect((await petitionTally(database, petition.id)).signatures.total).toBe(1);
  });

  it("keeps illegible lines apart from any person", async () => {
    const petition = await newPetition();

    const result = await recordPaperLines(ctx, {
      petitionId: petition.id,
      staffId,
      lines: [invalidPaperLine(undefined, 1, 1, "incomplete_or_illegible"), invalidPaperLine(undefined, 1, 2, "incomplete_or_illegible")],
    });

    expect(result.ok && result.value.map((entry) => entry.kind)).toEqual(["recorded", "recorded"]);
    const tally = await petitionTally(database, petition.id);
    expect(tally.invalidByReason.incomplete_or_illegible.paper).toBe(2);
    expect(tally.valid.total).toBe(0);
  });

  it("refuses drafts and unknown petitions", async () => {
    const draft = await createTestPetition(database, { now: NOW, status: "draft", serverSecret: ctx.serverSecret });
    const line = validPaperLine(residentNamed("Entwurf"), 1, 1);

    expect(await recordPaperLines(ctx, { petitionId: draft.id, staffId, lines: [line] })).toEqual({ ok: false, error: "NOT_OPEN_FOR_REVIEW" });
    expect(await recordPaperLines(ctx, { petitionId: "00000000-0000-4000-8000-000000000000", staffId, lines: [line] })).toEqual({
      ok: false,
      error: "PETITION_NOT_FOUND",
    });
  });

  it("counts one of a concurrent paper line and signing", async () => {
    const petition = await newPetition();
    const identity = residentNamed("Gleichzeitig");

    const [signed, entered] = await Promise.all([
      signPetition(ctx, { petition, identity, channel: "passkey" }),
      recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(identity, 8, 8)] }),
    ]);

    const tally = await petitionTally(database, petition.id);
    expect(tally.signatures.total).toBe(1);
    const paperWon = entered.ok && entered.value[0]?.kind === "recorded";
    expect(signed.ok).toBe(!paperWon);
    expect(tally.duplicateAttempts.total).toBe(1);
    expect(tally.duplicateAttempts[paperWon ? "passkey" : "paper"]).toBe(1);
    expect((await verifySignatureLog(database, petition.id)).problems).toEqual([]);
  });

  it("leaves a log that verifies", async () => {
    const petition = await newPetition();
    await signPetition(ctx, { petition, identity: residentNamed("Online"), channel: "passkey" });
    await recordPaperLines(ctx, {
      petitionId: petition.id,
      staffId,
      lines: [
        validPaperLine(residentNamed("Papier"), 1, 1),
        invalidPaperLine(residentNamed("Jung"), 1, 2, "under_age"),
        validPaperLine(residentNamed("Online"), 1, 3),
      ],
    });

    const verification = await verifySignatureLog(database, petition.id);

    expect(verification.problems).toEqual([]);
    expect(verification.entriesByKind).toEqual({ signed: 1, paper_entry: 2 });
    expect(verification.entriesByReason).toEqual({ under_age: 1 });
  });
});
