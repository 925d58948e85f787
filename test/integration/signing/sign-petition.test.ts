import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { IdentityAttributes } from "../../../src/credentials/identity-attributes";
import type { Database } from "../../../src/db/client";
import { createLogger } from "../../../src/log";
import { readReceiptStatus } from "../../../src/signing/receipts";
import { type SignContext, type SignError, type SignInput, signPetition } from "../../../src/signing/sign-petition";
import { readSignatureCounts } from "../../../src/signing/signature-counts";
import { openTestDatabase } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";
import { TEST_OFFICE_KEYS } from "../../helpers/evidence";

const NOW = new Date("2026-03-15T12:00:00Z");
const PID = "urn:eudi:pid:de:1";

let database: Database;
let ctx: SignContext;

function resident(overrides: Partial<IdentityAttributes> = {}): IdentityAttributes {
  return {
    familyName: "Musterfrau",
    givenNames: "Erika",
    birthDate: "1980-05-17",
    placeOfBirth: "Dresden",
    municipalityKey: "14612000",
    mainResidenceSince: "2020-01-01",
    nationalities: ["DE"],
    ...overrides,
  };
}

async function signatureRows(petitionId: string) {
  return database.rows<{ channel: string; status: string; credential_type: string | null }>(
    "select channel, status, credential_type from signatures where petition_id = $1",
    [petitionId],
  );
}

beforeAll(async () => {
  database = await openTestDatabase({ maxConnections: 20 });
  ctx = { database, serverSecret: randomBytes(32), officeEvidenceKey: TEST_OFFICE_KEYS.officeEvidenceKey, clock: fixedClock(NOW), log: createLogger("silent") };
});

afterAll(async () => {
  await database.close();
});

