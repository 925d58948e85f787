import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { checkReceipt } from "../../../src/petitions/check-receipt";
import type { Petition } from "../../../src/petitions/queries";
import { correctPaperLine, deletePaperLine } from "../../../src/review/correct-paper-line";
import { petitionTally } from "../../../src/review/petition-tally";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { withdrawPaperSignature } from "../../../src/review/withdraw-paper-signature";
import { sealPetitionLog } from "../../../src/signature-log/seal-log";
import { verifySignatureLog } from "../../../src/signature-log/verify-signature-log";
import { residentKeyOf } from "../../../src/signing/resident-key";
import { type SignContext, signPetition } from "../../../src/signing/sign-petition";
import { withdrawSignature } from "../../../src/signing/withdraw-signature";
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

async function newPetition(overrides: Partial<Petition> = {}) {
  return createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret, ...overrides });
}

/** Check the log against the rows and counters, and the daily counters against the totals. */
async function expectConsistent(petitionId: string) {
  expect((await verifySignatureLog(database, petitionId)).problems).toEqual([]);
  const [sums] = await database.rows<{ totals: number; daily: number; rows: number }>(
    `select (select coalesce(sum(count), 0)::int from signature_counts where petition_id = $1) as totals,
            (select coalesce(sum(count), 0)::int from signature_daily_counts where petition_id = $1) as daily,
            (select count(*)::int from signatures where petition_id = $1) as rows`,
    [petitionId],
  );
  expect(sums!.totals).toBe(sums!.rows);
  expect(sums!.daily).toBe(sums!.rows);
}

async function auditDetails(petitionId: string, action: string) {
  const rows = await database.rows<{ details: Record<string, unknown> }>("select details from audit_log where petition_id = $1 and action = $2 order by id", [
    petitionId,
    action,
  ]);
  return rows.map((row) => row.details);
}

async function removedEntries(petitionId: string) {
  return database.rows<{ channel: string; reason: string }>(
    "select channel, reason from signature_log_entries where petition_id = $1 and kind = 'removed' order by id",
    [petitionId],
  );
}

