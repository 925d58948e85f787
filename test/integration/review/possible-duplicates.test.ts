import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { decideSignature } from "../../../src/review/decide-signature";
import { markDistinctPersons } from "../../../src/review/mark-distinct-persons";
import { petitionTally } from "../../../src/review/petition-tally";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { listSignaturesForReview } from "../../../src/review/review-list";
import { type SignContext, signPetition } from "../../../src/signing/sign-petition";
import { residentKeyOf } from "../../../src/signing/resident-key";
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
  database = await openTestDatabase({ maxConnections: 10 });
  ctx = signContextFor(database, fixedClock(NOW));
  staffId = (await createTestStaffMember(database, { role: "election_office" })).id;
});

afterAll(async () => {
  await database.close();
});

function walletSigner() {
  return residentNamed("Anna Maria", { familyName: "Nowak-Weiß", placeOfBirth: undefined });
}

/**
 * Create a petition with a wallet signature whose credential names only a
 * country of birth, and the same person's paper line with only the first
 * given name and a space for the hyphen: the nullifiers differ, so both count.
 */
async function petitionWithPossibleDuplicate() {
  const petition = await createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret });
  const wallet = walletSigner();
  const signed = await signPetition(ctx, { petition, identity: wallet, channel: "wallet", credentialType: "urn:eudi:pid:de:1" });
  expect(signed.ok).toBe(true);
  const paper = { familyName: "Nowak Weiss", givenNames: "Anna", birthDate: wallet.birthDate, placeOfBirth: "Krakau" };
  const entered = await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(paper, 4, 2)] });
  if (!entered.ok) throw new Error(`paper line not entered: ${entered.error}`);
  expect(entered.value[0]?.kind).toBe("recorded");
  const rows = await database.rows<{ id: string; channel: string }>("select id, channel from signatures where petition_id = $1 order by id", [petition.id]);
  const idOf = (channel: string) => Number(rows.find((row) => row.channel === channel)!.id);
  return { petition, walletId: idOf("wallet"), paperId: idOf("paper") };
}

