import { randomInt } from "node:crypto";
import type { SqlRows } from "../db/client";
import { COUNT_SHARDS, type EligibilityChecks } from "../db/schema";
import type { SignatureKind } from "../db/schema/petitions";
import { signatureLogAppendSql } from "../signature-log/append-log-entries";
import { signatureCountDeltaSql } from "../signing/signature-count-delta";
import type { SignatureChannel, SignatureStatus } from "../signing/signature-counts";
import type { InvalidReason } from "./invalid-reasons";
import type { PaperLine, PaperOutcome } from "./paper-line-form";
import type { ExistingSignature, PaperLineResult } from "./record-paper-lines";
import { signatureRemovalSql } from "./signature-removal-sql";

/** A checked paper line with the nullifier of its person for this petition and the weak identity key (null for an incomplete line). */
export type PreparedPaperLine = { line: PaperLine; nullifier: Buffer; weakKey: Buffer | null };

/** Eligibility checks stored with a paper signature, by the office's check result. */
export const PAPER_CHECKS: Record<PaperOutcome["status"], EligibilityChecks> = {
  confirmed: { municipality: "proven", age: "proven", nationality: "proven", residence: "proven", identity: "proven" },
  invalid: { municipality: "unproven", age: "unproven", nationality: "unproven", residence: "unproven", identity: "unproven" },
};

/**
 * Insert paper signatures from parallel arrays, with their log entries and
 * counters, in one statement. Parameters: $1 petition, $2 nullifiers (hex), $3
 * statuses, $4 reasons ('' for none), $5 sheets, $6 lines, $7 checks of a
 * confirmed line, $8 checks of an invalid one, $9 time, $10 shard, $11
 * weak identity keys (hex, '' for none), $12 dates written on the lines
 * (YYYY-MM-DD, '' for none). A nullifier that has a signature already (on
 * any channel) inserts nothing. Returns the nullifiers inserted.
 *
 * A signature's signed_at is noon Berlin time on the date written on its
 * line, or the entry time $9 without one, so the daily counters count it on
 * the day it was signed. Its log entry keeps the entry time.
 */
const INSERT_PAPER_SIGNATURES = `
with input as (
  select decode(nullifier, 'hex') as nullifier, status::signature_status as status, nullif(reason, '') as reason, sheet, line,
         decode(nullif(weak_key, ''), 'hex') as weak_key,
         coalesce((nullif(signed_on, '')::date + time '12:00') at time zone 'Europe/Berlin', $9::timestamptz) as signed_at
    from unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $11::text[], $12::text[]) as line_input(nullifier, status, reason, sheet, line, weak_key, signed_on)
),
inserted as (
  insert into signatures (petition_id, nullifier, channel, status, checks, signed_at, reason, sheet, line, weak_identity_key)
  select $1::uuid, nullifier, 'paper', status, case when status = 'confirmed' then $7::jsonb else $8::jsonb end, signed_at, reason, sheet, line, weak_key
    from input
  on conflict (petition_id, nullifier) do nothing
  returning petition_id, nullifier, channel, status, reason, signed_at
),${signatureLogAppendSql({ name: "logged", source: "inserted", kind: "paper_entry", occurredAt: "$9::timestamptz", reason: "reason" })},${signatureCountDeltaSql({
  prefix: "counted",
  source: "inserted",
  day: "(signed_at at time zone 'Europe/Berlin')::date",
  shard: "$10::smallint",
  sign: 1,
})}
select encode(nullifier, 'hex') as nullifier from inserted`;

/**
 * Remove the online signatures of nullifiers $2 (hex) on petition $1 at
 * time $3 on shard $4, so that the same persons' paper lines can count. Their
 * receipt hashes and nullifiers go to superseded_receipts in the same
 * statement, where the receipt check finds them after the rows are gone.
 */
const SUPERSEDE_ONLINE_SIGNATURES = `
with ${signatureRemovalSql({
  where: "petition_id = $1::uuid and channel <> 'paper' and nullifier in (select decode(hex, 'hex') from unnest($2::text[]) as nullifier_input(hex))",
  reason: "superseded_by_paper",
  occurredAt: "$3::timestamptz",
  shard: "$4::smallint",
})},
superseded as (
  insert into superseded_receipts (petition_id, receipt_hash, nullifier, superseded_at)
  select petition_id, receipt_hash, nullifier, $3::timestamptz from removed where receipt_hash is not null
  on conflict do nothing
)
select encode(nullifier, 'hex') as nullifier, channel from removed`;