describe("signPetition", () => {
  it("records a signature and returns a receipt code", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const result = await signPetition(ctx, { petition, identity: resident(), channel: "wallet", credentialType: PID, issuer: "https://issuer.test" });

    expect(result).toMatchObject({ ok: true, value: { status: "proven" } });
    expect(result).toMatchObject({ value: { receiptCode: expect.stringMatching(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/) } });
    expect(await signatureRows(petition.id)).toEqual([{ channel: "wallet", status: "proven", credential_type: PID }]);
  });

  it("answers ALREADY_SIGNED to a second signing and adds no row", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const input: SignInput = { petition, identity: resident(), channel: "wallet", credentialType: PID };

    await signPetition(ctx, input);
    const again = await signPetition(ctx, input);

    expect(again).toEqual({ ok: false, error: "ALREADY_SIGNED" });
    expect(await signatureRows(petition.id)).toHaveLength(1);
    expect((await readSignatureCounts(database, petition.id)).total).toBe(1);
  });

  it("recognises the same person in another spelling and on another channel", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signPetition(ctx, { petition, identity: resident({ familyName: "Müller-Lüdenscheidt" }), channel: "wallet", credentialType: PID });

    const register = resident({ familyName: "MUELLER–LUEDENSCHEIDT", givenNames: "ERIKA", placeOfBirth: "DRESDEN" });
    const again = await signPetition(ctx, { petition, identity: register, channel: "paper" });

    expect(again).toEqual({ ok: false, error: "ALREADY_SIGNED" });
  });

  it("lets one person sign two petitions", async () => {
    const first = await createTestPetition(database, { now: NOW });
    const second = await createTestPetition(database, { now: NOW });

    expect((await signPetition(ctx, { petition: first, identity: resident(), channel: "passkey" })).ok).toBe(true);
    expect((await signPetition(ctx, { petition: second, identity: resident(), channel: "passkey" })).ok).toBe(true);
  });

  it("stores no name, birth date or place of birth", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signPetition(ctx, { petition, identity: resident({ familyName: "Unverwechselbar" }), channel: "wallet", credentialType: PID });

    const [row] = await database.rows<Record<string, unknown>>("select * from signatures where petition_id = $1", [petition.id]);
    const stored = JSON.stringify(row);
    expect(stored).not.toMatch(/Unverwechselbar|unverwechselbar|1980-05-17|Dresden|Erika/);
  });

  it("counts twenty simultaneous signings of one person once", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const input: SignInput = { petition, identity: resident({ givenNames: "Gleichzeitig" }), channel: "wallet", credentialType: PID };

    const results = await Promise.all(Array.from({ length: 20 }, () => signPetition(ctx, input)));

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.error === "ALREADY_SIGNED")).toHaveLength(19);
    expect(await signatureRows(petition.id)).toHaveLength(1);
    expect(await readSignatureCounts(database, petition.id)).toEqual({
      total: 1,
      proven: 1,
      confirmed: 0,
      provisional: 0,
      byChannel: { wallet: 1, passkey: 0, paper: 0 },
      validByChannel: { wallet: 1, passkey: 0, paper: 0 },
    });
  });

  it("counts many different people signing at once", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const people = Array.from({ length: 50 }, (_, i) => resident({ givenNames: `Person ${i}` }));

    const results = await Promise.all(people.map((identity) => signPetition(ctx, { petition, identity, channel: "wallet", credentialType: PID })));

    expect(results.every((result) => result.ok)).toBe(true);
    expect((await readSignatureCounts(database, petition.id)).total).toBe(50);
  });

  it("counts by channel and status", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signPetition(ctx, { petition, identity: resident({ givenNames: "A" }), channel: "wallet", credentialType: PID });
    await signPetition(ctx, { petition, identity: resident({ givenNames: "B", mainResidenceSince: undefined }), channel: "wallet", credentialType: PID });
    await signPetition(ctx, { petition, identity: resident({ givenNames: "C", placeOfBirth: undefined }), channel: "passkey" });
    await signPetition(ctx, { petition, identity: resident({ givenNames: "D" }), channel: "paper" });
    await signPetition(ctx, { petition, identity: resident({ givenNames: "E" }), channel: "paper" });

    expect(await readSignatureCounts(database, petition.id)).toEqual({
      total: 5,
      proven: 3,
      confirmed: 0,
      provisional: 2,
      byChannel: { wallet: 2, passkey: 1, paper: 2 },
      validByChannel: { wallet: 1, passkey: 0, paper: 2 },
    });
  });

  it("reads zero counts for a petition nobody signed", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    expect(await readSignatureCounts(database, petition.id)).toEqual({
      total: 0,
      proven: 0,
      confirmed: 0,
      provisional: 0,
      byChannel: { wallet: 0, passkey: 0, paper: 0 },
      validByChannel: { wallet: 0, passkey: 0, paper: 0 },
    });
  });

  it("marks a signature provisional when the credential lacks the residence date", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const result = await signPetition(ctx, { petition, identity: resident({ mainResidenceSince: undefined }), channel: "wallet", credentialType: "urn:eudi:pid:1" });

    expect(result).toMatchObject({ ok: true, value: { status: "provisional", unproven: ["residence"] } });
    const [row] = await database.rows<{ checks: unknown }>("select checks from signatures where petition_id = $1", [petition.id]);
    expect(row?.checks).toMatchObject({ residence: "unproven", municipality: "proven" });
  });

  it.each([
    ["a resident of another municipality", { municipalityKey: "14713000" }, "MUNICIPALITY_NOT_ELIGIBLE"],
    ["a minor", { birthDate: "2010-01-01" }, "UNDER_AGE"],
    ["a non-EU citizen", { nationalities: ["US"] }, "NATIONALITY_NOT_ELIGIBLE"],
    ["a recent arrival", { mainResidenceSince: "2026-02-01" }, "RESIDENCE_TOO_SHORT"],
  ] satisfies [string, Partial<IdentityAttributes>, SignError][])("rejects %s without storing anything", async (_case, change, reason) => {
    const petition = await createTestPetition(database, { now: NOW });
    const result = await signPetition(ctx, { petition, identity: resident(change), channel: "wallet", credentialType: PID });

    expect(result).toEqual({ ok: false, error: reason });
    expect(await signatureRows(petition.id)).toHaveLength(0);
  });

  it("rejects a credential type the petition does not accept", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const result = await signPetition(ctx, { petition, identity: resident(), channel: "wallet", credentialType: "urn:example:other:1" });
    expect(result).toEqual({ ok: false, error: "CREDENTIAL_TYPE_NOT_ACCEPTED" });
  });

  it("rejects a wallet signing without a credential type", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const result = await signPetition(ctx, { petition, identity: resident(), channel: "wallet" });
    expect(result).toEqual({ ok: false, error: "CREDENTIAL_TYPE_NOT_ACCEPTED" });
  });

  it.each([
    ["a draft", { status: "draft" as const }],
    ["a closed petition", { status: "closed" as const }],
    ["a petition whose period ended yesterday", { collectionStart: "2026-01-01", collectionEnd: "2026-03-14" }],
    ["a petition starting tomorrow", { collectionStart: "2026-03-16", collectionEnd: "2026-06-16" }],
  ])("answers NOT_COLLECTING for %s", async (_case, overrides) => {
    const petition = await createTestPetition(database, { now: NOW, ...overrides });
    const result = await signPetition(ctx, { petition, identity: resident(), channel: "wallet", credentialType: PID });
    expect(result).toEqual({ ok: false, error: "NOT_COLLECTING" });
  });

  it("answers NOT_COLLECTING when closed after loading", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await database.rows("update petitions set status = 'closed' where id = $1", [petition.id]);

    const result = await signPetition(ctx, { petition, identity: resident(), channel: "wallet", credentialType: PID });

    expect(result).toEqual({ ok: false, error: "NOT_COLLECTING" });
    expect(await signatureRows(petition.id)).toHaveLength(0);
    expect((await readSignatureCounts(database, petition.id)).total).toBe(0);
  });

  it("uses a petition key stored at creation", async () => {
    const petition = await createTestPetition(database, { now: NOW, serverSecret: ctx.serverSecret });
    const result = await signPetition(ctx, { petition, identity: resident(), channel: "wallet", credentialType: PID });
    expect(result.ok).toBe(true);
  });

  it("keeps nullifiers apart between petitions", async () => {
    const first = await createTestPetition(database, { now: NOW });
    const second = await createTestPetition(database, { now: NOW });
    await signPetition(ctx, { petition: first, identity: resident(), channel: "wallet", credentialType: PID });
    await signPetition(ctx, { petition: second, identity: resident(), channel: "wallet", credentialType: PID });

    const rows = await database.rows<{ n: number }>(
      "select count(distinct nullifier)::int as n from signatures where petition_id in ($1, $2)",
      [first.id, second.id],
    );
    expect(rows[0]?.n).toBe(2);
  });
});

