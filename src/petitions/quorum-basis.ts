import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { petitions, quorumBases } from "../db/schema";
import { err, ok, type Result } from "../result";
import type { PetitionContext } from "./petition-context";
import { isUuid } from "./queries";
import { QUORUM_PERCENT, quorumForEligibleResidents } from "./quorum";

/** The number of eligible residents at a reference date, as the election office entered it, and the quorum derived from it. */
export type QuorumBasis = typeof quorumBases.$inferSelect;

export type QuorumBasisError = "PETITION_NOT_FOUND" | "NOT_SUBMITTED" | "ALREADY_DECIDED";

/** Find the quorum basis the election office entered for a petition; undefined while there is none. */
export async function findQuorumBasis(database: Database, petitionId: string): Promise<QuorumBasis | undefined> {
  if (!isUuid(petitionId)) return undefined;
  const [basis] = await database.db.select().from(quorumBases).where(eq(quorumBases.petitionId, petitionId));
  return basis;
}

/**
 * Record the number of residents entitled to sign at a reference date for a
 * submitted petition and set its quorum to QUORUM_PERCENT of it, rounded
 * up. An earlier entry is replaced, with its values kept in the audit log,
 * until the admissibility decision fixes the quorum. The caller has checked
 * that the number is positive and the date not in the future.
 */
export async function recordQuorumBasis(
  ctx: PetitionContext,
  input: { actorId: string; petitionId: string; eligibleResidents: number; referenceDate: string },
): Promise<Result<QuorumBasis, QuorumBasisError>> {
  if (!isUuid(input.petitionId)) return err("PETITION_NOT_FOUND");
  const now = ctx.clock.now();
  const quorum = quorumForEligibleResidents(input.eligibleResidents);

  const result = await ctx.database.db.transaction(async (tx): Promise<Result<QuorumBasis, QuorumBasisError>> => {
    const [petition] = await tx.select({ status: petitions.status }).from(petitions).where(eq(petitions.id, input.petitionId)).for("update");
    if (petition === undefined) return err("PETITION_NOT_FOUND");
    if (petition.status === "decided") return err("ALREADY_DECIDED");
    if (petition.status !== "submitted") return err("NOT_SUBMITTED");

    const [previous] = await tx.select().from(quorumBases).where(eq(quorumBases.petitionId, input.petitionId));
    const values = {
      petitionId: input.petitionId,
      eligibleResidents: input.eligibleResidents,
      referenceDate: input.referenceDate,
      quorumPercent: QUORUM_PERCENT,
      quorum,
      recordedBy: input.actorId,
      recordedAt: now,
    };
    const [basis] = await tx.insert(quorumBases).values(values).onConflictDoUpdate({ target: quorumBases.petitionId, set: values }).returning();
    if (basis === undefined) throw new Error("upsert into quorum_bases returned no row");
    await tx.update(petitions).set({ quorum, eligibleResidents: input.eligibleResidents, updatedAt: now }).where(eq(petitions.id, input.petitionId));
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "petition.quorum_basis_recorded",
      petitionId: input.petitionId,
      details: {
        eligibleResidents: input.eligibleResidents,
        referenceDate: input.referenceDate,
        quorum,
        ...(previous === undefined ? {} : { previous: { eligibleResidents: previous.eligibleResidents, referenceDate: previous.referenceDate, quorum: previous.quorum } }),
      },
      at: now,
    });
    return ok(basis);
  });

  const log = ctx.log.child({ petitionId: input.petitionId, staffId: input.actorId });
  if (result.ok) log.info({ event: "petition.quorum_basis_recorded", quorum }, "quorum basis recorded");
  else log.warn({ event: "petition.quorum_basis_rejected", reason: result.error }, "quorum basis rejected");
  return result;
}
