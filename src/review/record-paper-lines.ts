import { randomInt } from "node:crypto";
import type { Clock } from "../clock";
import type { Database, SqlRows } from "../db/client";
import { COUNT_SHARDS, type EligibilityChecks } from "../db/schema";
import type { Logger } from "../log";
import { signatureLogAppendSql } from "../signature-log/append-log-entries";
import { signatureCountSql } from "../signing/sign-petition";
import { nullifier } from "../signing/nullifier";
import { loadPetitionKey } from "../signing/petition-keys";
import { residentKeyOf } from "../signing/resident-key";
import { weakIdentityKey } from "../signing/weak-identity-key";
import type { SignatureChannel, SignatureStatus } from "../signing/signature-counts";
import type { InvalidReason } from "./invalid-reasons";
import type { PaperLine, PaperOutcome } from "./paper-line-form";
import { checkPetitionForReview, lockPetitionForReview, recordReviewAudit, type ReviewLockError } from "./review-lock";

export type ReviewContext = { database: Database; serverSecret: Buffer; clock: Clock; log: Logger };

export type SheetLine = { sheet: number; line: number };

/** The signature a duplicate line's person had given before. */
export type ExistingSignature = {
  channel: SignatureChannel;
  status: SignatureStatus;
  reason: InvalidReason | null;
  /** Sheet reference when the earlier signature is a paper line. */
  sheetLine: SheetLine | undefined;
};

export type PaperLineResult =
  | { kind: "recorded"; sheetLine: SheetLine; outcome: PaperOutcome; derived: boolean }
  | { kind: "duplicate"; sheetLine: SheetLine; existing: ExistingSignature };

export type PaperEntryResult =
  | { ok: true; value: PaperLineResult[] }
  | { ok: false; error: ReviewLockError }
  | { ok: false; error: "LINES_ALREADY_ENTERED"; lines: SheetLine[] };

const PAPER_CHECKS: Record<PaperOutcome["status"], EligibilityChecks> = {
  confirmed: { municipality: "proven", age: "proven", nationality: "proven", residence: "proven", identity: "proven" },
  invalid: { municipality: "unproven", age: "unproven", nationality: "unproven", residence: "unproven", identity: "unproven" },
};

/**
 * Insert a paper signature with its log entry and counters, in one
 * statement: $1 petition, $2 nullifier, $3 status, $4 checks, $5 time, $6
 * reason, $7 sheet, $8 line, $9 shard, $10 weak identity key. A person who signed already
 * (any channel) makes it insert nothing.
 */
const INSERT_PAPER_SIGNATURE = `
with inserted as (
  insert into signatures (petition_id, nullifier, channel, status, checks, signed_at, reason, sheet, line, weak_identity_key)
  values ($1::uuid, $2, 'paper', $3::signature_status, $4::jsonb, $5::timestamptz, $6, $7, $8, $10::bytea)
  on conflict (petition_id, nullifier) do nothing
  returning petition_id, nullifier, channel, status, reason
),${signatureLogAppendSql({ name: "logged", source: "inserted", kind: "paper_entry", occurredAt: "$5::timestamptz", reason: "reason" })},${signatureCountSql({ source: "inserted", occurredAt: "$5::timestamptz", shard: "$9::smallint" })}
select 1 as inserted from inserted`;

const MAX_LINE_ATTEMPTS = 3;

/** Label hashed into the nullifier of an incomplete line; shorter than a 32-byte resident key, so the two never coincide. */
const LINE_KEY_LABEL = "paper line";

/**
 * Record paper lines the election office checked against the population
 * register, all in one transaction or none. Each line's nullifier comes
 * from the same resident key as on the wallet and passkey channels, so a
 * person who signed already on any channel becomes a duplicate line: it is
 * kept with its sheet reference and adds no signature. A sheet reference
 * entered before rejects the whole batch with every such line named.
 * Names, birth dates and places are used for the nullifier and dropped.
 */