describe("correctPaperLine", () => {
  it("replaces a mistyped person", async () => {
    const petition = await newPetition();
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(residentNamed("Vertippt"), 2, 4)] });

    const corrected = await correctPaperLine(ctx, { petitionId: petition.id, staffId, line: validPaperLine(residentNamed("Richtig"), 2, 4) });

    expect(corrected).toMatchObject({ ok: true, value: { before: { kind: "signature", outcome: "valid" }, after: { kind: "recorded" } } });
    expect((await petitionTally(database, petition.id)).valid.paper).toBe(1);
    expect(await removedEntries(petition.id)).toEqual([{ channel: "paper", reason: "paper_corrected" }]);
    const retyped = await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(residentNamed("Vertippt"), 2, 5)] });
    expect(retyped.ok).toBe(true);
    expect(retyped.ok ? retyped.value[0]?.kind : undefined).toBe("recorded");
    await expectConsistent(petition.id);
  });

  it("changes only the outcome of the same person", async () => {
    const petition = await newPetition();
    const person = residentNamed("Gleich");
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 1, 1)] });

    const corrected = await correctPaperLine(ctx, { petitionId: petition.id, staffId, line: invalidPaperLine(person, 1, 1, "no_main_residence") });

    expect(corrected.ok).toBe(true);
    const tally = await petitionTally(database, petition.id);
    expect(tally.valid.total).toBe(0);
    expect(tally.invalidByReason.no_main_residence.paper).toBe(1);
    expect(await auditDetails(petition.id, "signatures.paper_corrected")).toEqual([{ sheet: 1, line: 1, before: "valid", after: "no_main_residence" }]);
    await expectConsistent(petition.id);
  });

  it("turns a corrected line into a duplicate", async () => {
    const petition = await newPetition();
    await recordPaperLines(ctx, {
      petitionId: petition.id,
      staffId,
      lines: [validPaperLine(residentNamed("Erste"), 1, 1), validPaperLine(residentNamed("Zweite"), 1, 2)],
    });

    const corrected = await correctPaperLine(ctx, { petitionId: petition.id, staffId, line: validPaperLine(residentNamed("Erste"), 1, 2) });

    expect(corrected).toMatchObject({ ok: true, value: { after: { kind: "duplicate", existing: { channel: "paper", sheetLine: { sheet: 1, line: 1 } } } } });
    const tally = await petitionTally(database, petition.id);
    expect(tally.valid.paper).toBe(1);
    expect(tally.duplicateAttempts.paper).toBe(1);
    await expectConsistent(petition.id);
  });

  it("lets a corrected duplicate line count", async () => {
    const petition = await newPetition();
    await recordPaperLines(ctx, {
      petitionId: petition.id,
      staffId,
      lines: [validPaperLine(residentNamed("Erste"), 1, 1), validPaperLine(residentNamed("Erste"), 1, 2)],
    });

    const corrected = await correctPaperLine(ctx, { petitionId: petition.id, staffId, line: validPaperLine(residentNamed("Andere"), 1, 2) });

    expect(corrected).toMatchObject({ ok: true, value: { before: { kind: "duplicate" }, after: { kind: "recorded" } } });
    const tally = await petitionTally(database, petition.id);
    expect(tally.valid.paper).toBe(2);
    expect(tally.duplicateAttempts.total).toBe(0);
    await expectConsistent(petition.id);
  });

  it("lets a duplicate count when the person changes", async () => {
    const petition = await newPetition();
    const person = residentNamed("Doppelt");
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 2, 5), validPaperLine(person, 2, 6)] });

    const corrected = await correctPaperLine(ctx, { petitionId: petition.id, staffId, line: validPaperLine(residentNamed("Eigentlich"), 2, 5) });

    expect(corrected).toMatchObject({ ok: true, value: { after: { kind: "recorded" }, promoted: { sheet: 2, line: 6 } } });
    const tally = await petitionTally(database, petition.id);
    expect(tally.valid.paper).toBe(2);
    expect(tally.duplicateAttempts.total).toBe(0);
    await expectConsistent(petition.id);
  });

  it("keeps the corrected line when the person stays", async () => {
    const petition = await newPetition();
    const person = residentNamed("Bleibt");
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 2, 5), validPaperLine(person, 2, 6)] });

    const corrected = await correctPaperLine(ctx, { petitionId: petition.id, staffId, line: invalidPaperLine(person, 2, 5, "under_age") });

    expect(corrected).toMatchObject({ ok: true, value: { after: { kind: "recorded" }, promoted: undefined } });
    const tally = await petitionTally(database, petition.id);
    expect(tally.invalidByReason.under_age.paper).toBe(1);
    expect(tally.duplicateAttempts.paper).toBe(1);
    await expectConsistent(petition.id);
  });

  it("reports an unknown sheet line", async () => {
    const petition = await newPetition();

    const corrected = await correctPaperLine(ctx, { petitionId: petition.id, staffId, line: validPaperLine(residentNamed("Niemand"), 9, 9) });

    expect(corrected).toEqual({ ok: false, error: "LINE_NOT_FOUND" });
    expect(await removedEntries(petition.id)).toEqual([]);
  });

  it("refuses a decided petition", async () => {
    const petition = await newPetition({ status: "decided" });

    const corrected = await correctPaperLine(ctx, { petitionId: petition.id, staffId, line: validPaperLine(residentNamed("Spät"), 1, 1) });

    expect(corrected).toEqual({ ok: false, error: "NOT_OPEN_FOR_REVIEW" });
  });
});

