import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { admissibilityDecisions, petitions, petitionSubmissions, quorumBases } from "../db/schema";
import { err, ok, type Result } from "../result";
import { berlinDate } from "./collection-period";
import type { PetitionContext } from "./petition-context";
import { isUuid } from "./queries";

/** The election office's admissibility decision (Zulässigkeitsentscheidung) on a petition. */
export type AdmissibilityDecision = typeof admissibilityDecisions.$inferSelect;

export type DecisionError = "PETITION_NOT_FOUND" | "NOT_SUBMITTED" | "QUORUM_BASIS_MISSING" | "DECIDED_BEFORE_SUBMISSION";

export type DecisionInput = { admissible: boolean; decidedOn: string; reference: string; note: string };

/** Find a petition's admissibility decision; undefined while none is recorded. */
export async function findAdmissibilityDecision(database: Database, petitionId: string): Promise<AdmissibilityDecision | undefined> {
  if (!isUuid(petitionId)) return undefined;
  const [decision] = await database.db.select().from(admissibilityDecisions).where(eq(admissibilityDecisions.petitionId, petitionId));
  return decision;
}

/**
 * Record the admissibility decision on a submitted petition, whose status
 * becomes decided. The quorum basis must be recorded first, because the
 * decision rests on the quorum. A decided petition's decision can be
 * corrected: the row is replaced, its correction count rises, and the audit
 * log keeps the values replaced. The decision date cannot lie before the
 * Berlin date of the submission; the caller has checked that it is not in the future.
 */
export async function recordAdmissibilityDecision(
  ctx: PetitionContext,
  input: { actorId: string; petitionId: string; decision: DecisionInput },
): Promise<Result<{ decision: AdmissibilityDecision; corrected: boolean }, DecisionError>> {
  if (!isUuid(input.petitionId)) return err("PETITION_NOT_FOUND");
  const now = ctx.clock.now();
  const { petitionId, decision } = input;

  const result = await ctx.database.db.transaction(async (tx): Promise<Result<{ decision: AdmissibilityDecision; corrected: boolean }, DecisionError>> => {
    const [petition] = await tx.select({ status: petitions.status }).from(petitions).where(eq(petitions.id, petitionId)).for("update");
    if (petition === undefined) return err("PETITION_NOT_FOUND");
    if (petition.status !== "submitted" && petition.status !== "decided") return err("NOT_SUBMITTED");
    const [submission] = await tx.select({ submittedAt: petitionSubmissions.submittedAt }).from(petitionSubmissions).where(eq(petitionSubmissions.petitionId, petitionId));
    if (submission === undefined) throw new Error("a submitted petition has no submission record");
    const [basis] = await tx.select({ quorum: quorumBases.quorum }).from(quorumBases).where(eq(quorumBases.petitionId, petitionId));
    if (basis === undefined) return err("QUORUM_BASIS_MISSING");
    if (decision.decidedOn < berlinDate(submission.submittedAt)) return err("DECIDED_BEFORE_SUBMISSION");

    const [previous] = await tx.select().from(admissibilityDecisions).where(eq(admissibilityDecisions.petitionId, petitionId));
    const values = { petitionId, ...decision, recordedBy: input.actorId, recordedAt: now, corrections: previous === undefined ? 0 : previous.corrections + 1 };
    const [stored] = await tx.insert(admissibilityDecisions).values(values).onConflictDoUpdate({ target: admissibilityDecisions.petitionId, set: values }).returning();
    if (stored === undefined) throw new Error("upsert into admissibility_decisions returned no row");
    await tx.update(petitions).set({ status: "decided", updatedAt: now }).where(eq(petitions.id, petitionId));

    const summary = { admissible: decision.admissible, decidedOn: decision.decidedOn, reference: decision.reference };
    await recordAudit(tx, {
      actorId: input.actorId,
      action: previous === undefined ? "petition.admissibility_decided" : "petition.admissibility_corrected",
      petitionId,
      details:
        previous === undefined
          ? { ...summary, quorum: basis.quorum }
          : { ...summary, quorum: basis.quorum, previous: { admissible: previous.admissible, decidedOn: previous.decidedOn, reference: previous.reference, note: previous.note } },
      at: now,
    });
    return ok({ decision: stored, corrected: previous !== undefined });
  });

  const log = ctx.log.child({ petitionId, staffId: input.actorId });
  if (result.ok) log.info({ event: "petition.admissibility_recorded", admissible: decision.admissible, corrected: result.value.corrected }, "admissibility decision recorded");
  else log.warn({ event: "petition.admissibility_rejected", reason: result.error }, "admissibility decision rejected");
  return result;
}
