import { recordAuditWithRows } from "../audit/record-audit";
import type { SqlRows } from "../db/client";
import { err, ok, type Result } from "../result";
import { advanceLogHead, chainUnsealedEntries, type LockedHead, lockLogHead, SEAL_BATCH_SIZE, writeChainedEntries } from "../signature-log/seal-log";
import { berlinDate } from "./collection-period";
import type { PetitionContext } from "./petition-context";
import { sealPetitionContent } from "./petition-content";
import { findPetition } from "./queries";
import type { Submission } from "./submissions";

export type SubmitError = "PETITION_NOT_FOUND" | "NOT_PUBLISHED" | "NOT_STARTED" | "CLOSED" | "ALREADY_SUBMITTED";

/** Check whether a petition can be submitted at an instant: it collects, and its period has begun (it may have ended). */
export function isSubmittable(petition: { status: string; collectionStart: string }, now: Date): boolean {
  return petition.status === "collecting" && berlinDate(now) >= petition.collectionStart;
}

type LockedPetition = { status: string; version: number; collection_start: string };

/**
 * Submit a petition to the election office (Einreichung), exactly once:
 * collection stops, and the content and the signature log head at this
 * moment are stored with who submitted and when. A petition can be submitted
 * while it collects or after its period ended, but not before its period began.
 *
 * Everything happens in one transaction that holds the petition row's lock.
 * Signing inserts check the status under a share lock on the same row, so a
 * signing either commits before the status changes, and its log entry is
 * sealed here, or finds the petition submitted and records nothing.
 */
export async function submitPetition(ctx: PetitionContext, input: { actorId: string; petitionId: string }): Promise<Result<Submission, SubmitError>> {
  const petition = await findPetition(ctx.database, input.petitionId);
  const log = ctx.log.child({ petitionId: input.petitionId, staffId: input.actorId });
  if (petition === undefined) return err("PETITION_NOT_FOUND");
  const now = ctx.clock.now();
  const content = sealPetitionContent(petition);

  const result = await ctx.database.transaction(async (rows): Promise<Result<Submission, SubmitError>> => {
    const [locked] = await rows<LockedPetition>("select status::text, version, collection_start::text from petitions where id = $1::uuid for update", [petition.id]);
    if (locked === undefined) return err("PETITION_NOT_FOUND");
    if (locked.status === "draft") return err("NOT_PUBLISHED");
    if (locked.status === "submitted" || locked.status === "decided") return err("ALREADY_SUBMITTED");
    if (locked.status === "closed") return err("CLOSED");
    if (berlinDate(now) < locked.collection_start) return err("NOT_STARTED");
    // Published content never changes, so the version read before the lock still names the content sealed here.
    if (locked.version !== petition.version) throw new Error("a published petition's version changed");

    await rows("update petitions set status = 'submitted', updated_at = $2::timestamptz where id = $1::uuid", [petition.id, now.toISOString()]);
    const head = await sealWholeLog(rows, petition.id);
    const submission: Submission = {
      petitionId: petition.id,
      submittedBy: input.actorId,
      submittedAt: now,
      contentJson: content.json,
      contentHash: content.hash,
      logLength: head.length,
      logHeadHash: head.headHash,
    };
    await rows(
      `insert into petition_submissions (petition_id, submitted_by, submitted_at, content_json, content_hash, log_length, log_head_hash)
       values ($1::uuid, $2::uuid, $3::timestamptz, $4, $5, $6, $7)`,
      [petition.id, input.actorId, now.toISOString(), content.json, content.hash, head.length, head.headHash],
    );
    await recordAuditWithRows(rows, {
      actorId: input.actorId,
      action: "petition.submitted",
      petitionId: petition.id,
      details: { logLength: head.length, logHeadHash: head.headHash.toString("hex"), contentHash: content.hash.toString("hex") },
      at: now,
    });
    return ok(submission);
  });

  if (result.ok) log.info({ event: "petition.submitted", logLength: result.value.logLength }, "petition submitted");
  else log.warn({ event: "petition.submit_rejected", reason: result.error }, "submission rejected");
  return result;
}

/** Seal every unsealed entry of the petition's log inside the caller's transaction and return the new head. */
async function sealWholeLog(rows: SqlRows, petitionId: string): Promise<LockedHead> {
  let head = await lockLogHead(rows, petitionId);
  if (head === undefined) throw new Error("locking a log head without skipLocked returned nothing");
  for (;;) {
    const chained = await chainUnsealedEntries(rows, head, SEAL_BATCH_SIZE);
    await writeChainedEntries(rows, chained);
    head = await advanceLogHead(rows, head, chained);
    if (chained.length < SEAL_BATCH_SIZE) return head;
  }
}