describe("deletePaperLine", () => {
  it("removes a line entered by mistake", async () => {
    const petition = await newPetition();
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [invalidPaperLine(residentNamed("Leer"), 7, 3, "under_age")] });

    const deleted = await deletePaperLine(ctx, { petitionId: petition.id, staffId, sheetLine: { sheet: 7, line: 3 } });

    expect(deleted).toMatchObject({ ok: true, value: { before: { kind: "signature", outcome: "under_age" }, promoted: undefined } });
    expect((await petitionTally(database, petition.id)).signatures.total).toBe(0);
    expect(await removedEntries(petition.id)).toEqual([{ channel: "paper", reason: "paper_deleted" }]);
    expect(await auditDetails(petition.id, "signatures.paper_deleted")).toEqual([{ sheet: 7, line: 3, before: "under_age" }]);
    await expectConsistent(petition.id);
  });

  it("removes a duplicate line", async () => {
    const petition = await newPetition();
    const person = residentNamed("Doppelt");
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 1, 1), validPaperLine(person, 1, 2)] });

    const deleted = await deletePaperLine(ctx, { petitionId: petition.id, staffId, sheetLine: { sheet: 1, line: 2 } });

    expect(deleted).toEqual({ ok: true, value: { before: { kind: "duplicate" }, promoted: undefined } });
    const tally = await petitionTally(database, petition.id);
    expect(tally.duplicateAttempts.total).toBe(0);
    expect(tally.valid.paper).toBe(1);
    await expectConsistent(petition.id);
  });

  it("lets the earliest duplicate line count instead", async () => {
    const petition = await newPetition();
    const person = residentNamed("Nachrücker");
    const lines = [validPaperLine(person, 2, 5), { ...invalidPaperLine(person, 2, 6, "no_main_residence"), signedOn: "2026-03-10" }, validPaperLine(person, 2, 7)];
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines });

    const deleted = await deletePaperLine(ctx, { petitionId: petition.id, staffId, sheetLine: { sheet: 2, line: 5 } });

    expect(deleted).toMatchObject({ ok: true, value: { promoted: { sheet: 2, line: 6 } } });
    const tally = await petitionTally(database, petition.id);
    expect(tally.valid.paper).toBe(0);
    expect(tally.invalidByReason.no_main_residence.paper).toBe(1);
    expect(tally.duplicateAttempts.paper).toBe(1);
    expect(await auditDetails(petition.id, "signatures.paper_deleted")).toEqual([{ sheet: 2, line: 5, before: "valid", promoted: "2/6" }]);
    const [promoted] = await database.rows<{ sheet: number; line: number; day: string }>(
      "select sheet, line, (signed_at at time zone 'Europe/Berlin')::date::text as day from signatures where petition_id = $1",
      [petition.id],
    );
    expect(promoted).toEqual({ sheet: 2, line: 6, day: "2026-03-10" });
    await expectConsistent(petition.id);
  });

  it("reports an unknown sheet line", async () => {
    const petition = await newPetition();

    expect(await deletePaperLine(ctx, { petitionId: petition.id, staffId, sheetLine: { sheet: 1, line: 1 } })).toEqual({ ok: false, error: "LINE_NOT_FOUND" });
  });
});