describe("possible duplicates", () => {
  it("counts a pair with different nullifiers once as open", async () => {
    const { petition } = await petitionWithPossibleDuplicate();

    const tally = await petitionTally(database, petition.id);

    expect(tally.signatures.total).toBe(2);
    expect(tally.openPossibleDuplicates).toBe(1);
  });

  it("points each signature to the other without names", async () => {
    const { petition, walletId, paperId } = await petitionWithPossibleDuplicate();

    const { items } = await listSignaturesForReview(database, { petitionId: petition.id, filter: "possibleDuplicates", afterId: 0 });

    expect(items.map((item) => item.id)).toEqual([walletId, paperId]);
    expect(items[0]?.possibleDuplicates).toEqual([{ id: paperId, channel: "paper", sheet: 4, line: 2 }]);
    expect(items[1]?.possibleDuplicates).toEqual([{ id: walletId, channel: "wallet", sheet: null, line: null }]);
    expect(JSON.stringify(items)).not.toMatch(/Nowak|Anna|Krakau/);
  });

  it("leaves other family names and birth dates unmarked", async () => {
    const petition = await createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret });
    await signPetition(ctx, { petition, identity: residentNamed("Eva", { familyName: "Nowak" }), channel: "wallet", credentialType: "urn:eudi:pid:de:1" });
    await signPetition(ctx, { petition, identity: residentNamed("Eva", { familyName: "Nowak", birthDate: "1981-05-17" }), channel: "passkey" });
    await signPetition(ctx, { petition, identity: residentNamed("Eva", { familyName: "Nowicki" }), channel: "passkey" });

    const { items } = await listSignaturesForReview(database, { petitionId: petition.id, filter: "possibleDuplicates", afterId: 0 });

    expect(items).toEqual([]);
    expect((await petitionTally(database, petition.id)).openPossibleDuplicates).toBe(0);
  });

  it("stores no weak key for an incomplete paper line", async () => {
    const petition = await createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret });
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [invalidPaperLine(undefined, 1, 1, "incomplete_or_illegible")] });

    const [row] = await database.rows<{ weak_identity_key: Buffer | null }>("select weak_identity_key from signatures where petition_id = $1", [petition.id]);

    expect(row?.weak_identity_key).toBeNull();
  });

  it("resolves a pair marked as different people", async () => {
    const { petition, walletId, paperId } = await petitionWithPossibleDuplicate();

    const marked = await markDistinctPersons(ctx, { petitionId: petition.id, signatureId: paperId, otherSignatureId: walletId, staffId });

    expect(marked).toEqual({ ok: true });
    expect((await petitionTally(database, petition.id)).openPossibleDuplicates).toBe(0);
    const { items } = await listSignaturesForReview(database, { petitionId: petition.id, filter: "all", afterId: 0 });
    expect(items.every((item) => item.possibleDuplicates.length === 0)).toBe(true);
    const [pair] = await database.rows("select first_signature_id, second_signature_id from distinct_person_pairs where petition_id = $1", [petition.id]);
    expect(Number(pair?.first_signature_id)).toBe(walletId);
    const audit = await database.rows<{ details: { signatureIds: number[] } }>(
      "select details from audit_log where petition_id = $1 and action = 'signatures.distinct_persons'",
      [petition.id],
    );
    expect(audit.map((entry) => entry.details.signatureIds)).toEqual([[walletId, paperId]]);
  });

  it("drops the mark with a withdrawn signature", async () => {
    const { petition, walletId, paperId } = await petitionWithPossibleDuplicate();
    await markDistinctPersons(ctx, { petitionId: petition.id, signatureId: walletId, otherSignatureId: paperId, staffId });

    const withdrawn = await withdrawSignature(ctx, { petition, residentKey: residentKeyOf(ctx.serverSecret, walletSigner()), requestChannel: "wallet" });

    expect(withdrawn.ok).toBe(true);
    const pairs = await database.rows("select 1 from distinct_person_pairs where petition_id = $1", [petition.id]);
    expect(pairs).toEqual([]);
  });

  it("resolves a pair when one is found signed more than once", async () => {
    const { petition, paperId } = await petitionWithPossibleDuplicate();

    const decided = await decideSignature(ctx, {
      petitionId: petition.id,
      signatureId: paperId,
      expected: { status: "confirmed", reason: null },
      decision: { kind: "invalidate", reason: "signed_more_than_once" },
      staffId,
    });

    expect(decided.ok).toBe(true);
    const tally = await petitionTally(database, petition.id);
    expect(tally.openPossibleDuplicates).toBe(0);
    expect(tally.invalidByReason.signed_more_than_once.paper).toBe(1);
  });

  it("rejects marking a pair that is no possible duplicate", async () => {
    const petition = await createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret });
    await signPetition(ctx, { petition, identity: residentNamed("Eva", { familyName: "Nowak" }), channel: "wallet", credentialType: "urn:eudi:pid:de:1" });
    await signPetition(ctx, { petition, identity: residentNamed("Eva", { familyName: "Nowicki" }), channel: "passkey" });
    const [first, second] = (await database.rows<{ id: string }>("select id from signatures where petition_id = $1 order by id", [petition.id])).map((row) =>
      Number(row.id),
    );

    const marked = await markDistinctPersons(ctx, { petitionId: petition.id, signatureId: first!, otherSignatureId: second!, staffId });

    expect(marked).toEqual({ ok: false, error: "NOT_POSSIBLE_DUPLICATE" });
  });

  it("rejects pairing a signature with itself", async () => {
    const { petition, walletId } = await petitionWithPossibleDuplicate();

    const marked = await markDistinctPersons(ctx, { petitionId: petition.id, signatureId: walletId, otherSignatureId: walletId, staffId });

    expect(marked).toEqual({ ok: false, error: "SAME_SIGNATURE" });
  });

  it("rejects marking a pair twice", async () => {
    const { petition, walletId, paperId } = await petitionWithPossibleDuplicate();
    expect((await markDistinctPersons(ctx, { petitionId: petition.id, signatureId: walletId, otherSignatureId: paperId, staffId })).ok).toBe(true);

    const again = await markDistinctPersons(ctx, { petitionId: petition.id, signatureId: paperId, otherSignatureId: walletId, staffId });

    expect(again).toEqual({ ok: false, error: "ALREADY_MARKED" });
  });

  it("rejects a signature of another petition", async () => {
    const { petition, walletId } = await petitionWithPossibleDuplicate();
    const other = await petitionWithPossibleDuplicate();

    const marked = await markDistinctPersons(ctx, { petitionId: petition.id, signatureId: walletId, otherSignatureId: other.paperId, staffId });

    expect(marked).toEqual({ ok: false, error: "SIGNATURE_NOT_FOUND" });
  });

  it("records one mark when two officials mark at once", async () => {
    const { petition, walletId, paperId } = await petitionWithPossibleDuplicate();
    const otherStaffId = (await createTestStaffMember(database, { role: "election_office" })).id;

    const results = await Promise.all([
      markDistinctPersons(ctx, { petitionId: petition.id, signatureId: walletId, otherSignatureId: paperId, staffId }),
      markDistinctPersons(ctx, { petitionId: petition.id, signatureId: paperId, otherSignatureId: walletId, staffId: otherStaffId }),
    ]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, error: "ALREADY_MARKED" }]);
    const pairs = await database.rows("select 1 from distinct_person_pairs where petition_id = $1", [petition.id]);
    expect(pairs).toHaveLength(1);
  });
});