describe("readReceiptStatus", () => {
  it("reads the status of a counted signature", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const result = await signPetition(ctx, { petition, identity: resident(), channel: "wallet", credentialType: PID });
    if (!result.ok) throw new Error(`signing failed: ${result.error}`);

    expect(await readReceiptStatus(database, petition.id, result.value.receiptCode)).toEqual({ status: "proven", reason: null });
    expect(await readReceiptStatus(database, petition.id, result.value.receiptCode.toLowerCase().replaceAll("-", " "))).toEqual({ status: "proven", reason: null });
  });

  it("does not confirm a receipt for another petition", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const other = await createTestPetition(database, { now: NOW });
    const result = await signPetition(ctx, { petition, identity: resident(), channel: "wallet", credentialType: PID });
    if (!result.ok) throw new Error(`signing failed: ${result.error}`);

    expect(await readReceiptStatus(database, other.id, result.value.receiptCode)).toBeUndefined();
  });

  it("does not confirm an unknown or malformed code", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    expect(await readReceiptStatus(database, petition.id, "ABCD-EFGH-JKLM-NPQR")).toBeUndefined();
    expect(await readReceiptStatus(database, petition.id, "not a code")).toBeUndefined();
    expect(await readReceiptStatus(database, "not-a-uuid", "ABCD-EFGH-JKLM-NPQR")).toBeUndefined();
  });
});
