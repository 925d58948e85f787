import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { readPetitionEvidence } from "../../../src/evidence/read-petition-evidence";
import { createLogger } from "../../../src/log";
import { type SignContext, signPetition, signPetitionAsResident } from "../../../src/signing/sign-petition";
import { openTestDatabase } from "../../helpers/db";
import { generateTestOfficeKeys } from "../../helpers/evidence";
import { createTestPetition } from "../../helpers/petitions";
import { residentNamed } from "../../helpers/signature-log";

const NOW = new Date("2026-03-15T12:00:00Z");
const PID = "urn:eudi:pid:de:1";
const FACTS = { municipalityKey: "14612000", mainResidenceSince: "2019-05-01", reachesMinimumAgeOn: "1975-03-12", minimumAge: 18, citizenship: "DE" } as const;

const office = generateTestOfficeKeys();
let database: Database;
let ctx: SignContext;

beforeAll(async () => {
  database = await openTestDatabase();
  ctx = { database, serverSecret: randomBytes(32), officeEvidenceKey: office.officeEvidenceKey, clock: fixedClock(NOW), log: createLogger("silent") };
});

afterAll(async () => {
  await database.close();
});

async function evidenceRowCount(petitionId: string): Promise<number> {
  return (await database.rows("select 1 from signature_evidence where petition_id = $1::uuid", [petitionId])).length;
}

describe("signature evidence", () => {
  it("seals the claims of a wallet signature", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const identity = residentNamed("Wiebke", { familyName: "Beweisstück" });

    const signed = await signPetition(ctx, { petition, identity, channel: "wallet", credentialType: PID, issuer: "https://issuer.test" });
    expect(signed.ok).toBe(true);

    const read = await readPetitionEvidence(database, ctx.serverSecret, office.privateKey, petition.id);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.unreadable).toBe(0);
    expect(read.value.opened).toHaveLength(1);
    const evidence = read.value.opened[0]!.evidence;
    expect(evidence.claims).toEqual(identity);
    expect(evidence).toMatchObject({ version: 1, channel: "wallet", status: "proven", credentialType: PID, issuer: "https://issuer.test", signedAt: NOW.toISOString() });
  });

  it("seals the stored facts of a passkey signature", async () => {
    const petition = await createTestPetition(database, { now: NOW });

    const signed = await signPetitionAsResident(ctx, { petition, residentKey: randomBytes(32), facts: FACTS, channel: "passkey" });
    expect(signed.ok).toBe(true);

    const read = await readPetitionEvidence(database, ctx.serverSecret, office.privateKey, petition.id);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.opened[0]?.evidence.facts).toEqual(FACTS);
    expect(read.value.opened[0]?.evidence.claims).toBeUndefined();
  });

  it("stores no plain claims in the row", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signPetition(ctx, { petition, identity: residentNamed("Klartext", { familyName: "Unlesbar" }), channel: "wallet", credentialType: PID });

    const [row] = await database.rows<{ sealed: Uint8Array }>("select sealed from signature_evidence where petition_id = $1::uuid", [petition.id]);
    const text = Buffer.from(row!.sealed).toString("latin1");
    expect(text).not.toContain("Unlesbar");
    expect(text).not.toContain("Klartext");
    expect(text).not.toContain("eyJ");
  });

  it("adds no evidence for a repeat", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    const input = { petition, identity: residentNamed("Zweimal"), channel: "wallet" as const, credentialType: PID };

    await signPetition(ctx, input);
    const again = await signPetition(ctx, input);

    expect(again).toEqual({ ok: false, error: "ALREADY_SIGNED" });
    expect(await evidenceRowCount(petition.id)).toBe(1);
  });

  it("goes with its signature", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signPetition(ctx, { petition, identity: residentNamed("Weg"), channel: "wallet", credentialType: PID });

    await database.rows("delete from signatures where petition_id = $1::uuid", [petition.id]);

    expect(await evidenceRowCount(petition.id)).toBe(0);
  });

  it("opens only with the office's key", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signPetition(ctx, { petition, identity: residentNamed("Fremd"), channel: "wallet", credentialType: PID });

    const read = await readPetitionEvidence(database, ctx.serverSecret, generateTestOfficeKeys().privateKey, petition.id);

    expect(read).toEqual({ ok: true, value: { opened: [], unreadable: 1 } });
  });

  it("opens only with the server secret", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signPetition(ctx, { petition, identity: residentNamed("Geheim"), channel: "wallet", credentialType: PID });

    const read = await readPetitionEvidence(database, randomBytes(32), office.privateKey, petition.id);

    expect(read).toEqual({ ok: false, error: "KEY_MISMATCH" });
  });

  it("cannot open once the petition key is gone", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await signPetition(ctx, { petition, identity: residentNamed("Geschreddert"), channel: "wallet", credentialType: PID });

    await database.rows("delete from petition_keys where petition_id = $1::uuid", [petition.id]);

    expect(await readPetitionEvidence(database, ctx.serverSecret, office.privateKey, petition.id)).toEqual({ ok: false, error: "KEY_ERASED" });
  });
});