const FIND_EXISTING_SIGNATURES = `
select encode(nullifier, 'hex') as nullifier, channel, status, reason, sheet, line
  from signatures
 where petition_id = $1::uuid and nullifier in (select decode(hex, 'hex') from unnest($2::text[]) as nullifier_input(hex))`;

/**
 * Insert duplicate lines from parallel arrays: $1 petition, $2 sheets, $3
 * lines, $4 channels of the earlier signatures, $5 time, $6 nullifiers
 * (hex), $7 statuses, $8 reasons ('' for none), $9 weak identity keys (hex,
 * '' for none), $10 dates written on the lines (YYYY-MM-DD, '' for none).
 */
const INSERT_DUPLICATE_LINES = `
insert into paper_duplicate_lines (petition_id, sheet, line, existing_channel, entered_at, nullifier, status, reason, weak_identity_key, signed_on)
select $1::uuid, sheet, line, channel::signature_channel, $5::timestamptz, decode(nullifier, 'hex'), status::signature_status, nullif(reason, ''),
       decode(nullif(weak_key, ''), 'hex'), nullif(signed_on, '')::date
  from unnest($2::int[], $3::int[], $4::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
    as duplicate_input(sheet, line, channel, nullifier, status, reason, weak_key, signed_on)`;

const MAX_ATTEMPTS = 3;

type ExistingRow = { nullifier: string; channel: SignatureChannel; status: SignatureStatus; reason: InvalidReason | null; sheet: number | null; line: number | null };

/** Read the petition's signature kinds: where only paper counts, a paper line takes the place of the same person's online signature. */
export async function onlyPaperCounts(rows: SqlRows, petitionId: string): Promise<boolean> {
  const [petition] = await rows<{ signature_kinds: SignatureKind[] }>("select signature_kinds from petitions where id = $1::uuid", [petitionId]);
  const kinds = petition?.signature_kinds ?? [];
  return kinds.includes("paper") && !kinds.includes("online");
}

/**
 * Insert paper lines inside the caller's transaction, set-based: a few
 * statements for the whole batch, whatever its size. A line whose person has
 * a signature already, on any channel or on an earlier line of the same
 * batch, becomes a duplicate line. When `paperOnly` is set, an online
 * signature does not make a duplicate: it is removed and the paper line
 * counts. Results come back in the order of `prepared`.
 *
 * Lines still pending after an attempt are tried again, at most
 * MAX_ATTEMPTS times. That covers a signature withdrawn between the insert,
 * which found it, and the lookup, and where only paper counts, an online
 * signature made between the removal and the insert.
 */
