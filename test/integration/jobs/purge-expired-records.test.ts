import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import {
  activationCodes,
  residentAccounts,
  residentSessions,
  staffMembers,
  staffPasskeys,
  staffInvitations,
  staffSessions,
  webauthnChallenges,
} from "../../../src/db/schema";
import { startJobRunner } from "../../../src/jobs/job-runner";
import { PURGE_EXPIRED_JOB, purgeExpiredRecordsJob } from "../../../src/jobs/purge-expired-records";
import { createLogger } from "../../../src/log";
import { openTestDatabase } from "../../helpers/db";
import { randomUploadRow } from "../../helpers/activation";

const NOW = new Date("2026-03-15T12:00:00Z");
const MINUTE_MS = 60_000;
const TIMEOUTS = { idleTimeoutMinutes: 30, absoluteTimeoutHours: 12 };

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.close();
});

function minutesFromNow(minutes: number): Date {
  return new Date(NOW.getTime() + minutes * MINUTE_MS);
}

async function runPurge(): Promise<void> {
  const runner = startJobRunner({ database, clock: fixedClock(NOW), log: createLogger("silent") }, [purgeExpiredRecordsJob({ intervalMs: 60_000, staffSessions: TIMEOUTS })], {
    schedule: false,
  });
  expect(await runner.runNow(PURGE_EXPIRED_JOB)).toBe("completed");
  await runner.stop();
}

async function insertStaffSession(lastSeenAt: Date, expiresAt: Date): Promise<Buffer> {
  const [member] = await database.db.insert(staffMembers).values({ displayName: "Team Purge", role: "organiser" }).returning();
  const [passkey] = await database.db
    .insert(staffPasskeys)
    .values({ staffMemberId: member!.id, credentialId: randomBytes(16).toString("base64url"), publicKey: randomBytes(32), name: "Laptop" })
    .returning();
  const tokenHash = randomBytes(32);
  await database.db.insert(staffSessions).values({ tokenHash, staffMemberId: member!.id, passkeyId: passkey!.id, createdAt: lastSeenAt, lastSeenAt, expiresAt });
  return tokenHash;
}

async function insertResidentSession(lastSeenAt: Date, expiresAt: Date): Promise<Buffer> {
  const [account] = await database.db
    .insert(residentAccounts)
    .values({
      residentKey: randomBytes(32),
      facts: { municipalityKey: "14612000", mainResidenceSince: "2019-05-01", reachesMinimumAgeOn: "1975-03-12", minimumAge: 18, citizenship: "DE" },
      factsProvenAt: NOW,
      provenBy: "letter",
    })
    .returning();
  const tokenHash = randomBytes(32);
  await database.db.insert(residentSessions).values({ tokenHash, residentAccountId: account!.id, createdAt: lastSeenAt, lastSeenAt, expiresAt });
  return tokenHash;
}

async function insertChallenge(expiresAt: Date): Promise<string> {
  const challenge = randomBytes(32).toString("base64url");
  await database.db
    .insert(webauthnChallenges)
    .values({ challenge, browserTokenHash: randomBytes(32), purpose: "staff_authentication", createdAt: minutesFromNow(-10), expiresAt });
  return challenge;
}

async function insertActivationCode(expiresOn: string): Promise<string> {
  const row = randomUploadRow({ expiresOn });
  await database.db.insert(activationCodes).values({
    selector: row.selector,
    verifierHash: row.verifierHash,
    residentKey: Buffer.from(row.residentKey, "base64url"),
    facts: row.facts,
    source: "letter",
    expiresOn,
  });
  return row.selector;
}

async function insertInvitation(expiresAt: Date, state: { usedAt?: Date; revokedAt?: Date } = {}): Promise<string> {
  const [invitation] = await database.db
    .insert(staffInvitations)
    .values({ tokenHash: randomBytes(32), role: "election_office", displayName: "Eingeladene Person", createdAt: minutesFromNow(-60 * 24 * 8), expiresAt, ...state })
    .returning({ id: staffInvitations.id });
  return invitation!.id;
}

async function rowsOf(table: string, column: string, value: unknown): Promise<number> {
  return (await database.rows(`select 1 from ${table} where ${column} = $1`, [value])).length;
}

describe("purge_expired_records job", () => {
  it("deletes staff sessions past expiry or idle", async () => {
    const expired = await insertStaffSession(minutesFromNow(-5), minutesFromNow(-1));
    const idle = await insertStaffSession(minutesFromNow(-31), minutesFromNow(600));
    const active = await insertStaffSession(minutesFromNow(-5), minutesFromNow(600));

    await runPurge();

    expect(await rowsOf("staff_sessions", "token_hash", expired)).toBe(0);
    expect(await rowsOf("staff_sessions", "token_hash", idle)).toBe(0);
    expect(await rowsOf("staff_sessions", "token_hash", active)).toBe(1);
  });

  it("deletes resident sessions past expiry or idle", async () => {
    const expired = await insertResidentSession(minutesFromNow(-5), minutesFromNow(-1));
    const idle = await insertResidentSession(minutesFromNow(-31), minutesFromNow(600));
    const active = await insertResidentSession(minutesFromNow(-5), minutesFromNow(600));

    await runPurge();

    expect(await rowsOf("resident_sessions", "token_hash", expired)).toBe(0);
    expect(await rowsOf("resident_sessions", "token_hash", idle)).toBe(0);
    expect(await rowsOf("resident_sessions", "token_hash", active)).toBe(1);
  });

  it("deletes expired WebAuthn challenges", async () => {
    const expired = await insertChallenge(minutesFromNow(-1));
    const open = await insertChallenge(minutesFromNow(4));

    await runPurge();

    expect(await rowsOf("webauthn_challenges", "challenge", expired)).toBe(0);
    expect(await rowsOf("webauthn_challenges", "challenge", open)).toBe(1);
  });

  it("deletes activation codes after their last day", async () => {
    const yesterday = await insertActivationCode("2026-03-14");
    const today = await insertActivationCode("2026-03-15");

    await runPurge();

    expect(await rowsOf("activation_codes", "selector", yesterday)).toBe(0);
    expect(await rowsOf("activation_codes", "selector", today)).toBe(1);
  });

  it("deletes invitations that expired unused", async () => {
    const expired = await insertInvitation(minutesFromNow(-1));
    const expiredAndWithdrawn = await insertInvitation(minutesFromNow(-1), { revokedAt: minutesFromNow(-60) });
    const used = await insertInvitation(minutesFromNow(-1), { usedAt: minutesFromNow(-60) });
    const open = await insertInvitation(minutesFromNow(60));

    await runPurge();

    expect(await rowsOf("staff_invitations", "id", expired)).toBe(0);
    expect(await rowsOf("staff_invitations", "id", expiredAndWithdrawn)).toBe(0);
    expect(await rowsOf("staff_invitations", "id", used)).toBe(1);
    expect(await rowsOf("staff_invitations", "id", open)).toBe(1);
  });
});
