import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import { startJobRunner } from "../../../src/jobs/job-runner";
import { createLogger } from "../../../src/log";
import { addDays } from "../../../src/petitions/collection-period";
import type { Petition } from "../../../src/petitions/queries";
import { erasePetition } from "../../../src/privacy/erase-petition";
import { ERASED_TABLES, KEPT_TABLES } from "../../../src/privacy/erasure-tables";
import { RETENTION_JOB, retentionJob } from "../../../src/privacy/retention-job";
import { type SignContext, signPetition, signPetitionAsResident } from "../../../src/signing/sign-petition";
import { readSignatureCounts } from "../../../src/signing/signature-counts";
import { everyRowAsText } from "../../helpers/database-rows";
import { openTestDatabase } from "../../helpers/db";
import { TEST_OFFICE_KEYS } from "../../helpers/evidence";
import { createTestPetition } from "../../helpers/petitions";
import { residentNamed } from "../../helpers/signature-log";

const NOW = new Date("2026-03-15T12:00:00Z");
const RETENTION_DAYS = 30;
const COLLECTION_END = "2026-04-30";
const PID = "urn:eudi:pid:de:1";
const FACTS = { municipalityKey: "14612000", mainResidenceSince: "2019-05-01", reachesMinimumAgeOn: "1975-03-12", minimumAge: 18, citizenship: "DE" } as const;
const CANARY_NAMES = ["Kanarienvogel", "Zeisigfink", "Stieglitzer"];

let database: Database;
let ctx: SignContext;

beforeAll(async () => {
  database = await openTestDatabase();
  ctx = { database, serverSecret: randomBytes(32), officeEvidenceKey: TEST_OFFICE_KEYS.officeEvidenceKey, clock: fixedClock(NOW), log: createLogger("silent") };
});

afterAll(async () => {
  await database.close();
});