describe("withdrawPaperSignature", () => {
  it("withdraws and lets the person sign again", async () => {
    const petition = await newPetition();
    const person = residentNamed("Widerruf");
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 3, 3)] });

    const withdrawn = await withdrawPaperSignature(ctx, { petition, staffId, sheetLine: { sheet: 3, line: 3 } });

    expect(withdrawn).toEqual({ ok: true, value: { outcome: "valid", duplicateLines: [] } });
    const tally = await petitionTally(database, petition.id);
    expect(tally.withdrawn.paper).toBe(1);
    expect(tally.signatures.total).toBe(0);
    expect(await auditDetails(petition.id, "signatures.paper_withdrawn")).toEqual([{ sheet: 3, line: 3, before: "valid" }]);
    expect((await signPetition(ctx, { petition, identity: person, channel: "passkey" })).ok).toBe(true);
    await expectConsistent(petition.id);
  });

  it("refuses once the petition is submitted", async () => {
    const petition = await newPetition();
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(residentNamed("Zu spät"), 3, 3)] });
    await database.rows("update petitions set status = 'submitted' where id = $1", [petition.id]);

    const withdrawn = await withdrawPaperSignature(ctx, { petition: { ...petition, status: "submitted" }, staffId, sheetLine: { sheet: 3, line: 3 } });

    expect(withdrawn).toEqual({ ok: false, error: "NOT_COLLECTING" });
    expect((await petitionTally(database, petition.id)).valid.paper).toBe(1);
  });

  it("withdraws the person's duplicate lines too", async () => {
    const petition = await newPetition();
    const person = residentNamed("Ganz");
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 2, 5), validPaperLine(person, 2, 6)] });

    const withdrawn = await withdrawPaperSignature(ctx, { petition, staffId, sheetLine: { sheet: 2, line: 5 } });

    expect(withdrawn).toEqual({ ok: true, value: { outcome: "valid", duplicateLines: [{ sheet: 2, line: 6 }] } });
    const tally = await petitionTally(database, petition.id);
    expect(tally.signatures.total).toBe(0);
    expect(tally.duplicateAttempts.total).toBe(0);
    expect(tally.withdrawn.paper).toBe(1);
    expect(await auditDetails(petition.id, "signatures.paper_withdrawn")).toEqual([{ sheet: 2, line: 5, before: "valid", duplicateLines: { "2": "6" } }]);
    await expectConsistent(petition.id);
  });

  it("rejects entering a withdrawn sheet line again", async () => {
    const petition = await newPetition();
    const person = residentNamed("Nochmal");
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 2, 5), validPaperLine(person, 2, 6)] });
    expect((await withdrawPaperSignature(ctx, { petition, staffId, sheetLine: { sheet: 2, line: 5 } })).ok).toBe(true);

    const again = await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 2, 5), validPaperLine(person, 2, 6)] });

    expect(again).toEqual({
      ok: false,
      error: "LINES_WITHDRAWN",
      lines: [
        { sheet: 2, line: 5, withdrawnAt: NOW },
        { sheet: 2, line: 6, withdrawnAt: NOW },
      ],
    });
    const newLine = await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 2, 8)] });
    expect(newLine.ok).toBe(true);
    expect(newLine.ok ? newLine.value[0]?.kind : undefined).toBe("recorded");
    await expectConsistent(petition.id);
  });

  it("tells a duplicate line from an unknown one", async () => {
    const petition = await newPetition();
    const person = residentNamed("Zweimal");
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 1, 1), validPaperLine(person, 1, 2)] });

    expect(await withdrawPaperSignature(ctx, { petition, staffId, sheetLine: { sheet: 1, line: 2 } })).toEqual({ ok: false, error: "DUPLICATE_LINE" });
    expect(await withdrawPaperSignature(ctx, { petition, staffId, sheetLine: { sheet: 1, line: 3 } })).toEqual({ ok: false, error: "LINE_NOT_FOUND" });
  });
});

describe("withdrawSignature online", () => {
  it("withdraws the person's duplicate paper lines too", async () => {
    const petition = await newPetition();
    const person = residentNamed("Online");
    expect((await signPetition(ctx, { petition, identity: person, channel: "wallet", credentialType: "urn:eudi:pid:de:1" })).ok).toBe(true);
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 4, 1)] });

    const withdrawn = await withdrawSignature(ctx, { petition, residentKey: residentKeyOf(ctx.serverSecret, person), requestChannel: "wallet" });

    expect(withdrawn.ok).toBe(true);
    expect((await petitionTally(database, petition.id)).duplicateAttempts.paper).toBe(0);
    const again = await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 4, 1)] });
    expect(again.ok ? undefined : again.error).toBe("LINES_WITHDRAWN");
    await expectConsistent(petition.id);
  });
});

