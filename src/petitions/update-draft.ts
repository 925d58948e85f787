import { isDeepStrictEqual } from "node:util";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { petitions } from "../db/schema";
import { err, ok, type Result } from "../result";
import type { DraftContent } from "./draft-form";
import type { PetitionContext } from "./petition-context";
import { isUuid, type Petition } from "./queries";

export type UpdateDraftError = "PETITION_NOT_FOUND" | "NOT_A_DRAFT" | "VERSION_CONFLICT";

/**
 * Replace a draft's content. Only drafts change: once published, the text
 * residents sign is frozen, so NOT_A_DRAFT. The edit must start from the
 * stored version: one saved meanwhile, in another tab or by another
 * organiser, gives VERSION_CONFLICT instead of being overwritten. The row is
 * locked while it is checked and written, so a publish running at the same
 * time either comes first or finds a newer version. The audit entry names
 * the fields that changed, not their values.
 */
export async function updateDraft(
  ctx: PetitionContext,
  input: { actorId: string; petitionId: string; expectedVersion: number | undefined; content: DraftContent },
): Promise<Result<Petition, UpdateDraftError>> {
  if (!isUuid(input.petitionId)) return err("PETITION_NOT_FOUND");
  const now = ctx.clock.now();

  const result = await ctx.database.db.transaction(async (tx): Promise<Result<Petition, UpdateDraftError>> => {
    const [current] = await tx.select().from(petitions).where(eq(petitions.id, input.petitionId)).for("update");
    if (current === undefined) return err("PETITION_NOT_FOUND");
    if (current.status !== "draft") return err("NOT_A_DRAFT");
    if (current.version !== input.expectedVersion) return err("VERSION_CONFLICT");

    const changedFields = (Object.keys(input.content) as (keyof DraftContent)[]).filter(
      (field) => !isDeepStrictEqual(current[field], input.content[field]),
    );
    const [updated] = await tx
      .update(petitions)
      .set({ ...input.content, version: current.version + 1, updatedAt: now })
      .where(eq(petitions.id, input.petitionId))
      .returning();
    if (updated === undefined) throw new Error("update of a locked petition returned no row");
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "petition.updated",
      petitionId: updated.id,
      details: { changedFields, version: updated.version },
      at: now,
    });
    return ok(updated);
  });

  const log = ctx.log.child({ petitionId: input.petitionId, staffId: input.actorId });
  if (result.ok) log.info({ event: "petition.updated" }, "draft updated");
  else log.warn({ event: "petition.update_rejected", reason: result.error }, "draft update rejected");
  return result;
}
