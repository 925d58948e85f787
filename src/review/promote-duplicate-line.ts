import { randomInt } from "node:crypto";
import type { SqlRows } from "../db/client";
import { COUNT_SHARDS } from "../db/schema";
import { signatureLogAppendSql } from "../signature-log/append-log-entries";
import { signatureCountDeltaSql } from "../signing/signature-count-delta";
import { PAPER_CHECKS } from "./insert-paper-lines";
import type { SheetLine } from "./record-paper-lines";

/**
 * Turn the earliest duplicate line of nullifier $2 on petition $1 into a
 * paper signature at time $5 on shard $6, when the person has no signature
 * left. $3 and $4 are the checks of a confirmed and of an invalid line. The
 * new row is logged as a paper entry at $5 and counted like any entered
 * line, on the date written on the line or else at $5.
 * Returns the sheet line of the promoted duplicate line in `promoted`, and
 * in `inserted` only when its signature row was written.
 */
const PROMOTE_DUPLICATE_LINE = `
with candidate as (
  select id from paper_duplicate_lines
   where petition_id = $1::uuid and nullifier = $2
     and not exists (select 1 from signatures where petition_id = $1::uuid and nullifier = $2)
   order by entered_at, id
   limit 1
),
promoted as (
  delete from paper_duplicate_lines where id in (select id from candidate)
  returning petition_id, nullifier, status, reason, sheet, line, weak_identity_key,
            coalesce((signed_on + time '12:00') at time zone 'Europe/Berlin', $5::timestamptz) as signed_at
),
inserted as (
  insert into signatures (petition_id, nullifier, channel, status, checks, signed_at, reason, sheet, line, weak_identity_key)
  select petition_id, nullifier, 'paper', status, case when status = 'confirmed' then $3::jsonb else $4::jsonb end, signed_at,
         reason, sheet, line, weak_identity_key
    from promoted
  on conflict (petition_id, nullifier) do nothing
  returning petition_id, nullifier, channel, status, reason, sheet, line, signed_at
),${signatureLogAppendSql({ name: "logged", source: "inserted", kind: "paper_entry", occurredAt: "$5::timestamptz", reason: "reason" })},${signatureCountDeltaSql({
  prefix: "counted",
  source: "inserted",
  day: "(signed_at at time zone 'Europe/Berlin')::date",
  shard: "$6::smallint",
  sign: 1,
})}
select p.sheet, p.line, exists (select 1 from inserted) as inserted from promoted p`;

/**
 * Let the earliest duplicate line of a person count, inside the caller's
 * transaction, once the office deleted or corrected the signature that the
 * line repeated and the person has no signature left. The line was checked
 * against the population register when it was entered, so it counts with
 * its own result, from now on. Returns its sheet line, or undefined when
 * the person still has a signature or no duplicate line.
 *
 * Promotion rather than a "needs new entry" list: the sheet carries the
 * person's signature on that line, so it would count had it been entered
 * first, and the office should not have to enter it a second time.
 */
export async function promoteDuplicateLine(rows: SqlRows, input: { petitionId: string; nullifier: Buffer; now: Date }): Promise<SheetLine | undefined> {
  const [promoted] = await rows<{ sheet: number; line: number; inserted: boolean }>(PROMOTE_DUPLICATE_LINE, [
    input.petitionId,
    input.nullifier,
    JSON.stringify(PAPER_CHECKS.confirmed),
    JSON.stringify(PAPER_CHECKS.invalid),
    input.now.toISOString(),
    randomInt(COUNT_SHARDS),
  ]);
  if (promoted === undefined) return undefined;
  // Signings take a share lock on the petition row, which waits for the review lock the caller holds, so no signature of the person can appear meanwhile.
  if (!promoted.inserted) throw new Error("a duplicate line was promoted while the person signed again");
  return { sheet: Number(promoted.sheet), line: Number(promoted.line) };
}