export async function recordPaperLines(ctx: ReviewContext, input: { petitionId: string; staffId: string; lines: PaperLine[] }): Promise<PaperEntryResult> {
  const { petitionId, lines } = input;
  const now = ctx.clock.now();
  // Checked before the key is loaded, which would store a new key for a petition without one; checked again under the lock.
  const open = await checkPetitionForReview(ctx.database.rows, petitionId);
  if (!open.ok) return open;
  const petitionKey = await loadPetitionKey(ctx.database, ctx.serverSecret, petitionId);
  const prepared = lines.map((line) => ({
    line,
    nullifier: nullifier(
      petitionKey,
      line.identity === undefined ? Buffer.from(`${LINE_KEY_LABEL} ${line.sheet} ${line.line}`, "utf8") : residentKeyOf(ctx.serverSecret, line.identity),
    ),
    weakKey: line.identity === undefined ? null : weakIdentityKey(ctx.serverSecret, petitionKey, line.identity),
  }));

  const result = await ctx.database.transaction(async (rows): Promise<PaperEntryResult> => {
    const locked = await lockPetitionForReview(rows, petitionId);
    if (!locked.ok) return locked;
    const enteredBefore = await sheetLinesEnteredBefore(rows, petitionId, lines);
    if (enteredBefore.length > 0) return { ok: false, error: "LINES_ALREADY_ENTERED", lines: enteredBefore };

    const results: PaperLineResult[] = [];
    for (const { line, nullifier: lineNullifier, weakKey } of prepared) results.push(await recordLine(rows, petitionId, line, { lineNullifier, weakKey }, now));
    await recordReviewAudit(rows, {
      staffId: input.staffId,
      action: "signatures.paper_entered",
      petitionId,
      at: now,
      details: { lines: results.length, duplicates: results.filter((entry) => entry.kind === "duplicate").length },
    });
    return { ok: true, value: results };
  });

  const log = ctx.log.child({ petitionId, staffId: input.staffId });
  if (result.ok) {
    const duplicates = result.value.filter((entry) => entry.kind === "duplicate").length;
    log.info({ event: "paper_lines.entered", lines: result.value.length, duplicates }, "paper lines entered");
  } else {
    log.info({ event: "paper_lines.rejected", reason: result.error }, "paper lines rejected");
  }
  return result;
}

async function sheetLinesEnteredBefore(rows: SqlRows, petitionId: string, lines: SheetLine[]): Promise<SheetLine[]> {
  const found = await rows<{ sheet: number; line: number }>(
    `select sheet, line from signatures
      where petition_id = $1::uuid and (sheet, line) in (select * from unnest($2::int[], $3::int[]))
     union
     select sheet, line from paper_duplicate_lines
      where petition_id = $1::uuid and (sheet, line) in (select * from unnest($2::int[], $3::int[]))
     order by sheet, line`,
    [petitionId, lines.map((line) => line.sheet), lines.map((line) => line.line)],
  );
  return found.map((row) => ({ sheet: Number(row.sheet), line: Number(row.line) }));
}

/**
 * Insert one line, or record it as a duplicate of the signature that has
 * its nullifier. The lookup runs as a statement of its own: under READ
 * COMMITTED it then sees a signature that a concurrent transaction committed
 * while the insert waited for it. Should that signature be withdrawn in the
 * moment between, the insert is tried again, at most MAX_LINE_ATTEMPTS times.
 */
async function recordLine(
  rows: SqlRows,
  petitionId: string,
  line: PaperLine,
  { lineNullifier, weakKey }: { lineNullifier: Buffer; weakKey: Buffer | null },
  now: Date,
): Promise<PaperLineResult> {
  const sheetLine = { sheet: line.sheet, line: line.line };
  const reason = line.outcome.status === "invalid" ? line.outcome.reason : null;
  for (let attempt = 1; ; attempt++) {
    const inserted = await rows(INSERT_PAPER_SIGNATURE, [
      petitionId,
      lineNullifier,
      line.outcome.status,
      JSON.stringify(PAPER_CHECKS[line.outcome.status]),
      now.toISOString(),
      reason,
      line.sheet,
      line.line,
      randomInt(COUNT_SHARDS),
      weakKey,
    ]);
    if (inserted.length === 1) return { kind: "recorded", sheetLine, outcome: line.outcome, derived: line.derived };

    const [existing] = await rows<{ channel: SignatureChannel; status: SignatureStatus; reason: InvalidReason | null; sheet: number | null; line: number | null }>(
      `with existing as (
         select channel, status, reason, sheet, line from signatures where petition_id = $1::uuid and nullifier = $2
       ), duplicate as (
         insert into paper_duplicate_lines (petition_id, sheet, line, existing_channel, entered_at)
         select $1::uuid, $3, $4, channel, $5::timestamptz from existing
       )
       select channel, status, reason, sheet, line from existing`,
      [petitionId, lineNullifier, line.sheet, line.line, now.toISOString()],
    );
    if (existing === undefined) {
      if (attempt < MAX_LINE_ATTEMPTS) continue;
      throw new Error("a paper line neither inserted nor found its earlier signature");
    }
    const existingSheetLine = existing.sheet === null || existing.line === null ? undefined : { sheet: Number(existing.sheet), line: Number(existing.line) };
    return { kind: "duplicate", sheetLine, existing: { channel: existing.channel, status: existing.status, reason: existing.reason, sheetLine: existingSheetLine } };
  }
}
