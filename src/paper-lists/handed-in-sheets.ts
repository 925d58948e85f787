import { and, asc, eq, inArray } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Database, Tx } from "../db/client";
import { paperSheetIssues, paperSheets, petitions } from "../db/schema";
import type { PetitionContext } from "../petitions/petition-context";
import { ok } from "../result";
import { sheetsNotIssued } from "./issued-sheets";
import { mergeRanges } from "./sheet-numbers";

/** A sheet handed in, with the number of signatures the organisers counted on it. */
export type HandedInSheet = typeof paperSheets.$inferSelect;

/** Sheets handed in and the signatures on them, summed. */
export type PaperSheetTotals = { sheets: number; signatures: number };

export type SheetErrorCode = "PETITION_NOT_FOUND" | "PAPER_NOT_ACCEPTED" | "DECIDED" | "NOT_ISSUED" | "ALREADY_RECORDED" | "SHEET_NOT_FOUND";

/** Outcome of a change to the sheets handed in: a Result whose failure also names the sheets at fault, if any. */
export type SheetResult<T> = { ok: true; value: T } | { ok: false; error: SheetErrorCode; sheets: number[] };

const failure = (error: SheetErrorCode, sheets: number[] = []): { ok: false; error: SheetErrorCode; sheets: number[] } => ({ ok: false, error, sheets });

/** List a petition's sheets handed in, by sheet number. */
export async function listHandedInSheets(database: Database, petitionId: string): Promise<HandedInSheet[]> {
  return database.db.select().from(paperSheets).where(eq(paperSheets.petitionId, petitionId)).orderBy(asc(paperSheets.sheetNumber));
}

/** Count a petition's sheets handed in and sum their signatures. */
export async function readPaperSheetTotals(database: Database, petitionId: string): Promise<PaperSheetTotals> {
  const [row] = await database.rows<{ sheets: number; signatures: number }>(
    "select count(*)::int as sheets, coalesce(sum(signature_count), 0)::int as signatures from paper_sheets where petition_id = $1::uuid",
    [petitionId],
  );
  return { sheets: Number(row?.sheets ?? 0), signatures: Number(row?.signatures ?? 0) };
}

/**
 * Lock the petition row and check that its sheets may change: it takes
 * paper signatures, is published, and its admissibility is not decided yet.
 * Concurrent changes to one petition's sheets take turns on this lock.
 */
async function lockForSheets(tx: Tx, petitionId: string): Promise<SheetResult<void>> {
  const [petition] = await tx.select({ status: petitions.status, kinds: petitions.signatureKinds }).from(petitions).where(eq(petitions.id, petitionId)).for("update");
  if (petition === undefined || petition.status === "draft") return failure("PETITION_NOT_FOUND");
  if (!petition.kinds.includes("paper")) return failure("PAPER_NOT_ACCEPTED");
  if (petition.status === "decided") return failure("DECIDED");
  return ok(undefined);
}

/**
 * Record sheets handed in, each with the same signature count. Every sheet
 * must have been issued and none recorded before; otherwise nothing is
 * stored and the error names the offending sheets. The caller has checked
 * that the count lies within the lines of a sheet.
 */
