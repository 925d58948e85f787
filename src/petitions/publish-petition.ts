import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { petitions } from "../db/schema";
import { err, ok, type Result } from "../result";
import { berlinDate } from "./collection-period";
import type { PetitionContext } from "./petition-context";
import { isUuid, type Petition } from "./queries";

export type PublishError = "PETITION_NOT_FOUND" | "NOT_A_DRAFT" | "VERSION_CONFLICT" | "PERIOD_ENDED";

/**
 * Publish a draft: its status becomes collecting and its content is frozen.
 * Residents can sign from the first day of the collection period, which may
 * lie in the future. A period that has already ended cannot be published.
 * Only the version the publisher confirmed is published: a draft saved
 * since then gives VERSION_CONFLICT.
 */
export async function publishPetition(
  ctx: PetitionContext,
  input: { actorId: string; petitionId: string; expectedVersion: number | undefined },
): Promise<Result<Petition, PublishError>> {
  if (!isUuid(input.petitionId)) return err("PETITION_NOT_FOUND");
  const now = ctx.clock.now();

  const result = await ctx.database.db.transaction(async (tx): Promise<Result<Petition, PublishError>> => {
    const [current] = await tx.select().from(petitions).where(eq(petitions.id, input.petitionId)).for("update");
    if (current === undefined) return err("PETITION_NOT_FOUND");
    if (current.status !== "draft") return err("NOT_A_DRAFT");
    if (current.version !== input.expectedVersion) return err("VERSION_CONFLICT");
    if (current.collectionEnd < berlinDate(now)) return err("PERIOD_ENDED");

    const [published] = await tx
      .update(petitions)
      .set({ status: "collecting", version: current.version + 1, publishedAt: now, updatedAt: now })
      .where(eq(petitions.id, input.petitionId))
      .returning();
    if (published === undefined) throw new Error("update of a locked petition returned no row");
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "petition.published",
      petitionId: published.id,
      details: { version: current.version },
      at: now,
    });
    return ok(published);
  });

  const log = ctx.log.child({ petitionId: input.petitionId, staffId: input.actorId });
  if (result.ok) log.info({ event: "petition.published" }, "petition published");
  else log.warn({ event: "petition.publish_rejected", reason: result.error }, "publish rejected");
  return result;
}