describe("paper lines where only paper counts", () => {
  it("replace the online signature", async () => {
    const petition = await newPetition({ signatureKinds: ["paper"] });
    const person = residentNamed("Beides");
    expect((await signPetition(ctx, { petition, identity: person, channel: "wallet", credentialType: "urn:eudi:pid:de:1" })).ok).toBe(true);

    const recorded = await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 1, 1)] });

    expect(recorded.ok).toBe(true);

    expect(recorded.ok ? recorded.value[0]?.kind : undefined).toBe("recorded");
    const tally = await petitionTally(database, petition.id);
    expect(tally.valid.paper).toBe(1);
    expect(tally.signatures.wallet).toBe(0);
    expect(tally.duplicateAttempts.total).toBe(0);
    expect(await removedEntries(petition.id)).toEqual([{ channel: "wallet", reason: "superseded_by_paper" }]);
    const [evidence] = await database.rows<{ count: number }>("select count(*)::int as count from signature_evidence where petition_id = $1", [petition.id]);
    expect(evidence!.count).toBe(0);
    await expectConsistent(petition.id);
  });

  it("keep the replaced receipt checkable", async () => {
    const petition = await newPetition({ signatureKinds: ["paper"] });
    const person = residentNamed("Quittung");
    const signed = await signPetition(ctx, { petition, identity: person, channel: "wallet", credentialType: "urn:eudi:pid:de:1" });
    if (!signed.ok) throw new Error(`signing failed: ${signed.error}`);

    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 2, 1)] });

    const check = await checkReceipt(database, petition.id, signed.value.receiptCode);
    expect(check.ok ? "found" : check.error).toBe("RECEIPT_SUPERSEDED");
    expect(check).toMatchObject({ paper: { paper: "paperCounts" } });
    const elsewhere = await checkReceipt(database, (await newPetition({ signatureKinds: ["paper"] })).id, signed.value.receiptCode);
    expect(elsewhere.ok ? "found" : elsewhere.error).toBe("RECEIPT_NOT_FOUND");
    const [kept] = await database.rows<{ count: number }>("select count(*)::int as count from superseded_receipts where petition_id = $1", [petition.id]);
    expect(kept!.count).toBe(1);
  });

  /** Sign a paper-only petition online, then enter the person's paper line on sheet 3, line 1, which replaces it. */
  async function replacedReceipt(givenNames: string): Promise<{ petition: Petition; receiptCode: string }> {
    const petition = await newPetition({ signatureKinds: ["paper"] });
    const person = residentNamed(givenNames);
    const signed = await signPetition(ctx, { petition, identity: person, channel: "wallet", credentialType: "urn:eudi:pid:de:1" });
    if (!signed.ok) throw new Error(`signing failed: ${signed.error}`);
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 3, 1)] });
    return { petition, receiptCode: signed.value.receiptCode };
  }

  it("mark the receipt once withdrawn", async () => {
    const { petition, receiptCode } = await replacedReceipt("Zurückgezogen");

    expect((await withdrawPaperSignature(ctx, { petition, staffId, sheetLine: { sheet: 3, line: 1 } })).ok).toBe(true);

    const check = await checkReceipt(database, petition.id, receiptCode);
    expect(check).toMatchObject({ ok: false, error: "RECEIPT_SUPERSEDED", paper: { paper: "paperRemoved" } });
  });

  it("mark the receipt once deleted", async () => {
    const { petition, receiptCode } = await replacedReceipt("Gelöscht");

    expect((await deletePaperLine(ctx, { petitionId: petition.id, staffId, sheetLine: { sheet: 3, line: 1 } })).ok).toBe(true);

    const check = await checkReceipt(database, petition.id, receiptCode);
    expect(check).toMatchObject({ ok: false, error: "RECEIPT_SUPERSEDED", paper: { paper: "paperRemoved" } });
  });

  it("stay duplicates where both kinds count", async () => {
    const petition = await newPetition({ signatureKinds: ["online", "paper"] });
    const person = residentNamed("Beides");
    await signPetition(ctx, { petition, identity: person, channel: "passkey" });

    const recorded = await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 1, 1)] });

    expect(recorded.ok).toBe(true);

    expect(recorded.ok ? recorded.value[0]?.kind : undefined).toBe("duplicate");
    expect(await removedEntries(petition.id)).toEqual([]);
  });

  it("win against a concurrent online signing", async () => {
    const petition = await newPetition({ signatureKinds: ["paper"] });
    const person = residentNamed("Wettlauf");

    const [, recorded] = await Promise.all([
      signPetition(ctx, { petition, identity: person, channel: "passkey" }),
      recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(person, 4, 4)] }),
    ]);

    expect(recorded.ok).toBe(true);

    expect(recorded.ok ? recorded.value[0]?.kind : undefined).toBe("recorded");
    const tally = await petitionTally(database, petition.id);
    expect(tally.valid.paper).toBe(1);
    expect(tally.signatures.total).toBe(1);
    await expectConsistent(petition.id);
  });
});

