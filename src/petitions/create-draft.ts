import { recordAudit } from "../audit/record-audit";
import { petitions } from "../db/schema";
import { insertPetitionKey } from "../signing/petition-keys";
import { addTeamMember } from "../staff/petition-teams";
import type { DraftContent } from "./draft-form";
import type { PetitionContext } from "./petition-context";
import type { Petition } from "./queries";

/**
 * Store a validated draft, its wrapped petition key, its creator's place on
 * the team and the audit entry, in one transaction.
 */
export async function createDraft(ctx: PetitionContext, input: { actorId: string; content: DraftContent }): Promise<Petition> {
  const now = ctx.clock.now();

  const petition = await ctx.database.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(petitions)
      .values({ ...input.content, status: "draft", createdBy: input.actorId, createdAt: now, updatedAt: now })
      .returning();
    if (created === undefined) throw new Error("insert into petitions returned no row");
    await insertPetitionKey(tx, ctx.serverSecret, created.id);
    await addTeamMember(tx, created.id, input.actorId);
    await recordAudit(tx, { actorId: input.actorId, action: "petition.created", petitionId: created.id, at: now });
    return created;
  });

  ctx.log.info({ event: "petition.created", petitionId: petition.id, staffId: input.actorId }, "draft created");
  return petition;
}
