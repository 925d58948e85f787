import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { decideSignature, type DecideInput } from "../../../src/review/decide-signature";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { petitionTally } from "../../../src/review/petition-tally";
import { verifySignatureLog } from "../../../src/signature-log/verify-signature-log";
import { type SignContext, signPetition } from "../../../src/signing/sign-petition";
import { readDailySignatureCounts } from "../../../src/signing/daily-signature-counts";
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
let otherStaffId: string;

beforeAll(async () => {
  database = await openTestDatabase({ maxConnections: 10 });
  ctx = signContextFor(database, fixedClock(NOW));
  staffId = (await createTestStaffMember(database, { role: "election_office" })).id;
  otherStaffId = (await createTestStaffMember(database, { role: "admin" })).id;
});

afterAll(async () => {
  await database.close();
});

/** Create a collecting petition with one provisional wallet signature (no residence date) and one proven passkey signature. */
async function petitionWithSignatures() {
  const petition = await createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret });
  await signPetition(ctx, { petition, identity: residentNamed("Vorläufig", { mainResidenceSince: undefined }), channel: "wallet", credentialType: "urn:eudi:pid:de:1" });
  await signPetition(ctx, { petition, identity: residentNamed("Belegt"), channel: "passkey" });
  const rows = await database.rows<{ id: string; status: string }>("select id, status from signatures where petition_id = $1 order by id", [petition.id]);
  const idOf = (status: string) => Number(rows.find((row) => row.status === status)!.id);
  return { petition, provisionalId: idOf("provisional"), provenId: idOf("proven") };
}

function decision(petitionId: string, signatureId: number, overrides: Partial<DecideInput> = {}): DecideInput {
  return { petitionId, signatureId, expected: { status: "provisional", reason: null }, decision: { kind: "confirm" }, staffId, ...overrides };
}

