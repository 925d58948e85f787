import { countTowardQuorum } from "../petitions/quorum-progress";
import { randomBytes } from "node:crypto";
import { recordAudit } from "../audit/record-audit";
import type { Clock } from "../clock";
import type { Database } from "../db/client";
import { type TallyFigures, tallySnapshots } from "../db/schema";
import { berlinDate } from "../petitions/collection-period";
import type { Petition } from "../petitions/queries";
import { err, ok, type Result } from "../result";
import { sealPetitionLog } from "../signature-log/seal-log";
import { readDailySignatureCounts } from "../signing/daily-signature-counts";
import { readTallyCounts, type TallyCounts } from "./tally-counts";

export type TallySnapshot = typeof tallySnapshots.$inferSelect;

/** LOG_BUSY: signatures kept changing while the tally was taken, so no count matched one log head. */
export type CreateTallyError = "LOG_BUSY";

export type TallyContext = { database: Database; clock: Clock };

/** Attempts at reading counts that one sealed head covers before giving up. */
const MAX_ATTEMPTS = 5;

/**
 * Seal the petition's log, then take and store a certified tally: the counts,
 * the sealed length and head hash, the quorum and whether it is reached, who
 * and when. The counts and the head are read in one snapshot, and kept only
 * when no entry was appended after the sealing, so they are exactly the
 * counts of the log up to that head. The audit entry commits with the tally.
 */
export async function createTally(
  ctx: TallyContext,
  input: { petition: Petition; staff: { id: string; name: string } },
): Promise<Result<TallySnapshot, CreateTallyError>> {
  const { petition, staff } = input;

  const covered = await readCountsCoveredByHead(ctx.database, petition.id);
  if (covered === undefined) return err("LOG_BUSY");

  const now = ctx.clock.now();
  const figures = await tallyFigures(ctx.database, petition, covered.counts, berlinDate(now));
  const quorumReached = figures.towardQuorum >= petition.quorum;

  const snapshot = await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(tallySnapshots)
      .values({
        petitionId: petition.id,
        publicToken: randomBytes(32).toString("base64url"),
        logLength: covered.length,
        headHash: Buffer.from(covered.headHash, "hex"),
        quorum: petition.quorum,
        quorumReached,
        figures,
        generatedBy: staff.id,
        generatedByName: staff.name,
        generatedAt: now,
      })
      .returning();
    if (row === undefined) throw new Error("insert into tally_snapshots returned no row");
    await recordAudit(tx, {
      actorId: staff.id,
      action: "tally.certified",
      petitionId: petition.id,
      details: { tallyId: row.id, logLength: covered.length, towardQuorum: figures.towardQuorum, quorumReached },
      at: now,
    });
    return row;
  });
  return ok(snapshot);
}

type CoveredCounts = { counts: TallyCounts; length: number; headHash: string };

async function readCountsCoveredByHead(database: Database, petitionId: string): Promise<CoveredCounts | undefined> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const sealed = await sealPetitionLog(database, petitionId);
    const { counts, head } = await readTallyCounts(database, petitionId);
    // An entry appended after the sealing is either unsealed now or was sealed by the background sealer, which moved the head.
    if (head.unsealed === 0 && head.length === sealed.length) return { counts, length: head.length, headHash: head.headHash };
  }
  return undefined;
}

async function tallyFigures(database: Database, petition: Petition, counts: TallyCounts, today: string): Promise<TallyFigures> {
  const lastDay = today < petition.collectionEnd ? today : petition.collectionEnd;
  const days = await readDailySignatureCounts(database, petition.id, petition.collectionStart, lastDay < petition.collectionStart ? petition.collectionStart : lastDay);

  return {
    ...counts,
    towardQuorum: countTowardQuorum(petition.signatureKinds, counts.valid),
    daily: days.map((day) => ({ day: day.day, count: day.total })),
  };
}
