import { randomInt } from "node:crypto";
import { COUNT_SHARDS } from "../db/schema";
import { isCollecting } from "../petitions/collection-period";
import type { Petition } from "../petitions/queries";
import { signatureDeleteSql } from "../signing/withdraw-signature";
import type { SheetLineError } from "./correct-paper-line";
import type { ReviewContext, SheetLine } from "./record-paper-lines";
import { sheetLineRanges } from "./paper-audit-details";
import { lockPetitionForReview, recordReviewAudit } from "./review-lock";

/**
 * NOT_COLLECTING: the collection period is over or the petition was submitted, as for an online withdrawal;
 * DUPLICATE_LINE: the sheet line is a duplicate line, which counts nothing that could be withdrawn;
 * INVALID_LINE: the line was entered as invalid, so it counts nothing either. An
 * entry made by mistake is deleted and a wrong one corrected instead.
 */
export type PaperWithdrawalError = SheetLineError | "NOT_COLLECTING" | "DUPLICATE_LINE" | "INVALID_LINE";

/** `duplicateLines` are the person's duplicate lines, which stopped counting with the withdrawal too. */
export type PaperWithdrawalResult =
  | { ok: true; value: { outcome: string; duplicateLines: SheetLine[] } }
  | { ok: false; error: "INVALID_LINE"; reason: string }
  | { ok: false; error: Exclude<PaperWithdrawalError, "INVALID_LINE"> };

const DELETE_PAPER_SIGNATURE = `with ${signatureDeleteSql("true", "paper")}
select status, (select coalesce(json_agg(json_build_object('sheet', sheet, 'line', line) order by sheet, line), '[]'::json) from withdrawn_duplicates) as duplicate_lines
  from withdrawn`;

/**
 * Record a resident's written withdrawal of a paper signature, found by
 * sheet and line, at the election office. The rule is that of an online
 * withdrawal: only while the petition collects. It runs the online
 * withdrawal's statement, so the row is deleted, a "withdrawn" entry is
 * logged and both counters go down together, then an audit entry follows
 * in the same transaction. The person's duplicate lines stop counting with
 * it, and the person may sign again afterwards on a new sheet line.
 */
export async function withdrawPaperSignature(
  ctx: ReviewContext,
  input: { petition: Petition; staffId: string; sheetLine: SheetLine },
): Promise<PaperWithdrawalResult> {
  const { petition, sheetLine } = input;
  const now = ctx.clock.now();

  const result = await ctx.database.transaction(async (rows): Promise<PaperWithdrawalResult> => {
    const locked = await lockPetitionForReview(rows, petition.id);
    if (!locked.ok) return locked;
    if (!isCollecting(petition, now)) return { ok: false, error: "NOT_COLLECTING" };
    const [entered] = await rows<{ nullifier: Buffer | Uint8Array; status: string; reason: string | null }>(
      "select nullifier, status, reason from signatures where petition_id = $1::uuid and channel = 'paper' and sheet = $2 and line = $3",
      [petition.id, sheetLine.sheet, sheetLine.line],
    );
    if (entered === undefined) {
      const duplicate = await rows("select 1 from paper_duplicate_lines where petition_id = $1::uuid and sheet = $2 and line = $3", [
        petition.id,
        sheetLine.sheet,
        sheetLine.line,
      ]);
      return { ok: false, error: duplicate.length > 0 ? "DUPLICATE_LINE" : "LINE_NOT_FOUND" };
    }
    if (entered.status === "invalid") return { ok: false, error: "INVALID_LINE", reason: entered.reason ?? "invalid" };

    const [withdrawn] = await rows<{ status: string; duplicate_lines: SheetLine[] | string }>(DELETE_PAPER_SIGNATURE, [
      petition.id,
      Buffer.from(entered.nullifier),
      now.toISOString(),
      randomInt(COUNT_SHARDS),
    ]);
    // The petition row is locked, so only a status that changed before the lock makes the delete find nothing.
    if (withdrawn === undefined) return { ok: false, error: "NOT_COLLECTING" };
    const outcome = entered.status === "invalid" ? (entered.reason ?? "invalid") : "valid";
    const duplicateLines = (typeof withdrawn.duplicate_lines === "string" ? JSON.parse(withdrawn.duplicate_lines) : withdrawn.duplicate_lines) as SheetLine[];
    await recordReviewAudit(rows, {
      staffId: input.staffId,
      action: "signatures.paper_withdrawn",
      petitionId: petition.id,
      at: now,
      details: {
        sheet: sheetLine.sheet,
        line: sheetLine.line,
        before: outcome,
        ...(duplicateLines.length === 0 ? {} : { duplicateLines: sheetLineRanges(duplicateLines) }),
      },
    });
    return { ok: true, value: { outcome, duplicateLines } };
  });

  const log = ctx.log.child({ petitionId: petition.id, staffId: input.staffId });
  if (result.ok) log.info({ event: "signature.withdrawn", channel: "paper" }, "paper signature withdrawn at the election office");
  else log.info({ event: "withdrawal.rejected", channel: "paper", reason: result.error }, "paper withdrawal rejected");
  return result;
}