describe("recordPaperLines batches", () => {
  it("mark later lines of one person as duplicates", async () => {
    const petition = await newPetition();
    const person = residentNamed("Mehrfach");

    const recorded = await recordPaperLines(ctx, {
      petitionId: petition.id,
      staffId,
      lines: [validPaperLine(person, 1, 1), invalidPaperLine(undefined, 1, 2, "incomplete_or_illegible"), validPaperLine(person, 2, 1), validPaperLine(person, 2, 2)],
    });

    expect(recorded.ok && recorded.value.map((result) => result.kind)).toEqual(["recorded", "recorded", "duplicate", "duplicate"]);
    expect(recorded.ok).toBe(true);
    expect(recorded.ok ? recorded.value[3] : undefined).toEqual({
      kind: "duplicate",
      sheetLine: { sheet: 2, line: 2 },
      existing: { channel: "paper", status: "confirmed", reason: null, sheetLine: { sheet: 1, line: 1 } },
    });
    expect(await auditDetails(petition.id, "signatures.paper_entered")).toEqual([
      { lines: 4, duplicates: 2, sheetLines: { "1": "1-2", "2": "1-2" }, outcomes: { valid: 1, incomplete_or_illegible: 1, duplicate: 2 } },
    ]);
    await expectConsistent(petition.id);
  });
});

describe("verifySignatureLog after a removal", () => {
  /** Create a petition with two paper lines, correct the first to another person and seal the log. */
  async function correctedPetition() {
    const petition = await newPetition();
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(residentNamed("Alt"), 1, 1), validPaperLine(residentNamed("Bleibt"), 1, 2)] });
    await correctPaperLine(ctx, { petitionId: petition.id, staffId, line: validPaperLine(residentNamed("Neu"), 1, 1) });
    await sealPetitionLog(database, petition.id);
    return petition;
  }

  async function removedSeq(petitionId: string): Promise<number> {
    const [row] = await database.rows<{ seq: number }>("select seq from signature_log_entries where petition_id = $1 and kind = 'removed'", [petitionId]);
    return Number(row!.seq);
  }

  it("detects an altered removal reason", async () => {
    const petition = await correctedPetition();
    const seq = await removedSeq(petition.id);

    await database.rows("update signature_log_entries set reason = 'paper_deleted' where petition_id = $1 and seq = $2", [petition.id, seq]);

    expect((await verifySignatureLog(database, petition.id)).firstProblem).toEqual({ seq, reason: "altered_entry" });
  });

  it("detects a removed row put back", async () => {
    const petition = await correctedPetition();
    const [removed] = await database.rows<{ nullifier: Buffer }>("select nullifier from signature_log_entries where petition_id = $1 and kind = 'removed'", [petition.id]);

    await database.rows(
      `insert into signatures (petition_id, nullifier, channel, status, checks, signed_at, sheet, line)
       values ($1, $2, 'paper', 'confirmed', '{}'::jsonb, now(), 99, 1)`,
      [petition.id, removed!.nullifier],
    );

    const problems = (await verifySignatureLog(database, petition.id)).problems.map((problem) => problem.reason);
    expect(problems).toContain("signature_without_log_entry");
  });

  it("detects a removal left out of the counters", async () => {
    const petition = await correctedPetition();

    await database.rows(
      `update signature_counts set count = count + 1
        where (petition_id, channel, status, shard) = (select petition_id, channel, status, shard from signature_counts where petition_id = $1 limit 1)`,
      [petition.id],
    );

    const verification = await verifySignatureLog(database, petition.id);
    expect(verification.problems.map((problem) => problem.reason)).toEqual(["count_mismatch"]);
    expect(verification.logCounts).toEqual({ paper: { confirmed: 2 } });
  });

  it("detects a deleted removal entry", async () => {
    const petition = await correctedPetition();
    const seq = await removedSeq(petition.id);

    await database.rows("delete from signature_log_entries where petition_id = $1 and seq = $2", [petition.id, seq]);

    const problems = (await verifySignatureLog(database, petition.id)).problems;
    expect(problems).toContainEqual({ seq, reason: "gap" });
    expect(problems).toContainEqual({ seq: 1, reason: "log_entry_without_signature" });
  });
});
