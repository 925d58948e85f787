import { loadPetitionKey } from "../signing/petition-keys";
import { insertPaperLines, onlyPaperCounts } from "./insert-paper-lines";
import { auditedOutcomeOf } from "./paper-audit-details";
import type { PaperLine } from "./paper-line-form";
import { promoteDuplicateLine } from "./promote-duplicate-line";
import { preparePaperLine, type PaperLineResult, type ReviewContext, type SheetLine } from "./record-paper-lines";
import { removeSheetLine, type RemovedSheetLine } from "./remove-sheet-line";
import { checkPetitionForReview, lockPetitionForReview, recordReviewAudit, type ReviewLockError } from "./review-lock";

/** LINE_NOT_FOUND: nothing was entered at that sheet line, neither a signature nor a duplicate line. */
export type SheetLineError = ReviewLockError | "LINE_NOT_FOUND";

/** `promoted` is the duplicate line that now counts in place of the removed signature, if any. */
export type CorrectionResult =
  | { ok: true; value: { before: RemovedSheetLine; after: PaperLineResult; promoted: SheetLine | undefined } }
  | { ok: false; error: SheetLineError };

export type DeletionResult = { ok: true; value: { before: RemovedSheetLine; promoted: SheetLine | undefined } } | { ok: false; error: SheetLineError };

/**
 * Replace the entry at a sheet line with the line as the office entered it
 * again, in one transaction. The old signature is removed with a "removed"
 * log entry (reason paper_corrected) and its counters, or the old duplicate
 * line is dropped. The new line is then inserted with the usual duplicate
 * detection, so it may now be a duplicate, or count where the old entry was
 * a duplicate.
 *
 * When the old entry was the signature that counted for its person and the
 * new line is another person, the earliest duplicate line of the old person
 * counts in its place (see promoteDuplicateLine). That runs after the new
 * line is inserted, so a correction that keeps the person keeps the line.
 */
export async function correctPaperLine(ctx: ReviewContext, input: { petitionId: string; staffId: string; line: PaperLine }): Promise<CorrectionResult> {
  const { petitionId, line } = input;
  const sheetLine = { sheet: line.sheet, line: line.line };
  const now = ctx.clock.now();
  // Checked before the key is loaded, which would store a new key for a petition without one; checked again under the lock.
  const open = await checkPetitionForReview(ctx.database.rows, petitionId);
  if (!open.ok) return open;
  const prepared = preparePaperLine(ctx.serverSecret, await loadPetitionKey(ctx.database, ctx.serverSecret, petitionId), line);

  const result = await ctx.database.transaction(async (rows): Promise<CorrectionResult> => {
    const locked = await lockPetitionForReview(rows, petitionId);
    if (!locked.ok) return locked;
    const before = await removeSheetLine(rows, { petitionId, sheetLine, reason: "paper_corrected", now });
    if (before === undefined) return { ok: false, error: "LINE_NOT_FOUND" };

    const paperOnly = await onlyPaperCounts(rows, petitionId);
    const [after] = await insertPaperLines(rows, { petitionId, prepared: [prepared], now, paperOnly });
    if (after === undefined) throw new Error("insertPaperLines returned no result for one line");
    const promoted = before.kind === "signature" ? await promoteDuplicateLine(rows, { petitionId, nullifier: before.nullifier, now }) : undefined;
    await recordReviewAudit(rows, {
      staffId: input.staffId,
      action: "signatures.paper_corrected",
      petitionId,
      at: now,
      details: { sheet: sheetLine.sheet, line: sheetLine.line, before: outcomeBefore(before), after: auditedOutcomeOf(after), ...promotedDetails(promoted) },
    });
    return { ok: true, value: { before, after, promoted } };
  });

  logSheetLineChange(ctx, input.staffId, petitionId, "paper_line.corrected", result);
  return result;
}

/**
 * Delete the entry at a sheet line that the office entered by mistake,
 * because the line on the sheet is empty: the same bookkeeping as a
 * correction (reason paper_deleted), without a new line. The person's
 * earliest duplicate line then counts in place of a deleted signature.
 */
export async function deletePaperLine(ctx: ReviewContext, input: { petitionId: string; staffId: string; sheetLine: SheetLine }): Promise<DeletionResult> {
  const { petitionId, sheetLine } = input;
  const now = ctx.clock.now();

  const result = await ctx.database.transaction(async (rows): Promise<DeletionResult> => {
    const locked = await lockPetitionForReview(rows, petitionId);
    if (!locked.ok) return locked;
    const before = await removeSheetLine(rows, { petitionId, sheetLine, reason: "paper_deleted", now });
    if (before === undefined) return { ok: false, error: "LINE_NOT_FOUND" };

    const promoted = before.kind === "signature" ? await promoteDuplicateLine(rows, { petitionId, nullifier: before.nullifier, now }) : undefined;
    await recordReviewAudit(rows, {
      staffId: input.staffId,
      action: "signatures.paper_deleted",
      petitionId,
      at: now,
      details: { sheet: sheetLine.sheet, line: sheetLine.line, before: outcomeBefore(before), ...promotedDetails(promoted) },
    });
    return { ok: true, value: { before, promoted } };
  });

  logSheetLineChange(ctx, input.staffId, petitionId, "paper_line.deleted", result);
  return result;
}

function promotedDetails(promoted: SheetLine | undefined): { promoted?: string } {
  return promoted === undefined ? {} : { promoted: `${promoted.sheet}/${promoted.line}` };
}

function outcomeBefore(before: RemovedSheetLine): string {
  return before.kind === "duplicate" ? "duplicate" : before.outcome;
}

function logSheetLineChange(ctx: ReviewContext, staffId: string, petitionId: string, event: string, result: { ok: true } | { ok: false; error: SheetLineError }): void {
  const log = ctx.log.child({ petitionId, staffId });
  if (result.ok) log.info({ event }, "paper line changed");
  else log.info({ event: "paper_line.change_rejected", reason: result.error }, "paper line change rejected");
}
