import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import type { Database } from "../../../src/db/client";
import type { Petition } from "../../../src/petitions/queries";
import { appendSignatureLogEntries } from "../../../src/signature-log/append-log-entries";
import { readLogHead } from "../../../src/signature-log/read-log-head";
import { sealPetitionLog } from "../../../src/signature-log/seal-log";
import { verifySignatureLog } from "../../../src/signature-log/verify-signature-log";
import type { SignContext } from "../../../src/signing/sign-petition";
import { openTestDatabase } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";
import { signContextFor, signForResidents } from "../../helpers/signature-log";

const NOW = new Date("2026-03-15T12:00:00Z");
const SIGNATURES = 6;

let database: Database;
let ctx: SignContext;

beforeAll(async () => {
  database = await openTestDatabase();
  ctx = signContextFor(database, fixedClock(NOW));
});

afterAll(async () => {
  await database.close();
});

/** Create a petition with SIGNATURES signatures, all sealed into its log. */
async function sealedPetition(): Promise<Petition> {
  const petition = await createTestPetition(database, { now: NOW });
  await signForResidents(ctx, petition, SIGNATURES, "Manipulation");
  await sealPetitionLog(database, petition.id);
  return petition;
}

async function entryAt(petitionId: string, seq: number) {
  const [row] = await database.rows<{ nullifier: Buffer; channel: string; status: string }>(
    "select nullifier, channel, status from signature_log_entries where petition_id = $1 and seq = $2",
    [petitionId, seq],
  );
  return row!;
}

/** Take one signature off a counter shard, as a withdrawal does. */
async function decrementCounter(petitionId: string, channel: string, status: string) {
  await database.rows(
    `update signature_counts set count = count - 1
      where (petition_id, channel, status, shard) = (
        select petition_id, channel, status, shard from signature_counts
         where petition_id = $1 and channel = $2::signature_channel and status = $3::signature_status and count > 0
         limit 1)`,
    [petitionId, channel, status],
  );
}

/** Rebuild the daily counters from the signature rows, as the code that changed the rows would have left them. */
async function recountDailyCounters(petitionId: string) {
  await database.rows("delete from signature_daily_counts where petition_id = $1", [petitionId]);
  await database.rows(
    `insert into signature_daily_counts (petition_id, day, channel, status, shard, count)
     select petition_id, (signed_at at time zone 'Europe/Berlin')::date, channel, status, 0, count(*)::int
       from signatures where petition_id = $1 group by 1, 2, 3, 4`,
    [petitionId],
  );
}

/** Make one of the petition's paper signatures the one on the given sheet and line. */
async function placePaperSignature(petitionId: string, sheet: number, line: number) {
  await database.rows(
    "update signatures set sheet = $2, line = $3 where id = (select id from signatures where petition_id = $1 and channel = 'paper' order by id limit 1)",
    [petitionId, sheet, line],
  );
}

/** Insert a duplicate line of the person of the petition's first signature on `existingChannel`, or of nobody when there is none. */
async function insertDuplicateLine(petitionId: string, line: { sheet: number; line: number; existingChannel: string; enteredAt: Date }) {
  await database.rows(
    `insert into paper_duplicate_lines (petition_id, sheet, line, existing_channel, entered_at, nullifier, status)
     values ($1, $2, $3, $4::signature_channel, $5,
             coalesce((select nullifier from signatures where petition_id = $1 and channel = $4::signature_channel order by id limit 1), $6), 'confirmed')`,
    [petitionId, line.sheet, line.line, line.existingChannel, line.enteredAt.toISOString(), randomBytes(32)],
  );
}

