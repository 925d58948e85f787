import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { EligibilityFacts } from "../../../src/activation/eligibility-facts";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { decideSignature } from "../../../src/review/decide-signature";
import { signPetitionAsResident, type SignContext } from "../../../src/signing/sign-petition";
import type { SignatureStatus } from "../../../src/signing/signature-counts";
import { withdrawSignature } from "../../../src/signing/withdraw-signature";
import { openTestDatabase } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";
import { signContextFor } from "../../helpers/signature-log";
import { createTestStaffMember } from "../../helpers/staff";
import { countSignaturesEveryWay } from "../../helpers/withdrawal";

const NOW = new Date("2026-03-15T12:00:00Z");
const CONNECTIONS = 16;
const RESIDENTS = 40;
const FACTS: EligibilityFacts = { municipalityKey: "14612000", mainResidenceSince: "2019-05-01", reachesMinimumAgeOn: "1975-03-12", minimumAge: 18, citizenship: "DE" };

let database: Database;
let ctx: SignContext;

beforeAll(async () => {
  database = await openTestDatabase({ maxConnections: CONNECTIONS });
  ctx = signContextFor(database, fixedClock(NOW));
});
afterAll(async () => {
  await database.close();
});

async function signedResidents(petition: Awaited<ReturnType<typeof createTestPetition>>, count: number): Promise<Buffer[]> {
  const keys = Array.from({ length: count }, () => randomBytes(32));
  const signed = await Promise.all(keys.map((residentKey) => signPetitionAsResident(ctx, { petition, residentKey, facts: FACTS, channel: "passkey" })));
  expect(signed.every((result) => result.ok)).toBe(true);
  return keys;
}

it("withdraws once when two withdrawals race", async () => {
  const petition = await createTestPetition(database, { now: NOW });
  const keys = await signedResidents(petition, RESIDENTS);

  const results = await Promise.all(
    keys.flatMap((residentKey) => [0, 1].map(() => withdrawSignature(ctx, { petition, residentKey, requestChannel: "passkey" }))),
  );

  const withdrawn = results.filter((result) => result.ok).length;
  const nothing = results.filter((result) => !result.ok && result.error === "NOT_SIGNED").length;
  expect(withdrawn).toBe(RESIDENTS);
  expect(nothing).toBe(RESIDENTS);
  const counts = await countSignaturesEveryWay({ database }, petition.id);
  expect(counts).toMatchObject({ rows: 0, totals: 0, daily: 0, replayed: 0, problems: [] });
  expect(counts.entriesByKind).toEqual({ signed: RESIDENTS, withdrawn: RESIDENTS });
});

it("keeps counters and log consistent when withdrawing races signing again", async () => {
  const petition = await createTestPetition(database, { now: NOW });
  const keys = await signedResidents(petition, RESIDENTS);

  const results = await Promise.all(
    keys.map(async (residentKey) => {
      const [withdrawal, signing] = await Promise.all([
        withdrawSignature(ctx, { petition, residentKey, requestChannel: "passkey" }),
        signPetitionAsResident(ctx, { petition, residentKey, facts: FACTS, channel: "passkey" }),
      ]);
      return { withdrawn: withdrawal.ok, signedAgain: signing.ok, signingError: signing.ok ? undefined : signing.error };
    }),
  );

  // Each race ends one of two ways: the withdrawal first and a new signature, or "already signed" and then the withdrawal.
  expect(results.every((result) => result.withdrawn)).toBe(true);
  expect(results.filter((result) => !result.signedAgain).every((result) => result.signingError === "ALREADY_SIGNED")).toBe(true);
  const signedAgain = results.filter((result) => result.signedAgain).length;
  const counts = await countSignaturesEveryWay({ database }, petition.id);
  expect(counts).toMatchObject({ rows: signedAgain, totals: signedAgain, daily: signedAgain, replayed: signedAgain, problems: [] });
  expect(counts.entriesByKind).toEqual({ signed: RESIDENTS + signedAgain, withdrawn: RESIDENTS });
});

it("keeps counters and log consistent when a first signing races a withdrawal", async () => {
  const petition = await createTestPetition(database, { now: NOW });
  const keys = Array.from({ length: RESIDENTS }, () => randomBytes(32));

  const results = await Promise.all(
    keys.map(async (residentKey) => {
      const [withdrawal, signing] = await Promise.all([
        withdrawSignature(ctx, { petition, residentKey, requestChannel: "wallet" }),
        signPetitionAsResident(ctx, { petition, residentKey, facts: FACTS, channel: "wallet" }),
      ]);
      return { withdrawn: withdrawal.ok, signed: signing.ok };
    }),
  );

  expect(results.every((result) => result.signed)).toBe(true);
  const remaining = results.filter((result) => !result.withdrawn).length;
  const counts = await countSignaturesEveryWay({ database }, petition.id);
  expect(counts).toMatchObject({ rows: remaining, totals: remaining, daily: remaining, replayed: remaining, problems: [] });
  expect(counts.entriesByKind.signed).toBe(RESIDENTS);
  expect(counts.entriesByKind.withdrawn ?? 0).toBe(RESIDENTS - remaining);
});

it("never withdraws a signature the office declares invalid at the same time", async () => {
  const petition = await createTestPetition(database, { now: NOW });
  const office = await createTestStaffMember(database, { role: "election_office" });
  const residents: { residentKey: Buffer; signatureId: number; status: SignatureStatus }[] = [];
  for (const residentKey of Array.from({ length: RESIDENTS }, () => randomBytes(32))) {
    expect((await signPetitionAsResident(ctx, { petition, residentKey, facts: FACTS, channel: "passkey" })).ok).toBe(true);
    const [row] = await database.rows<{ id: number; status: SignatureStatus }>("select id, status from signatures where petition_id = $1 order by id desc limit 1", [petition.id]);
    residents.push({ residentKey, signatureId: Number(row!.id), status: row!.status });
  }
  const reviewCtx = { database, serverSecret: ctx.serverSecret, clock: ctx.clock, log: ctx.log };

  const results = await Promise.all(
    residents.map(async ({ residentKey, signatureId, status }) => {
      const [withdrawal, decision] = await Promise.all([
        withdrawSignature(ctx, { petition, residentKey, requestChannel: "passkey" }),
        decideSignature(reviewCtx, {
          petitionId: petition.id,
          signatureId,
          expected: { status, reason: null },
          decision: { kind: "invalidate", reason: "residence_too_short" },
          staffId: office.id,
        }),
      ]);
      return { withdrawn: withdrawal.ok, withdrawalError: withdrawal.ok ? undefined : withdrawal.error, declaredInvalid: decision.ok };
    }),
  );

  // Each race ends one of two ways: withdrawn before the decision, which then finds no signature, or declared invalid and kept.
  expect(results.every((result) => result.withdrawn !== result.declaredInvalid)).toBe(true);
  expect(results.filter((result) => result.declaredInvalid).every((result) => result.withdrawalError === "DECLARED_INVALID")).toBe(true);
  const invalid = results.filter((result) => result.declaredInvalid).length;
  const counts = await countSignaturesEveryWay({ database }, petition.id);
  expect(counts).toMatchObject({ rows: invalid, totals: invalid, daily: invalid, replayed: invalid, problems: [] });
  expect(counts.entriesByKind.withdrawn ?? 0).toBe(RESIDENTS - invalid);
});
