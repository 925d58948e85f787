import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EligibilityFacts } from "../../../src/activation/eligibility-facts";
import { fixedClock } from "../../../src/clock";
import { KOMMPASS_VCT } from "../../../src/credentials/credential-types";
import type { Database } from "../../../src/db/client";
import { findDemoResident } from "../../../src/demo/demo-residents";
import { createLogger } from "../../../src/log";
import { requestUri, walletInvocationUrl } from "../../../src/openid4vp/wallet-urls";
import { appendSignatureLogEntries } from "../../../src/signature-log/append-log-entries";
import { type SignContext, signPetition, signPetitionAsResident } from "../../../src/signing/sign-petition";
import { generateTestKey, issueKommPass } from "../../helpers/credentials";
import { openTestDatabase } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";
import { residentNamed } from "../../helpers/signature-log";
import { createWalletTestSetup, presentForRequest, resolveInvocation, startSigning, submitVpToken, TEST_PUBLIC_URL, testWalletClient } from "../../helpers/wallet";
import { TEST_OFFICE_KEYS } from "../../helpers/evidence";

const NOW = new Date("2026-03-15T12:00:00Z");

type LogRow = {
  kind: string;
  nullifier: Buffer;
  channel: string;
  status: string | null;
  reason: string | null;
  seq: number | null;
  occurred_at: Date;
};

let database: Database;
let ctx: SignContext;

const identity = residentNamed("Erika");

async function logRows(db: Database, petitionId: string): Promise<LogRow[]> {
  return db.rows<LogRow>(
    "select kind, nullifier, channel, status, reason, seq, occurred_at from signature_log_entries where petition_id = $1 order by id",
    [petitionId],
  );
}

async function signatureNullifiers(db: Database, petitionId: string): Promise<string[]> {
  const rows = await db.rows<{ nullifier: Buffer }>("select nullifier from signatures where petition_id = $1", [petitionId]);
  return rows.map((row) => Buffer.from(row.nullifier).toString("hex"));
}

beforeAll(async () => {
  database = await openTestDatabase();
  ctx = { database, serverSecret: randomBytes(32), officeEvidenceKey: TEST_OFFICE_KEYS.officeEvidenceKey, clock: fixedClock(NOW), log: createLogger("silent") };
});

afterAll(async () => {
  await database.close();
});

describe("signature log append", () => {
  it("appends an unsealed signed entry with the signature", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signPetition(ctx, { petition, identity, channel: "wallet", credentialType: "urn:eudi:pid:de:1" });

    const rows = await logRows(database, petition.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "signed", channel: "wallet", status: "proven", reason: null, seq: null });
    expect(new Date(rows[0]!.occurred_at).toISOString()).toBe(NOW.toISOString());
    expect([Buffer.from(rows[0]!.nullifier).toString("hex")]).toEqual(await signatureNullifiers(database, petition.id));
  });

  it("appends nothing for a repeated signing", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signPetition(ctx, { petition, identity, channel: "passkey" });
    const again = await signPetition(ctx, { petition, identity, channel: "wallet", credentialType: "urn:eudi:pid:de:1" });

    expect(again).toEqual({ ok: false, error: "ALREADY_SIGNED" });
    expect(await logRows(database, petition.id)).toHaveLength(1);
  });

  it("appends nothing when the petition is not collecting", async () => {
    const petition = await createTestPetition(database, { now: NOW, status: "closed" });
    const result = await signPetition(ctx, { petition: { ...petition, status: "collecting" }, identity, channel: "passkey" });

    expect(result).toEqual({ ok: false, error: "NOT_COLLECTING" });
    expect(await logRows(database, petition.id)).toEqual([]);
  });

  it("appends a passkey signature with the stored resident key", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const facts: EligibilityFacts = {
      municipalityKey: "14612000",
      mainResidenceSince: "2020-01-01",
      reachesMinimumAgeOn: "1998-05-17",
      minimumAge: 18,
      citizenship: "DE",
    };
    const result = await signPetitionAsResident(ctx, { petition, residentKey: randomBytes(32), facts, channel: "passkey" });

    expect(result.ok).toBe(true);
    expect(await logRows(database, petition.id)).toMatchObject([{ kind: "signed", channel: "passkey" }]);
  });

  it("appends entries given to appendSignatureLogEntries", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const nullifier = randomBytes(32);
    await database.db.transaction(async (tx) => {
      await appendSignatureLogEntries(tx, [
        { petitionId: petition.id, kind: "paper_entry", nullifier, channel: "paper", status: "proven", occurredAt: NOW },
        { petitionId: petition.id, kind: "invalidated", nullifier, channel: "paper", status: null, reason: "under_age", occurredAt: NOW },
      ]);
    });

    expect(await logRows(database, petition.id)).toMatchObject([
      { kind: "paper_entry", channel: "paper", status: "proven", reason: null, seq: null },
      { kind: "invalidated", channel: "paper", status: null, reason: "under_age", seq: null },
    ]);
  });
});

describe("signature log append on the wallet channel", () => {
  it("appends with the statement that completes the transaction", async () => {
    const setup = await createWalletTestSetup({ database: await openTestDatabase() });
    try {
      const now = setup.clock.now();
      const session = await startSigning(setup.app, setup.petition.id);
      const client = testWalletClient(setup.app);
      const invocation = walletInvocationUrl(setup.deps.verifierIdentity.clientId, requestUri(TEST_PUBLIC_URL, session.transactionId, "cross-device"));
      const resolved = await resolveInvocation(client, invocation);
      const holder = generateTestKey();
      const credential = await issueKommPass(setup.issuer, findDemoResident("kaethe-grossmann", now)!, { holder, now });
      const response = await submitVpToken(resolved, client, await presentForRequest(resolved, credential, { vct: KOMMPASS_VCT, holder, now }));

      expect(response.status).toBe(200);
      const rows = await logRows(setup.deps.database, setup.petition.id);
      expect(rows).toMatchObject([{ kind: "signed", channel: "wallet", seq: null }]);
      expect([Buffer.from(rows[0]!.nullifier).toString("hex")]).toEqual(await signatureNullifiers(setup.deps.database, setup.petition.id));
    } finally {
      await setup.deps.database.close();
    }
  });
});