describe("verifySignatureLog on untouched data", () => {
  it("reports ok with the counts", async () => {
    const petition = await sealedPetition();

    const result = await verifySignatureLog(database, petition.id);

    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.length).toBe(SIGNATURES);
    expect(result.headHash).toBe((await readLogHead(database, petition.id)).headHash);
    expect(result.logCounts).toEqual({ wallet: { proven: 1, provisional: 1 }, passkey: { proven: 2 }, paper: { proven: 2 } });
    expect(result.counterCounts).toEqual(result.logCounts);
    expect(result.entriesByKind).toEqual({ signed: SIGNATURES });
    expect(result.signatureRows).toBe(SIGNATURES);
  });

  it("seals entries appended before the check", async () => {
    const petition = await sealedPetition();
    await signForResidents(ctx, petition, 2, "Nachzügler");

    const result = await verifySignatureLog(database, petition.id);

    expect(result.ok).toBe(true);
    expect(result.length).toBe(SIGNATURES + 2);
  });

  it("accepts a withdrawal recorded as the log expects", async () => {
    const petition = await sealedPetition();
    const entry = await entryAt(petition.id, 2);
    await database.db.transaction(async (tx) => {
      await appendSignatureLogEntries(tx, [
        { petitionId: petition.id, kind: "withdrawn", nullifier: entry.nullifier, channel: entry.channel as "passkey", status: null, occurredAt: NOW },
      ]);
    });
    await database.rows("delete from signatures where petition_id = $1 and nullifier = $2", [petition.id, entry.nullifier]);
    await decrementCounter(petition.id, entry.channel, entry.status);
    await recountDailyCounters(petition.id);

    const result = await verifySignatureLog(database, petition.id);

    expect(result.problems).toEqual([]);
    expect(result.entriesByKind).toEqual({ signed: SIGNATURES, withdrawn: 1 });
  });

  it("accepts a confirmation with its reason", async () => {
    const petition = await sealedPetition();
    const [entry] = await database.rows<{ nullifier: Buffer }>(
      "select nullifier from signature_log_entries where petition_id = $1 and status = 'provisional' limit 1",
      [petition.id],
    );
    await database.db.transaction(async (tx) => {
      await appendSignatureLogEntries(tx, [
        { petitionId: petition.id, kind: "confirmed", nullifier: entry!.nullifier, channel: "wallet", status: "proven", reason: "register_checked", occurredAt: NOW },
      ]);
    });
    await database.rows("update signatures set status = 'proven' where petition_id = $1 and nullifier = $2", [petition.id, entry!.nullifier]);
    await decrementCounter(petition.id, "wallet", "provisional");
    await database.rows("update signature_counts set count = count + 1 where petition_id = $1 and channel = 'wallet' and status = 'proven' and shard = 0", [petition.id]);
    await database.rows(
      "insert into signature_counts (petition_id, channel, status, shard, count) values ($1, 'wallet', 'proven', 0, 1) on conflict do nothing",
      [petition.id],
    );
    await recountDailyCounters(petition.id);

    const result = await verifySignatureLog(database, petition.id);

    expect(result.problems).toEqual([]);
    expect(result.entriesByReason).toEqual({ register_checked: 1 });
  });

  it("accepts a duplicate line entered after its signature", async () => {
    const petition = await sealedPetition();
    await placePaperSignature(petition.id, 1, 1);
    await insertDuplicateLine(petition.id, { sheet: 1, line: 2, existingChannel: "wallet", enteredAt: new Date(NOW.getTime() + 60_000) });

    const result = await verifySignatureLog(database, petition.id);

    expect(result.problems).toEqual([]);
  });
});

