import type { SqlRows } from "../db/client";
import type { ReviewContext } from "./record-paper-lines";
import { openPossibleDuplicateSql } from "./possible-duplicates";
import { lockPetitionForReview, recordReviewAudit, type ReviewLockError } from "./review-lock";

export type MarkDistinctInput = { petitionId: string; signatureId: number; otherSignatureId: number; staffId: string };

/**
 * Reasons the mark is not recorded:
 * - SAME_SIGNATURE: both ids name one signature, which cannot be paired with itself;
 * - SIGNATURE_NOT_FOUND: the petition lacks one of the two signatures, perhaps because it was withdrawn;
 * - ALREADY_MARKED: the pair is marked as different persons already, as after a form sent twice;
 * - NOT_POSSIBLE_DUPLICATE: the two are not an open possible duplicate (any more), for example
 *   because one was found invalid meanwhile.
 */
export type MarkDistinctError = ReviewLockError | "SAME_SIGNATURE" | "SIGNATURE_NOT_FOUND" | "ALREADY_MARKED" | "NOT_POSSIBLE_DUPLICATE";

export type MarkDistinctResult = { ok: true } | { ok: false; error: MarkDistinctError };

/**
 * Record the election office's finding that two signatures with the same
 * weak identity key are different people, so the possible duplicate no
 * longer shows. The pair and an audit entry commit together; both
 * signatures stay as they are and the signature log is not touched, because
 * no count changes.
 */
export async function markDistinctPersons(ctx: ReviewContext, input: MarkDistinctInput): Promise<MarkDistinctResult> {
  const now = ctx.clock.now();
  const [first, second] = [Math.min(input.signatureId, input.otherSignatureId), Math.max(input.signatureId, input.otherSignatureId)];

  const result = await ctx.database.transaction(async (rows): Promise<MarkDistinctResult> => {
    const locked = await lockPetitionForReview(rows, input.petitionId);
    if (!locked.ok) return locked;
    if (first === second) return { ok: false, error: "SAME_SIGNATURE" };
    if (!(await bothExist(rows, input.petitionId, first, second))) return { ok: false, error: "SIGNATURE_NOT_FOUND" };
    const marked = await rows("select 1 from distinct_person_pairs where first_signature_id = $1 and second_signature_id = $2", [first, second]);
    if (marked.length > 0) return { ok: false, error: "ALREADY_MARKED" };

    const inserted = await rows(
      `insert into distinct_person_pairs (petition_id, first_signature_id, second_signature_id, decided_by, decided_at)
       select $1::uuid, a.id, b.id, $4::uuid, $5::timestamptz
         from signatures a join signatures b on ${openPossibleDuplicateSql("a", "b")}
        where a.petition_id = $1::uuid and a.id = $2 and b.id = $3
       on conflict do nothing
       returning first_signature_id`,
      [input.petitionId, first, second, input.staffId, now.toISOString()],
    );
    if (inserted.length === 0) return { ok: false, error: "NOT_POSSIBLE_DUPLICATE" };

    await recordReviewAudit(rows, {
      staffId: input.staffId,
      action: "signatures.distinct_persons",
      petitionId: input.petitionId,
      at: now,
      details: { signatureIds: [first, second] },
    });
    return { ok: true };
  });

  const log = ctx.log.child({ petitionId: input.petitionId, staffId: input.staffId, signatureIds: [first, second] });
  if (result.ok) log.info({ event: "signatures.distinct_persons" }, "possible duplicate marked as different people");
  else log.info({ event: "signatures.distinct_persons_rejected", reason: result.error }, "possible duplicate mark rejected");
  return result;
}

async function bothExist(rows: SqlRows, petitionId: string, first: number, second: number): Promise<boolean> {
  const found = await rows("select id from signatures where petition_id = $1::uuid and id in ($2, $3) for share", [petitionId, first, second]);
  return found.length === 2;
}
