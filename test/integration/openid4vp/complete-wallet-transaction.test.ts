import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { IdentityAttributes } from "../../../src/credentials/identity-attributes";
import type { Database } from "../../../src/db/client";
import { petitions, walletTransactions } from "../../../src/db/schema";
import { createLogger } from "../../../src/log";
import { completeWithoutSignature, recordWalletSignature, type WalletCompletion } from "../../../src/openid4vp/complete-wallet-transaction";
import type { Petition } from "../../../src/petitions/queries";
import { decideSignature } from "../../../src/review/decide-signature";
import { type PreparedSignature, prepareSignature, type SignContext } from "../../../src/signing/sign-petition";
import { readSignatureCounts } from "../../../src/signing/signature-counts";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { openTestDatabase } from "../../helpers/db";
import { validPaperLine } from "../../helpers/review";
import { createTestPetition } from "../../helpers/petitions";
import { TEST_OFFICE_KEYS } from "../../helpers/evidence";
import { createTestStaffMember } from "../../helpers/staff";

const NOW = new Date("2026-03-15T12:00:00Z");
const PID = "urn:eudi:pid:de:1";

let database: Database;
let ctx: SignContext;

function resident(givenNames = "Erika"): IdentityAttributes {
  return {
    familyName: "Musterfrau",
    givenNames,
    birthDate: "1980-05-17",
    placeOfBirth: "Dresden",
    municipalityKey: "14612000",
    mainResidenceSince: "2020-01-01",
    nationalities: ["DE"],
  };
}

/** Insert a pending wallet transaction for the petition, expiring five minutes after NOW unless told otherwise. */
async function pendingTransaction(petition: Petition, expiresAt = new Date(NOW.getTime() + 300_000)): Promise<string> {
  const [row] = await database.db
    .insert(walletTransactions)
    .values({
      purpose: "sign",
      petitionId: petition.id,
      nonce: randomUUID(),
      state: randomUUID(),
      browserBindingHash: randomBytes(32),
      dcqlQuery: {},
      clientName: "Test",
      responseKey: { kty: "EC" },
      expiresAt,
    })
    .returning({ id: walletTransactions.id });
  if (row === undefined) throw new Error("insert into wallet_transactions returned no row");
  return row.id;
}

async function readTransaction(id: string) {
  const [row] = await database.db.select().from(walletTransactions).where(eq(walletTransactions.id, id));
  return row;
}

async function prepared(petition: Petition, identity = resident()): Promise<PreparedSignature> {
  const result = await prepareSignature(ctx, { petition, identity, channel: "wallet", credentialType: PID, issuer: "Test PID issuer" });
  if (!result.ok) throw new Error(`expected an eligible resident, got ${result.error}`);
  return result.value;
}

function completion(id: string, responseCodeHash: Buffer | null = null): WalletCompletion {
  return { id, flow: "same-device", responseCodeHash, now: NOW };
}

beforeAll(async () => {
  database = await openTestDatabase();
  ctx = { database, serverSecret: randomBytes(32), officeEvidenceKey: TEST_OFFICE_KEYS.officeEvidenceKey, clock: fixedClock(NOW), log: createLogger("silent") };
});

afterAll(async () => {
  await database.close();
});