export async function recordHandedInSheets(
  ctx: PetitionContext,
  input: { actorId: string; petitionId: string; sheets: number[]; signatureCount: number },
): Promise<SheetResult<number>> {
  const now = ctx.clock.now();
  const result = await ctx.database.db.transaction(async (tx): Promise<SheetResult<number>> => {
    const allowed = await lockForSheets(tx, input.petitionId);
    if (!allowed.ok) return allowed;

    const issued = await tx
      .select({ first: paperSheetIssues.firstSheet, last: paperSheetIssues.lastSheet })
      .from(paperSheetIssues)
      .where(eq(paperSheetIssues.petitionId, input.petitionId));
    const notIssued = sheetsNotIssued(input.sheets, mergeRanges(issued));
    if (notIssued.length > 0) return failure("NOT_ISSUED", notIssued);

    const existing = await tx
      .select({ sheet: paperSheets.sheetNumber })
      .from(paperSheets)
      .where(and(eq(paperSheets.petitionId, input.petitionId), inArray(paperSheets.sheetNumber, input.sheets)));
    if (existing.length > 0) return failure("ALREADY_RECORDED", existing.map((row) => row.sheet).sort((a, b) => a - b));

    await tx.insert(paperSheets).values(
      input.sheets.map((sheetNumber) => ({ petitionId: input.petitionId, sheetNumber, signatureCount: input.signatureCount, recordedBy: input.actorId, recordedAt: now })),
    );
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "paper_sheets.recorded",
      petitionId: input.petitionId,
      details: { sheets: input.sheets.length, firstSheet: input.sheets[0], lastSheet: input.sheets.at(-1), signatureCount: input.signatureCount },
      at: now,
    });
    return ok(input.sheets.length);
  });
  logOutcome(ctx, input, "paper_sheets.recorded", result);
  return result;
}

/** Change the signature count of a sheet handed in; the audit log keeps the old count. */
export async function correctHandedInSheet(
  ctx: PetitionContext,
  input: { actorId: string; petitionId: string; sheet: number; signatureCount: number },
): Promise<SheetResult<HandedInSheet>> {
  const now = ctx.clock.now();
  const result = await ctx.database.db.transaction(async (tx): Promise<SheetResult<HandedInSheet>> => {
    const allowed = await lockForSheets(tx, input.petitionId);
    if (!allowed.ok) return allowed;
    const where = and(eq(paperSheets.petitionId, input.petitionId), eq(paperSheets.sheetNumber, input.sheet));
    const [previous] = await tx.select().from(paperSheets).where(where);
    if (previous === undefined) return failure("SHEET_NOT_FOUND");

    const [updated] = await tx.update(paperSheets).set({ signatureCount: input.signatureCount, recordedBy: input.actorId, recordedAt: now }).where(where).returning();
    if (updated === undefined) throw new Error("update of a locked sheet returned no row");
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "paper_sheets.corrected",
      petitionId: input.petitionId,
      details: { sheet: input.sheet, signatureCount: input.signatureCount, previousSignatureCount: previous.signatureCount },
      at: now,
    });
    return ok(updated);
  });
  logOutcome(ctx, input, "paper_sheets.corrected", result);
  return result;
}

/** Remove a sheet recorded by mistake; the audit log keeps its number and count. */
export async function removeHandedInSheet(ctx: PetitionContext, input: { actorId: string; petitionId: string; sheet: number }): Promise<SheetResult<void>> {
  const now = ctx.clock.now();
  const result = await ctx.database.db.transaction(async (tx): Promise<SheetResult<void>> => {
    const allowed = await lockForSheets(tx, input.petitionId);
    if (!allowed.ok) return allowed;
    const [removed] = await tx
      .delete(paperSheets)
      .where(and(eq(paperSheets.petitionId, input.petitionId), eq(paperSheets.sheetNumber, input.sheet)))
      .returning();
    if (removed === undefined) return failure("SHEET_NOT_FOUND");
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "paper_sheets.removed",
      petitionId: input.petitionId,
      details: { sheet: input.sheet, signatureCount: removed.signatureCount },
      at: now,
    });
    return ok(undefined);
  });
  logOutcome(ctx, input, "paper_sheets.removed", result);
  return result;
}

function logOutcome(ctx: PetitionContext, input: { actorId: string; petitionId: string }, event: string, result: SheetResult<unknown>): void {
  const log = ctx.log.child({ petitionId: input.petitionId, staffId: input.actorId });
  if (result.ok) log.info({ event }, "paper sheets changed");
  else log.warn({ event: `${event}_rejected`, reason: result.error }, "paper sheet change rejected");
}