describe("verifySignatureLog on the log table", () => {
  it("detects a deleted entry", async () => {
    const petition = await sealedPetition();
    await database.rows("delete from signature_log_entries where petition_id = $1 and seq = 3", [petition.id]);

    const result = await verifySignatureLog(database, petition.id);

    expect(result.ok).toBe(false);
    expect(result.firstProblem).toEqual({ seq: 3, reason: "gap" });
  });

  it("detects a deleted last entry", async () => {
    const petition = await sealedPetition();
    await database.rows("delete from signature_log_entries where petition_id = $1 and seq = $2", [petition.id, SIGNATURES]);

    const result = await verifySignatureLog(database, petition.id);

    expect(result.firstProblem).toEqual({ seq: SIGNATURES, reason: "gap" });
  });

  it("detects an inserted unsealed entry", async () => {
    const petition = await sealedPetition();
    await database.rows(
      "insert into signature_log_entries (petition_id, kind, nullifier, channel, status, occurred_at) values ($1, 'signed', $2, 'paper', 'proven', $3)",
      [petition.id, randomBytes(32), NOW.toISOString()],
    );

    const result = await verifySignatureLog(database, petition.id);

    expect(result.firstProblem).toEqual({ seq: SIGNATURES + 1, reason: "log_entry_without_signature" });
    expect(result.problems.map((problem) => problem.reason)).toContain("count_mismatch");
  });

  it("detects an inserted sealed entry", async () => {
    const petition = await sealedPetition();
    await database.rows(
      `insert into signature_log_entries (petition_id, seq, kind, nullifier, channel, status, occurred_at, entry_hash)
       values ($1, $2, 'signed', $3, 'paper', 'proven', $4, $5)`,
      [petition.id, SIGNATURES + 1, randomBytes(32), NOW.toISOString(), randomBytes(32)],
    );

    const result = await verifySignatureLog(database, petition.id);

    expect(result.firstProblem?.seq).toBe(SIGNATURES + 1);
    expect(result.problems.map((problem) => problem.reason)).toContain("hash_mismatch");
  });

  it("detects an altered entry", async () => {
    const petition = await sealedPetition();
    await database.rows("update signature_log_entries set status = case when status = 'proven' then 'provisional'::signature_status else 'proven' end where petition_id = $1 and seq = 2", [petition.id]);

    const result = await verifySignatureLog(database, petition.id);

    expect(result.firstProblem).toEqual({ seq: 2, reason: "altered_entry" });
  });

  it("detects an altered entry time", async () => {
    const petition = await sealedPetition();
    await database.rows("update signature_log_entries set occurred_at = occurred_at + interval '1 microsecond' where petition_id = $1 and seq = 5", [
      petition.id,
    ]);

    const result = await verifySignatureLog(database, petition.id);

    expect(result.firstProblem).toEqual({ seq: 5, reason: "altered_entry" });
  });

  it("detects an altered entry hash", async () => {
    const petition = await sealedPetition();
    await database.rows("update signature_log_entries set entry_hash = $2 where petition_id = $1 and seq = 4", [petition.id, randomBytes(32)]);

    const result = await verifySignatureLog(database, petition.id);

    expect(result.firstProblem).toEqual({ seq: 4, reason: "altered_entry" });
  });

  it("detects an altered head", async () => {
    const petition = await sealedPetition();
    await database.rows("update signature_log_heads set head_hash = $2 where petition_id = $1", [petition.id, randomBytes(32)]);

    const result = await verifySignatureLog(database, petition.id);

    expect(result.firstProblem).toEqual({ seq: SIGNATURES, reason: "hash_mismatch" });
  });

  it("detects an impossible change", async () => {
    const petition = await sealedPetition();
    await database.db.transaction(async (tx) => {
      await appendSignatureLogEntries(tx, [
        { petitionId: petition.id, kind: "withdrawn", nullifier: randomBytes(32), channel: "wallet", status: null, occurredAt: NOW },
      ]);
    });

    const result = await verifySignatureLog(database, petition.id);

    expect(result.firstProblem).toEqual({ seq: SIGNATURES + 1, reason: "invalid_transition" });
  });

  it("detects a rewritten chain only against a published head", async () => {
    const petition = await sealedPetition();
    const published = await readLogHead(database, petition.id);
    const entry = await entryAt(petition.id, 3);
    // Rewrite entry 3 and everything after it with a new, consistent chain, as someone with write access and this code could.
    const [second] = await database.rows<{ entry_hash: Buffer }>("select entry_hash from signature_log_entries where petition_id = $1 and seq = 2", [petition.id]);
    await database.rows("update signature_log_entries set seq = null, entry_hash = null where petition_id = $1 and seq >= 3", [petition.id]);
    await database.rows("update signature_log_heads set length = 2, head_hash = $2 where petition_id = $1", [petition.id, second!.entry_hash]);
    await database.rows("update signature_log_entries set occurred_at = occurred_at - interval '1 day' where petition_id = $1 and nullifier = $2", [
      petition.id,
      entry.nullifier,
    ]);

    const withoutAnchor = await verifySignatureLog(database, petition.id);
    const withAnchor = await verifySignatureLog(database, petition.id, { length: published.length, headHash: published.headHash });

    expect(withoutAnchor.ok).toBe(true);
    expect(withAnchor.firstProblem).toEqual({ seq: SIGNATURES, reason: "hash_mismatch" });
  });
});

describe("verifySignatureLog on the signature table", () => {
  it("detects a deleted signature", async () => {
    const petition = await sealedPetition();
    const entry = await entryAt(petition.id, 4);
    await database.rows("delete from signatures where petition_id = $1 and nullifier = $2", [petition.id, entry.nullifier]);

    const result = await verifySignatureLog(database, petition.id);

    expect(result.firstProblem).toEqual({ seq: 4, reason: "log_entry_without_signature" });
  });

  it("detects an inserted signature", async () => {
    const petition = await sealedPetition();
    await database.rows(
      `insert into signatures (petition_id, nullifier, channel, status, checks, receipt_hash)
       values ($1, $2, 'paper', 'proven', '{}'::jsonb, $3)`,
      [petition.id, randomBytes(32), randomBytes(32)],
    );

    const result = await verifySignatureLog(database, petition.id);

    expect(result.firstProblem).toEqual({ seq: SIGNATURES + 1, reason: "signature_without_log_entry" });
  });

  it("detects an altered signature", async () => {
    const petition = await sealedPetition();
    const entry = await entryAt(petition.id, 3);
    await database.rows("update signatures set channel = case when channel = 'wallet' then 'paper'::signature_channel else 'wallet' end where petition_id = $1 and nullifier = $2", [petition.id, entry.nullifier]);

    const result = await verifySignatureLog(database, petition.id);

    expect(result.firstProblem).toEqual({ seq: 3, reason: "signature_differs" });
  });

  it("detects an altered counter", async () => {
    const petition = await sealedPetition();
    await database.rows("update signature_counts set count = count + 5 where petition_id = $1 and channel = 'paper'", [petition.id]);

    const result = await verifySignatureLog(database, petition.id);

    expect(result.firstProblem).toMatchObject({ seq: null, reason: "count_mismatch", count: { channel: "paper", status: "proven" } });
  });
});

