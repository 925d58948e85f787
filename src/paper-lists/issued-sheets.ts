import { asc, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { paperSheetIssues } from "../db/schema";
import type { PetitionContext } from "../petitions/petition-context";
import { mergeRanges, type SheetRange } from "./sheet-numbers";

/** List the sheet numbers issued for a petition as sorted, disjoint ranges. */
export async function listIssuedRanges(database: Database, petitionId: string): Promise<SheetRange[]> {
  const rows = await database.db
    .select({ first: paperSheetIssues.firstSheet, last: paperSheetIssues.lastSheet })
    .from(paperSheetIssues)
    .where(eq(paperSheetIssues.petitionId, petitionId))
    .orderBy(asc(paperSheetIssues.firstSheet));
  return mergeRanges(rows);
}

/** Return the first sheet number after every issued one, 1 when none was issued. */
export function nextFreeSheet(issued: readonly SheetRange[]): number {
  return Math.max(0, ...issued.map((range) => range.last)) + 1;
}

/** Check whether every sheet number lies in one of the issued ranges; returns the numbers that do not. */
export function sheetsNotIssued(sheets: readonly number[], issued: readonly SheetRange[]): number[] {
  return sheets.filter((sheet) => !issued.some((range) => range.first <= sheet && sheet <= range.last));
}

/**
 * Record that organisers downloaded the sheets first to last, so that sheets
 * handed in can be checked against them. Printing a range again records it
 * again, which the audit log shows.
 */
export async function recordIssuedSheets(ctx: PetitionContext, input: { actorId: string; petitionId: string; range: SheetRange }): Promise<void> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    await tx.insert(paperSheetIssues).values({
      petitionId: input.petitionId,
      firstSheet: input.range.first,
      lastSheet: input.range.last,
      issuedBy: input.actorId,
      issuedAt: now,
    });
    await recordAudit(tx, { actorId: input.actorId, action: "paper_sheets.issued", petitionId: input.petitionId, details: { ...input.range }, at: now });
  });
  ctx.log.info({ event: "paper_sheets.issued", petitionId: input.petitionId, staffId: input.actorId, ...input.range }, "signature lists issued");
}