describe("decideSignature", () => {
  it("confirms a provisional signature", async () => {
    const { petition, provisionalId } = await petitionWithSignatures();

    const result = await decideSignature(ctx, decision(petition.id, provisionalId));

    expect(result).toEqual({ ok: true, value: { status: "confirmed", reason: null } });
    const tally = await petitionTally(database, petition.id);
    expect(tally.confirmed.wallet).toBe(1);
    expect(tally.provisional.total).toBe(0);
    expect(tally.valid.total).toBe(2);
  });

  it("invalidates a proven signature with a reason", async () => {
    const { petition, provenId } = await petitionWithSignatures();

    const result = await decideSignature(
      ctx,
      decision(petition.id, provenId, { expected: { status: "proven", reason: null }, decision: { kind: "invalidate", reason: "no_main_residence" } }),
    );

    expect(result.ok).toBe(true);
    const tally = await petitionTally(database, petition.id);
    expect(tally.invalidByReason.no_main_residence).toEqual({ wallet: 0, passkey: 1, paper: 0, total: 1 });
    const counts = await readSignatureCounts(database, petition.id);
    expect(counts.total).toBe(1);
    const [day] = await readDailySignatureCounts(database, petition.id, "2026-03-15", "2026-03-15");
    expect(day?.total).toBe(1);
  });

  it("keeps counters and log consistent after review", async () => {
    const { petition, provisionalId, provenId } = await petitionWithSignatures();
    await decideSignature(ctx, decision(petition.id, provisionalId, { decision: { kind: "invalidate", reason: "residence_too_short" } }));
    await decideSignature(ctx, decision(petition.id, provisionalId, { expected: { status: "invalid", reason: "residence_too_short" } }));
    await decideSignature(ctx, decision(petition.id, provenId, { expected: { status: "proven", reason: null }, decision: { kind: "invalidate", reason: "under_age" } }));

    const verification = await verifySignatureLog(database, petition.id);

    expect(verification.problems).toEqual([]);
    expect(verification.entriesByKind).toEqual({ signed: 2, invalidated: 2, confirmed: 1 });
    expect(verification.logCounts).toEqual({ wallet: { confirmed: 1 }, passkey: { invalid: 1 } });
  });

  it("detects a reason changed behind the log", async () => {
    const { petition, provenId } = await petitionWithSignatures();
    await decideSignature(ctx, decision(petition.id, provenId, { expected: { status: "proven", reason: null }, decision: { kind: "invalidate", reason: "under_age" } }));
    await verifySignatureLog(database, petition.id);
    await database.rows("update signatures set reason = 'not_eu_citizen' where id = $1", [provenId]);

    const verification = await verifySignatureLog(database, petition.id);

    expect(verification.problems).toEqual([{ seq: 3, reason: "signature_differs" }]);
  });

  it("tells the second official the signature was decided meanwhile", async () => {
    const { petition, provisionalId } = await petitionWithSignatures();
    await decideSignature(ctx, decision(petition.id, provisionalId));

    const second = await decideSignature(ctx, decision(petition.id, provisionalId, { staffId: otherStaffId, decision: { kind: "invalidate", reason: "under_age" } }));

    expect(second).toEqual({ ok: false, error: "DECIDED_MEANWHILE", current: { status: "confirmed", reason: null } });
  });

  it("lets exactly one of two concurrent decisions win", async () => {
    const { petition, provisionalId } = await petitionWithSignatures();

    const results = await Promise.all([
      decideSignature(ctx, decision(petition.id, provisionalId)),
      decideSignature(ctx, decision(petition.id, provisionalId, { staffId: otherStaffId, decision: { kind: "invalidate", reason: "not_eu_citizen" } })),
    ]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.error)).toEqual(["DECIDED_MEANWHILE"]);
    expect((await verifySignatureLog(database, petition.id)).problems).toEqual([]);
    const tally = await petitionTally(database, petition.id);
    expect(tally.confirmed.total + tally.invalid.total).toBe(1);
  });

  it("refuses to confirm a proven signature or an illegible line", async () => {
    const { petition, provenId } = await petitionWithSignatures();
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [invalidPaperLine(undefined, 1, 1, "incomplete_or_illegible")] });
    const [illegible] = await database.rows<{ id: string }>("select id from signatures where petition_id = $1 and channel = 'paper'", [petition.id]);

    const proven = await decideSignature(ctx, decision(petition.id, provenId, { expected: { status: "proven", reason: null } }));
    const line = await decideSignature(ctx, decision(petition.id, Number(illegible!.id), { expected: { status: "invalid", reason: "incomplete_or_illegible" } }));

    expect(proven.ok || proven.error).toBe("NOT_ALLOWED");
    expect(line.ok || line.error).toBe("NOT_ALLOWED");
  });

  it("answers not found for a signature of another petition", async () => {
    const first = await petitionWithSignatures();
    const second = await petitionWithSignatures();

    const result = await decideSignature(ctx, decision(second.petition.id, first.provisionalId));

    expect(result).toEqual({ ok: false, error: "SIGNATURE_NOT_FOUND" });
  });

  it("records who decided in the audit log", async () => {
    const { petition, provisionalId } = await petitionWithSignatures();

    await decideSignature(ctx, decision(petition.id, provisionalId));

    const [entry] = await database.rows<{ actor_id: string; details: Record<string, unknown> }>(
      "select actor_id, details from audit_log where petition_id = $1 and action = 'signatures.decided'",
      [petition.id],
    );
    expect(entry?.actor_id).toBe(staffId);
    expect(entry?.details).toEqual({ signatureId: provisionalId, channel: "wallet", from: "provisional", to: "confirmed", reason: "register_checked" });
  });

  it("names the sheet line of a paper decision", async () => {
    const petition = await createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret });
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(residentNamed("Papier"), 6, 2)] });
    const [row] = await database.rows<{ id: string }>("select id from signatures where petition_id = $1", [petition.id]);
    const signatureId = Number(row!.id);

    await decideSignature(ctx, decision(petition.id, signatureId, { expected: { status: "confirmed", reason: null }, decision: { kind: "invalidate", reason: "under_age" } }));

    const [entry] = await database.rows<{ details: Record<string, unknown> }>("select details from audit_log where petition_id = $1 and action = 'signatures.decided'", [
      petition.id,
    ]);
    expect(entry?.details).toEqual({ signatureId, channel: "paper", sheet: 6, line: 2, from: "confirmed", to: "invalid", reason: "under_age" });
  });
});