describe("recordWalletSignature", () => {
  it("signs and completes the transaction with outcome signed in one statement", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const transactionId = await pendingTransaction(petition);
    const responseCodeHash = randomBytes(32);
    const signature = await prepared(petition);

    expect(await recordWalletSignature(database, signature, completion(transactionId, responseCodeHash))).toMatchObject({ kind: "signed" });

    const transaction = await readTransaction(transactionId);
    expect(transaction).toMatchObject({ status: "completed", flow: "same_device", responseKey: null, responseCodeHash, completedAt: NOW });
    expect(transaction?.outcome).toEqual({ kind: "signed", receiptCode: signature.outcome.receiptCode, provisional: false, unproven: [] });
    expect((await readSignatureCounts(database, petition.id)).total).toBe(1);
  });

  it("names the office's reason after an invalidation", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await recordWalletSignature(database, await prepared(petition), completion(await pendingTransaction(petition)));
    const [signature] = await database.rows<{ id: string }>("select id from signatures where petition_id = $1", [petition.id]);
    const staffId = (await createTestStaffMember(database, { role: "election_office" })).id;
    const decided = await decideSignature(ctx, {
      petitionId: petition.id,
      signatureId: Number(signature!.id),
      expected: { status: "proven", reason: null },
      decision: { kind: "invalidate", reason: "no_main_residence" },
      staffId,
    });
    expect(decided.ok).toBe(true);
    const secondId = await pendingTransaction(petition);

    const outcome = await recordWalletSignature(database, await prepared(petition), completion(secondId));

    expect(outcome).toEqual({ kind: "already_signed", invalidReason: "no_main_residence" });
    expect((await readTransaction(secondId))?.outcome).toEqual({ kind: "already_signed", invalidReason: "no_main_residence" });
    expect((await readSignatureCounts(database, petition.id)).total).toBe(0);
  });

  it("completes a repeat with outcome already_signed and counts nothing", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await recordWalletSignature(database, await prepared(petition), completion(await pendingTransaction(petition)));
    const secondId = await pendingTransaction(petition);

    expect(await recordWalletSignature(database, await prepared(petition), completion(secondId))).toEqual({ kind: "already_signed" });
    const [attempts] = await database.rows<{ count: number }>("select count from duplicate_attempt_counts where petition_id = $1 and channel = 'wallet'", [
      petition.id,
    ]);
    expect(attempts?.count).toBe(1);

    expect(await readTransaction(secondId)).toMatchObject({ status: "completed", outcome: { kind: "already_signed" } });
    expect((await readSignatureCounts(database, petition.id)).total).toBe(1);
  });

  it("completes a repeat of a paper signer with onPaper", async () => {
    const petition = await createTestPetition(database, { now: NOW, signatureKinds: ["paper"] });
    const staff = await createTestStaffMember(database, { role: "election_office" });
    await recordPaperLines(ctx, { petitionId: petition.id, staffId: staff.id, lines: [validPaperLine(resident("Papier"), 1, 1)] });
    const transactionId = await pendingTransaction(petition);

    expect(await recordWalletSignature(database, await prepared(petition, resident("Papier")), completion(transactionId))).toEqual({
      kind: "already_signed",
      onPaper: true,
    });

    expect(await readTransaction(transactionId)).toMatchObject({ status: "completed", outcome: { kind: "already_signed", onPaper: true } });
    expect((await readSignatureCounts(database, petition.id)).byChannel.wallet).toBe(0);
  });

  it("completes with NOT_COLLECTING when the petition closed meanwhile", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const transactionId = await pendingTransaction(petition);
    const signature = await prepared(petition);
    await database.db.update(petitions).set({ status: "closed" }).where(eq(petitions.id, petition.id));

    expect(await recordWalletSignature(database, signature, completion(transactionId))).toEqual({ kind: "rejected", reason: "NOT_COLLECTING" });

    expect(await readTransaction(transactionId)).toMatchObject({ status: "completed", outcome: { kind: "rejected", reason: "NOT_COLLECTING" } });
    expect((await readSignatureCounts(database, petition.id)).total).toBe(0);
  });

  it("changes nothing for an expired or completed transaction", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const expiredId = await pendingTransaction(petition, NOW);
    const completedId = await pendingTransaction(petition);
    await completeWithoutSignature(database, completion(completedId), { kind: "wallet_error", error: "access_denied" });

    expect(await recordWalletSignature(database, await prepared(petition), completion(expiredId))).toBeUndefined();
    expect(await recordWalletSignature(database, await prepared(petition), completion(completedId))).toBeUndefined();

    expect(await readTransaction(expiredId)).toMatchObject({ status: "pending", outcome: null });
    expect(await readTransaction(completedId)).toMatchObject({ outcome: { kind: "wallet_error", error: "access_denied" } });
    expect((await readSignatureCounts(database, petition.id)).total).toBe(0);
  });

  it("records one of twenty different residents racing for one transaction", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const transactionId = await pendingTransaction(petition);
    const signatures = await Promise.all(Array.from({ length: 20 }, (_, index) => prepared(petition, resident(`Person ${index}`))));

    const results = await Promise.all(signatures.map((signature) => recordWalletSignature(database, signature, completion(transactionId))));

    expect(results.filter((result) => result?.kind === "signed")).toHaveLength(1);
    expect(results.filter((result) => result === undefined)).toHaveLength(19);
    expect((await readSignatureCounts(database, petition.id)).total).toBe(1);
    const signed = signatures[results.findIndex((result) => result?.kind === "signed")]!;
    expect((await readTransaction(transactionId))?.outcome).toMatchObject({ kind: "signed", receiptCode: signed.outcome.receiptCode });
  });
});

describe("completeWithoutSignature", () => {
  it("completes a pending transaction once", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const transactionId = await pendingTransaction(petition);
    const rejected = { kind: "rejected", reason: "SIGNATURE_INVALID" } as const;

    expect(await completeWithoutSignature(database, { ...completion(transactionId), flow: "cross-device" }, rejected)).toBe(true);
    expect(await completeWithoutSignature(database, completion(transactionId), { kind: "wallet_error", error: "other" })).toBe(false);

    expect(await readTransaction(transactionId)).toMatchObject({ status: "completed", flow: "cross_device", responseKey: null, outcome: rejected });
  });
});