export async function insertPaperLines(
  rows: SqlRows,
  input: { petitionId: string; prepared: PreparedPaperLine[]; now: Date; paperOnly: boolean },
): Promise<PaperLineResult[]> {
  const { petitionId, prepared, now } = input;
  const at = now.toISOString();
  const hexOf = prepared.map((entry) => entry.nullifier.toString("hex"));
  const results: (PaperLineResult | undefined)[] = new Array(prepared.length);
  // Channel of the online signature a line replaced, by nullifier (hex), where only paper counts.
  const replacedChannelOf = new Map<string, SignatureChannel>();

  // Later lines of a person in the same batch are duplicates of the first one.
  const firstIndexOf = new Map<string, number>();
  const repeats: { index: number; first: number }[] = [];
  let pending: number[] = [];
  for (const [index, hex] of hexOf.entries()) {
    const first = firstIndexOf.get(hex);
    if (first === undefined) {
      firstIndexOf.set(hex, index);
      pending.push(index);
    } else repeats.push({ index, first });
  }

  for (let attempt = 1; pending.length > 0; attempt++) {
    if (attempt > MAX_ATTEMPTS) throw new Error("paper lines neither inserted nor found their earlier signatures");
    const pendingHex = pending.map((index) => hexOf[index]!);
    if (input.paperOnly) {
      const removed = await rows<{ nullifier: string; channel: SignatureChannel }>(SUPERSEDE_ONLINE_SIGNATURES, [petitionId, pendingHex, at, randomInt(COUNT_SHARDS)]);
      for (const row of removed) replacedChannelOf.set(row.nullifier, row.channel);
    }

    const lines = pending.map((index) => prepared[index]!.line);
    const inserted = await rows<{ nullifier: string }>(INSERT_PAPER_SIGNATURES, [
      petitionId,
      pendingHex,
      lines.map((line) => line.outcome.status),
      lines.map((line) => (line.outcome.status === "invalid" ? line.outcome.reason : "")),
      lines.map((line) => line.sheet),
      lines.map((line) => line.line),
      JSON.stringify(PAPER_CHECKS.confirmed),
      JSON.stringify(PAPER_CHECKS.invalid),
      at,
      randomInt(COUNT_SHARDS),
      pending.map((index) => prepared[index]!.weakKey?.toString("hex") ?? ""),
      lines.map((line) => line.signedOn ?? ""),
    ]);
    const insertedHex = new Set(inserted.map((row) => row.nullifier));
    const notInserted: number[] = [];
    for (const index of pending) {
      const line = prepared[index]!.line;
      const replaced = replacedChannelOf.get(hexOf[index]!);
      if (!insertedHex.has(hexOf[index]!)) {
        notInserted.push(index);
        continue;
      }
      const recorded: PaperLineResult = { kind: "recorded", sheetLine: sheetLineOf(line), outcome: line.outcome, derived: line.derived };
      results[index] = replaced === undefined ? recorded : { ...recorded, replacedOnline: replaced };
    }
    if (notInserted.length === 0) break;

    // A separate statement reads the signatures that concurrent transactions committed while the insert waited for them.
    const existingRows = await rows<ExistingRow>(FIND_EXISTING_SIGNATURES, [petitionId, notInserted.map((index) => hexOf[index]!)]);
    const existingOf = new Map(existingRows.map((row) => [row.nullifier, row]));
    pending = [];
    for (const index of notInserted) {
      const existing = existingOf.get(hexOf[index]!);
      if (existing === undefined || (input.paperOnly && existing.channel !== "paper")) pending.push(index);
      else results[index] = { kind: "duplicate", sheetLine: sheetLineOf(prepared[index]!.line), existing: existingSignatureOf(existing) };
    }
  }

  for (const { index, first } of repeats) {
    const firstResult = results[first]!;
    const existing: ExistingSignature =
      firstResult.kind === "duplicate"
        ? firstResult.existing
        : {
            channel: "paper",
            status: firstResult.outcome.status,
            reason: firstResult.outcome.status === "invalid" ? firstResult.outcome.reason : null,
            sheetLine: firstResult.sheetLine,
          };
    results[index] = { kind: "duplicate", sheetLine: sheetLineOf(prepared[index]!.line), existing };
  }

  const complete = results.map((result) => {
    if (result === undefined) throw new Error("a paper line was left without a result");
    return result;
  });
  const duplicates = complete.flatMap((result, index) => (result.kind === "duplicate" ? [{ result, entry: prepared[index]! }] : []));
  if (duplicates.length > 0) {
    await rows(INSERT_DUPLICATE_LINES, [
      petitionId,
      duplicates.map(({ result }) => result.sheetLine.sheet),
      duplicates.map(({ result }) => result.sheetLine.line),
      duplicates.map(({ result }) => result.existing.channel),
      at,
      duplicates.map(({ entry }) => entry.nullifier.toString("hex")),
      duplicates.map(({ entry }) => entry.line.outcome.status),
      duplicates.map(({ entry }) => (entry.line.outcome.status === "invalid" ? entry.line.outcome.reason : "")),
      duplicates.map(({ entry }) => entry.weakKey?.toString("hex") ?? ""),
      duplicates.map(({ entry }) => entry.line.signedOn ?? ""),
    ]);
  }
  return complete;
}

function sheetLineOf(line: PaperLine): { sheet: number; line: number } {
  return { sheet: line.sheet, line: line.line };
}

function existingSignatureOf(row: ExistingRow): ExistingSignature {
  const sheetLine = row.sheet === null || row.line === null ? undefined : { sheet: Number(row.sheet), line: Number(row.line) };
  return { channel: row.channel, status: row.status, reason: row.reason, sheetLine };
}