describe("verifySignatureLog on the daily counters", () => {
  it("detects an altered daily counter", async () => {
    const petition = await sealedPetition();
    await database.rows(
      `update signature_daily_counts set count = count + 2
        where petition_id = $1 and channel = 'passkey'
          and shard = (select min(shard) from signature_daily_counts where petition_id = $1 and channel = 'passkey' and count > 0)`,
      [petition.id],
    );

    const result = await verifySignatureLog(database, petition.id);

    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual({
      seq: null,
      reason: "daily_count_mismatch",
      daily: { day: "2026-03-15", channel: "passkey", status: "proven", counter: 4, signatures: 2 },
    });
    expect(result.problems).toContainEqual({ seq: null, reason: "daily_total_mismatch", count: { channel: "passkey", status: "proven", counter: 4, log: 2 } });
    expect(result.problems.map((problem) => problem.reason)).not.toContain("count_mismatch");
  });

  it("detects signatures moved to another day", async () => {
    const petition = await sealedPetition();
    await database.rows("update signature_daily_counts set day = day - 1 where petition_id = $1 and channel = 'wallet'", [petition.id]);

    const result = await verifySignatureLog(database, petition.id);

    expect(result.problems.map((problem) => problem.reason)).toEqual(["daily_count_mismatch", "daily_count_mismatch", "daily_count_mismatch", "daily_count_mismatch"]);
    expect(result.problems).toContainEqual({
      seq: null,
      reason: "daily_count_mismatch",
      daily: { day: "2026-03-14", channel: "wallet", status: "proven", counter: 1, signatures: 0 },
    });
    expect(result.problems).toContainEqual({
      seq: null,
      reason: "daily_count_mismatch",
      daily: { day: "2026-03-15", channel: "wallet", status: "proven", counter: 0, signatures: 1 },
    });
  });

  it("detects a deleted daily counter", async () => {
    const petition = await sealedPetition();
    await database.rows("delete from signature_daily_counts where petition_id = $1 and channel = 'paper'", [petition.id]);

    const result = await verifySignatureLog(database, petition.id);

    expect(result.problems).toEqual([
      { seq: null, reason: "daily_count_mismatch", daily: { day: "2026-03-15", channel: "paper", status: "proven", counter: 0, signatures: 2 } },
      { seq: null, reason: "daily_total_mismatch", count: { channel: "paper", status: "proven", counter: 0, log: 2 } },
    ]);
  });
});

describe("verifySignatureLog on the duplicate paper lines", () => {
  it("detects a duplicate on the line of a signature", async () => {
    const petition = await sealedPetition();
    await placePaperSignature(petition.id, 3, 7);
    await insertDuplicateLine(petition.id, { sheet: 3, line: 7, existingChannel: "wallet", enteredAt: NOW });

    const result = await verifySignatureLog(database, petition.id);

    expect(result.problems).toEqual([{ seq: null, reason: "duplicate_line_taken", duplicate: { sheet: 3, line: 7, channel: "wallet" } }]);
  });

  it("detects a duplicate older than any signature on its channel", async () => {
    const petition = await sealedPetition();
    await insertDuplicateLine(petition.id, { sheet: 4, line: 1, existingChannel: "passkey", enteredAt: new Date(NOW.getTime() - 60_000) });

    const result = await verifySignatureLog(database, petition.id);

    expect(result.problems).toEqual([{ seq: null, reason: "duplicate_before_signature", duplicate: { sheet: 4, line: 1, channel: "passkey" } }]);
  });

  it("detects a duplicate whose person counts nowhere", async () => {
    const petition = await sealedPetition();
    await insertDuplicateLine(petition.id, { sheet: 2, line: 6, existingChannel: "paper", enteredAt: NOW });
    await database.rows("update paper_duplicate_lines set nullifier = $2 where petition_id = $1", [petition.id, randomBytes(32)]);

    const result = await verifySignatureLog(database, petition.id);

    expect(result.problems).toEqual([{ seq: null, reason: "duplicate_line_orphaned", duplicate: { sheet: 2, line: 6, channel: "paper" } }]);
  });

  it("detects a duplicate of a channel without signatures", async () => {
    const petition = await createTestPetition(database, { now: NOW });
    await insertDuplicateLine(petition.id, { sheet: 1, line: 1, existingChannel: "wallet", enteredAt: NOW });

    const result = await verifySignatureLog(database, petition.id);

    expect(result.firstProblem).toEqual({ seq: null, reason: "duplicate_before_signature", duplicate: { sheet: 1, line: 1, channel: "wallet" } });
  });
});
