import { randomInt } from "node:crypto";
import type { SqlRows } from "../db/client";
import { COUNT_SHARDS } from "../db/schema";
import { signatureLogAppendSql } from "../signature-log/append-log-entries";
import type { SignatureChannel, SignatureStatus } from "../signing/signature-counts";
import { CONFIRMED_REASON, type InvalidReason } from "./invalid-reasons";
import type { ReviewContext } from "./record-paper-lines";
import { lockPetitionForReview, recordReviewAudit, type ReviewLockError } from "./review-lock";

export type Decision = { kind: "confirm" } | { kind: "invalidate"; reason: InvalidReason };

/** A signature's status and reason as the deciding official saw them. */
export type SignatureState = { status: SignatureStatus; reason: InvalidReason | null };

export type DecideInput = {
  petitionId: string;
  signatureId: number;
  /** The state shown to the official; the decision applies only if the signature is still in it. */
  expected: SignatureState;
  decision: Decision;
  staffId: string;
};

/**
 * Reasons a decision is not applied:
 * - SIGNATURE_NOT_FOUND: the petition has no such signature, perhaps because it was withdrawn;
 * - DECIDED_MEANWHILE: someone changed it after the official loaded it;
 * - NOT_ALLOWED: the decision does not apply to its state, as for confirming a proven signature
 *   or an illegible paper line, whose person is unknown.
 */
export type DecideError = ReviewLockError | "SIGNATURE_NOT_FOUND" | "DECIDED_MEANWHILE" | "NOT_ALLOWED";

export type DecideResult = { ok: true; value: SignatureState } | { ok: false; error: DecideError; current?: SignatureState };

type ChangedRow = { channel: SignatureChannel; day: string };

/** Move one counted signature from one status to another on a random shard: minus one there, plus one here. */
const MOVE_COUNT = `
insert into signature_counts (petition_id, channel, status, shard, count)
values ($1::uuid, $2::signature_channel, $3::signature_status, $5::smallint, -1), ($1::uuid, $2::signature_channel, $4::signature_status, $5::smallint, 1)
on conflict (petition_id, channel, status, shard) do update set count = signature_counts.count + excluded.count`;

const MOVE_DAILY_COUNT = `
insert into signature_daily_counts (petition_id, day, channel, status, shard, count)
values ($1::uuid, $6::date, $2::signature_channel, $3::signature_status, $5::smallint, -1), ($1::uuid, $6::date, $2::signature_channel, $4::signature_status, $5::smallint, 1)
on conflict (petition_id, day, channel, status, shard) do update set count = signature_daily_counts.count + excluded.count`;

/**
 * Confirm or invalidate one signature, as the election office decides
 * after checking the population register. The change, its log entry
 * ("confirmed" or "invalidated" with a reason code), the counters and an
 * audit entry commit together. When two officials decide the same
 * signature, the first one wins and the second gets DECIDED_MEANWHILE with
 * the state the first left, because the update applies only to the state
 * the official saw.
 */
export async function decideSignature(ctx: ReviewContext, input: DecideInput): Promise<DecideResult> {
  const target: SignatureState = input.decision.kind === "confirm" ? { status: "confirmed", reason: null } : { status: "invalid", reason: input.decision.reason };
  const now = ctx.clock.now();

  const result = await ctx.database.transaction(async (rows): Promise<DecideResult> => {
    const locked = await lockPetitionForReview(rows, input.petitionId);
    if (!locked.ok) return locked;
    const [current] = await rows<{ status: SignatureStatus; reason: InvalidReason | null; channel: SignatureChannel; sheet: number | null; line: number | null }>(
      "select status, reason, channel, sheet, line from signatures where id = $1 and petition_id = $2::uuid for update",
      [input.signatureId, input.petitionId],
    );
    if (current === undefined) return { ok: false, error: "SIGNATURE_NOT_FOUND" };
    const currentState: SignatureState = { status: current.status, reason: current.reason };
    if (current.status !== input.expected.status || current.reason !== input.expected.reason) return { ok: false, error: "DECIDED_MEANWHILE", current: currentState };
    if (!isAllowed(currentState, target)) return { ok: false, error: "NOT_ALLOWED", current: currentState };

    const [changed] = await rows<ChangedRow>(
      `with changed as (
         update signatures set status = $3::signature_status, reason = $4
          where id = $1 and petition_id = $2::uuid
         returning petition_id, nullifier, channel, status, signed_at
       ),${signatureLogAppendSql({ name: "logged", source: "changed", kind: input.decision.kind === "confirm" ? "confirmed" : "invalidated", occurredAt: "$5::timestamptz", reason: "$6::text" })}
       select channel, (signed_at at time zone 'Europe/Berlin')::date::text as day from changed`,
      [input.signatureId, input.petitionId, target.status, target.reason, now.toISOString(), target.reason ?? CONFIRMED_REASON],
    );
    if (changed === undefined) throw new Error("a locked signature row was not updated");
    const shard = randomInt(COUNT_SHARDS);
    const moveParams = [input.petitionId, changed.channel, current.status, target.status, shard, changed.day];
    await rows(MOVE_COUNT, moveParams.slice(0, 5));
    await rows(MOVE_DAILY_COUNT, moveParams);
    await recordReviewAudit(rows, {
      staffId: input.staffId,
      action: "signatures.decided",
      petitionId: input.petitionId,
      at: now,
      details: {
        signatureId: input.signatureId,
        channel: current.channel,
        ...(current.sheet === null ? {} : { sheet: Number(current.sheet), line: Number(current.line) }),
        from: current.status,
        to: target.status,
        reason: target.reason ?? CONFIRMED_REASON,
      },
    });
    return { ok: true, value: target };
  });

  const log = ctx.log.child({ petitionId: input.petitionId, staffId: input.staffId, signatureId: input.signatureId });
  if (result.ok) log.info({ event: "signature.decided", status: target.status, reason: target.reason }, "signature reviewed");
  else log.info({ event: "signature.decision_rejected", reason: result.error }, "signature decision rejected");
  return result;
}

/**
 * Confirming applies to a provisional or invalid signature, except an
 * incomplete or illegible line, which has no person behind its nullifier.
 * Invalidating applies to any signature not already invalid for the same
 * reason.
 */
function isAllowed(current: SignatureState, target: SignatureState): boolean {
  if (target.status === "confirmed") {
    return current.status === "provisional" || (current.status === "invalid" && current.reason !== "incomplete_or_illegible");
  }
  return !(current.status === "invalid" && current.reason === target.reason);
}
