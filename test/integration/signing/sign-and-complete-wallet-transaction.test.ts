import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { IdentityAttributes } from "../../../src/credentials/identity-attributes";
import type { Database } from "../../../src/db/client";
import { petitions, walletTransactions } from "../../../src/db/schema";
import { createLogger } from "../../../src/log";
import type { Petition } from "../../../src/petitions/queries";
import { type SignContext, type SignInput, signPetition } from "../../../src/signing/sign-petition";
import { readSignatureCounts } from "../../../src/signing/signature-counts";
import { openTestDatabase } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";

const NOW = new Date("2026-03-15T12:00:00Z");
const PID = "urn:eudi:pid:de:1";

let database: Database;
let ctx: SignContext;

const resident: IdentityAttributes = {
  familyName: "Musterfrau",
  givenNames: "Erika",
  birthDate: "1980-05-17",
  placeOfBirth: "Dresden",
  municipalityKey: "14612000",
  mainResidenceSince: "2020-01-01",
  nationalities: ["DE"],
};

/** Insert a wallet transaction for the petition that a response has claimed already. */
async function processingTransaction(petition: Petition): Promise<string> {
  const [row] = await database.db
    .insert(walletTransactions)
    .values({
      petitionId: petition.id,
      nonce: randomUUID(),
      state: randomUUID(),
      browserBindingHash: randomBytes(32),
      dcqlQuery: {},
      clientName: "Test",
      status: "processing",
      flow: "same_device",
      expiresAt: new Date(NOW.getTime() + 300_000),
    })
    .returning({ id: walletTransactions.id });
  if (row === undefined) throw new Error("insert into wallet_transactions returned no row");
  return row.id;
}

async function readTransaction(id: string) {
  const [row] = await database.db.select().from(walletTransactions).where(eq(walletTransactions.id, id));
  return row;
}

function walletInput(petition: Petition, transactionId: string, responseCodeHash: Buffer | null): SignInput {
  return {
    petition,
    identity: resident,
    channel: "wallet",
    credentialType: PID,
    issuer: "https://issuer.test",
    completeWalletTransaction: { id: transactionId, responseCodeHash },
  };
}

beforeAll(async () => {
  database = await openTestDatabase();
  ctx = { database, serverSecret: randomBytes(32), clock: fixedClock(NOW), log: createLogger("silent") };
});

afterAll(async () => {
  await database.close();
});

describe("signPetition with completeWalletTransaction", () => {
  it("completes the transaction with outcome signed", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const transactionId = await processingTransaction(petition);
    const responseCodeHash = randomBytes(32);

    const result = await signPetition(ctx, walletInput(petition, transactionId, responseCodeHash));

    if (!result.ok) throw new Error(`expected a signature, got ${result.error}`);
    const transaction = await readTransaction(transactionId);
    expect(transaction?.status).toBe("completed");
    expect(transaction?.outcome).toEqual({
      kind: "signed",
      receiptCode: result.value.receiptCode,
      provisional: false,
      unproven: [],
    });
    expect(transaction?.responseCodeHash).toEqual(responseCodeHash);
    expect(transaction?.completedAt).toEqual(NOW);
    expect((await readSignatureCounts(database, petition.id)).total).toBe(1);
  });

  it("leaves the transaction processing on a repeat", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signPetition(ctx, walletInput(petition, await processingTransaction(petition), null));
    const secondId = await processingTransaction(petition);

    const again = await signPetition(ctx, walletInput(petition, secondId, null));

    expect(again).toEqual({ ok: false, error: "ALREADY_SIGNED" });
    expect((await readTransaction(secondId))?.status).toBe("processing");
    expect((await readTransaction(secondId))?.outcome).toBeNull();
    expect((await readSignatureCounts(database, petition.id)).total).toBe(1);
  });

  it("leaves the transaction processing when the petition closed meanwhile", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const transactionId = await processingTransaction(petition);
    await database.db.update(petitions).set({ status: "closed" }).where(eq(petitions.id, petition.id));

    const result = await signPetition(ctx, walletInput(petition, transactionId, null));

    expect(result).toEqual({ ok: false, error: "NOT_COLLECTING" });
    expect((await readTransaction(transactionId))?.status).toBe("processing");
    expect((await readSignatureCounts(database, petition.id)).total).toBe(0);
  });
});
