import type { Clock } from "../clock";
import type { Database, SqlRows } from "../db/client";
import type { Logger } from "../log";
import { nullifier } from "../signing/nullifier";
import { loadPetitionKey } from "../signing/petition-keys";
import { residentKeyOf } from "../signing/resident-key";
import { weakIdentityKey } from "../signing/weak-identity-key";
import type { SignatureChannel, SignatureStatus } from "../signing/signature-counts";
import type { InvalidReason } from "./invalid-reasons";
import { insertPaperLines, onlyPaperCounts, type PreparedPaperLine } from "./insert-paper-lines";
import { paperEntryAuditDetails } from "./paper-audit-details";
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
  | {
      kind: "recorded";
      sheetLine: SheetLine;
      outcome: PaperOutcome;
      derived: boolean;
      /** Channel of the person's online support that the line replaced, where only paper counts. */
      replacedOnline?: SignatureChannel;
    }
  | { kind: "duplicate"; sheetLine: SheetLine; existing: ExistingSignature };

/** A sheet line whose signature the person withdrew, and when. */
export type WithdrawnSheetLine = SheetLine & { withdrawnAt: Date };

export type PaperEntryResult =
  | { ok: true; value: PaperLineResult[] }
  | { ok: false; error: ReviewLockError }
  | { ok: false; error: "LINES_ALREADY_ENTERED"; lines: SheetLine[] }
  | { ok: false; error: "LINES_WITHDRAWN"; lines: WithdrawnSheetLine[] };

/** Label hashed into the nullifier of an incomplete line; shorter than a 32-byte resident key, so the two never coincide. */
const LINE_KEY_LABEL = "paper line";

/**
 * Record paper lines the election office checked against the population
 * register, all in one transaction or none. Each line's nullifier comes
 * from the same resident key as on the wallet and passkey channels, so a
 * person who signed already on any channel becomes a duplicate line: it is
 * kept with its sheet reference and adds no signature. Where only paper
 * counts, an online signature is no more than support: it gives way, and the
 * paper line counts. A sheet reference entered before, or one whose
 * signature was withdrawn, rejects the whole batch with every such line
 * named: a person who signs again after a withdrawal does so on a new line.
 * Names, birth dates and places are used for the nullifier and dropped.
 */
export async function recordPaperLines(ctx: ReviewContext, input: { petitionId: string; staffId: string; lines: PaperLine[] }): Promise<PaperEntryResult> {
  const { petitionId, lines } = input;
  const now = ctx.clock.now();
  // Checked before the key is loaded, which would store a new key for a petition without one; checked again under the lock.
  const open = await checkPetitionForReview(ctx.database.rows, petitionId);
  if (!open.ok) return open;
  const petitionKey = await loadPetitionKey(ctx.database, ctx.serverSecret, petitionId);
  const prepared = lines.map((line) => preparePaperLine(ctx.serverSecret, petitionKey, line));

  const result = await ctx.database.transaction(async (rows): Promise<PaperEntryResult> => {
    const locked = await lockPetitionForReview(rows, petitionId);
    if (!locked.ok) return locked;
    const enteredBefore = await sheetLinesEnteredBefore(rows, petitionId, lines);
    if (enteredBefore.length > 0) return { ok: false, error: "LINES_ALREADY_ENTERED", lines: enteredBefore };
    const withdrawn = await withdrawnSheetLines(rows, petitionId, lines);
    if (withdrawn.length > 0) return { ok: false, error: "LINES_WITHDRAWN", lines: withdrawn };

    const paperOnly = await onlyPaperCounts(rows, petitionId);
    const results = await insertPaperLines(rows, { petitionId, prepared, now, paperOnly });
    await recordReviewAudit(rows, { staffId: input.staffId, action: "signatures.paper_entered", petitionId, at: now, details: paperEntryAuditDetails(results) });
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

/** Find which of the given sheet lines of a petition were withdrawn, with the time of each withdrawal. */
export async function withdrawnSheetLines(rows: SqlRows, petitionId: string, lines: SheetLine[]): Promise<WithdrawnSheetLine[]> {
  const found = await rows<{ sheet: number; line: number; withdrawn_at: Date | string }>(
    `select sheet, line, withdrawn_at from paper_withdrawn_lines
      where petition_id = $1::uuid and (sheet, line) in (select * from unnest($2::int[], $3::int[]))
      order by sheet, line`,
    [petitionId, lines.map((line) => line.sheet), lines.map((line) => line.line)],
  );
  return found.map((row) => ({ sheet: Number(row.sheet), line: Number(row.line), withdrawnAt: new Date(row.withdrawn_at) }));
}

/**
 * Derive a line's nullifier from the same resident key as on the wallet and
 * passkey channels, and its weak identity key. An incomplete line hashes its
 * sheet reference instead and has no weak key, so it never matches a person.
 */
export function preparePaperLine(serverSecret: Buffer, petitionKey: Buffer, line: PaperLine): PreparedPaperLine {
  if (line.identity === undefined) {
    return { line, nullifier: nullifier(petitionKey, Buffer.from(`${LINE_KEY_LABEL} ${line.sheet} ${line.line}`, "utf8")), weakKey: null };
  }
  return { line, nullifier: nullifier(petitionKey, residentKeyOf(serverSecret, line.identity)), weakKey: weakIdentityKey(serverSecret, petitionKey, line.identity) };
}