/** Noon UTC on a Berlin calendar day. */
function noonOn(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

async function runRetentionJob(at: Date): Promise<void> {
  const job = retentionJob({ intervalMs: 60_000, retentionDays: RETENTION_DAYS, serverSecret: ctx.serverSecret });
  const runner = startJobRunner({ database, clock: fixedClock(at), log: createLogger("silent") }, [job], { schedule: false });
  expect(await runner.runNow(RETENTION_JOB)).toBe("completed");
  await runner.stop();
}

/** Sign a petition on every channel, with a wallet transaction left over and a paper duplicate line, and return the petition. */
async function signedPetition(overrides: { status?: Petition["status"]; collectionEnd?: string } = {}): Promise<Petition> {
  const petition = await createTestPetition(database, { now: NOW, collectionEnd: COLLECTION_END, ...overrides, status: "collecting" });
  const [wallet, paper] = CANARY_NAMES;
  await signPetition(ctx, { petition, identity: residentNamed("Wanda", { familyName: wallet! }), channel: "wallet", credentialType: PID, issuer: "https://issuer.test" });
  await signPetition(ctx, { petition, identity: residentNamed("Paula", { familyName: paper! }), channel: "paper" });
  await signPetitionAsResident(ctx, { petition, residentKey: randomBytes(32), facts: FACTS, channel: "passkey" });
  await database.rows(
    `insert into wallet_transactions (purpose, petition_id, nonce, state, browser_binding_hash, dcql_query, client_name, expires_at)
     values ('sign', $1::uuid, $2, $3, $4, '{}'::jsonb, 'Test', $5::timestamptz)`,
    [petition.id, randomBytes(16).toString("base64url"), randomBytes(16).toString("base64url"), randomBytes(32), NOW.toISOString()],
  );
  await database.rows(
    `insert into paper_duplicate_lines (petition_id, sheet, line, existing_channel, entered_at, nullifier, status)
     values ($1::uuid, 7, 3, 'wallet', $2::timestamptz, (select nullifier from signatures where petition_id = $1::uuid and channel = 'wallet'), 'confirmed')`,
    [petition.id, NOW.toISOString()],
  );
  await database.rows("insert into paper_withdrawn_lines (petition_id, sheet, line, withdrawn_at) values ($1::uuid, 7, 4, $2::timestamptz)", [
    petition.id,
    NOW.toISOString(),
  ]);
  if (overrides.status !== undefined) await database.rows("update petitions set status = $2::petition_status where id = $1::uuid", [petition.id, overrides.status]);
  return petition;
}

/** Collect the values of a petition that could identify or link a signer: nullifiers, receipt hashes, sealed evidence, the wrapped key and nonces. */
async function linkableValuesOf(petitionId: string): Promise<string[]> {
  const hex = (value: Uint8Array) => `\\\\x${Buffer.from(value).toString("hex")}`;
  const signatures = await database.rows<{ nullifier: Uint8Array; receipt_hash: Uint8Array }>(
    "select nullifier, receipt_hash from signatures where petition_id = $1::uuid",
    [petitionId],
  );
  const evidence = await database.rows<{ sealed: Uint8Array }>("select sealed from signature_evidence where petition_id = $1::uuid", [petitionId]);
  const keys = await database.rows<{ wrapped_key: Uint8Array }>("select wrapped_key from petition_keys where petition_id = $1::uuid", [petitionId]);
  const transactions = await database.rows<{ nonce: string }>("select nonce from wallet_transactions where petition_id = $1::uuid", [petitionId]);
  return [
    ...signatures.flatMap((row) => [hex(row.nullifier), hex(row.receipt_hash)]),
    ...evidence.map((row) => hex(row.sealed)),
    ...keys.map((row) => hex(row.wrapped_key)),
    ...transactions.map((row) => row.nonce),
  ];
}

async function rowsOfPetition(table: string, petitionId: string): Promise<number> {
  return (await database.rows(`select 1 from ${table} where petition_id = $1::uuid`, [petitionId])).length;
}

describe("erasure after the retention period", () => {
  it("leaves nothing linkable in any table", async () => {
    const petition = await signedPetition({ status: "closed" });
    const linkable = await linkableValuesOf(petition.id);
    expect(linkable.length).toBeGreaterThanOrEqual(8);

    await runRetentionJob(noonOn(addDays(COLLECTION_END, RETENTION_DAYS + 1)));

    const texts = await everyRowAsText(database);
    for (const value of [...linkable, ...CANARY_NAMES]) {
      expect(texts.filter((text) => text.includes(value))).toEqual([]);
    }
    for (const table of ERASED_TABLES) expect(await rowsOfPetition(table, petition.id)).toBe(0);
  });

  it("keeps the counts and the log head", async () => {
    const petition = await signedPetition({ status: "closed" });
    const countsBefore = await readSignatureCounts(database, petition.id);

    await runRetentionJob(noonOn(addDays(COLLECTION_END, RETENTION_DAYS + 1)));

    expect(await readSignatureCounts(database, petition.id)).toEqual(countsBefore);
    const [erasure] = await database.rows<{ final_counts: unknown; log_length: string | number; retention_started_on: string }>(
      "select final_counts, log_length, retention_started_on::text from petition_erasures where petition_id = $1::uuid",
      [petition.id],
    );
    expect(erasure?.final_counts).toEqual({ wallet: { proven: 1 }, paper: { proven: 1 }, passkey: { proven: 1 } });
    expect(Number(erasure?.log_length)).toBe(3);
    expect(erasure?.retention_started_on).toBe(COLLECTION_END);
    const [head] = await database.rows<{ length: string | number }>("select length from signature_log_heads where petition_id = $1::uuid", [petition.id]);
    expect(Number(head?.length)).toBe(3);
  });

  it("records the deleted rows in the audit log", async () => {
    const petition = await signedPetition({ status: "closed" });

    await runRetentionJob(noonOn(addDays(COLLECTION_END, RETENTION_DAYS + 1)));

    const [entry] = await database.rows<{ actor_id: string | null; details: { deleted: Record<string, number> } }>(
      "select actor_id, details from audit_log where action = 'petition.erased' and petition_id = $1::uuid",
      [petition.id],
    );
    expect(entry?.actor_id).toBeNull();
    expect(entry?.details.deleted).toEqual({
      signature_evidence: 3,
      distinct_person_pairs: 0,
      signatures: 3,
      paper_duplicate_lines: 1,
      superseded_receipts: 0,
      paper_withdrawn_lines: 1,
      signature_log_entries: 3,
      wallet_transactions: 1,
      petition_keys: 1,
    });
  });

  it("waits until the period has passed", async () => {
    const petition = await signedPetition({ status: "closed" });

    await runRetentionJob(noonOn(addDays(COLLECTION_END, RETENTION_DAYS)));

    expect(await rowsOfPetition("signatures", petition.id)).toBe(3);
    expect(await rowsOfPetition("petition_keys", petition.id)).toBe(1);
  });

  it("waits for the submission deadline", async () => {
    const petition = await signedPetition();

    await runRetentionJob(noonOn(addDays(COLLECTION_END, RETENTION_DAYS + 1)));
    expect(await rowsOfPetition("signatures", petition.id)).toBe(3);

    await runRetentionJob(noonOn(addDays(petition.notificationDate, 366 + RETENTION_DAYS + 1)));
    expect(await rowsOfPetition("signatures", petition.id)).toBe(0);
    const [row] = await database.rows<{ status: string }>("select status::text from petitions where id = $1::uuid", [petition.id]);
    expect(row?.status).toBe("closed");
  });

  it("starts a submitted petition's period at its decision", async () => {
    const petition = await signedPetition({ status: "submitted" });
    const longAfter = noonOn(addDays(petition.notificationDate, 366 + RETENTION_DAYS + 1));

    await runRetentionJob(longAfter);
    expect(await rowsOfPetition("signatures", petition.id)).toBe(3);

    const decidedOn = addDays(petition.notificationDate, 400);
    await database.rows("update petitions set status = 'decided' where id = $1::uuid", [petition.id]);
    await database.rows(
      "insert into admissibility_decisions (petition_id, admissible, decided_on, reference, recorded_at) values ($1::uuid, true, $2::date, 'AZ 1', now())",
      [petition.id, decidedOn],
    );
    await runRetentionJob(noonOn(addDays(decidedOn, RETENTION_DAYS)));
    expect(await rowsOfPetition("signatures", petition.id)).toBe(3);

    await runRetentionJob(noonOn(addDays(decidedOn, RETENTION_DAYS + 1)));
    expect(await rowsOfPetition("signatures", petition.id)).toBe(0);
    expect(await rowsOfPetition("petition_keys", petition.id)).toBe(0);
  });

  it("never touches a draft", async () => {
    const draft = await createTestPetition(database, { now: NOW, collectionEnd: COLLECTION_END, status: "draft", serverSecret: ctx.serverSecret });

    await runRetentionJob(noonOn("2030-01-01"));

    expect(await rowsOfPetition("petition_keys", draft.id)).toBe(1);
    expect(await rowsOfPetition("petition_erasures", draft.id)).toBe(0);
  });

  it("erases once when run twice at once", async () => {
    const petition = await signedPetition({ status: "closed" });
    const input = { petitionId: petition.id, retentionStartedOn: COLLECTION_END, retentionDays: RETENTION_DAYS, now: noonOn("2026-07-01") };

    const results = await Promise.all([erasePetition(database, ctx.serverSecret, input), erasePetition(database, ctx.serverSecret, input)]);

    expect(results.filter((result) => result !== undefined)).toHaveLength(1);
    const audit = await database.rows("select 1 from audit_log where action = 'petition.erased' and petition_id = $1::uuid", [petition.id]);
    expect(audit).toHaveLength(1);
  });
});

describe("erasure table lists", () => {
  it("cover every table with a petition_id", async () => {
    const tables = await database.rows<{ table_name: string }>(
      "select table_name from information_schema.columns where table_schema = 'public' and column_name = 'petition_id' order by table_name",
    );
    const covered = new Set<string>([...ERASED_TABLES, ...Object.keys(KEPT_TABLES)]);

    expect(tables.map((row) => row.table_name).filter((table) => !covered.has(table))).toEqual([]);
  });
});
