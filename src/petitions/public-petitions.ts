import type { Database } from "../db/client";
import { readSignatureCounts } from "../signing/signature-counts";
import { type CollectionPhase, collectionPhase } from "./collection-period";
import { isSubmitted } from "./concluded";
import { findPetition, listCollectingPetitions, type Petition } from "./queries";
import { type QuorumProgress, quorumProgress } from "./quorum-progress";
import { loadSubmissionState, type SubmissionState } from "./submission-state";

/**
 * The part of a petition the public pages show: its text, its phase in the
 * collection period, its count and, once submitted, the submission, quorum
 * basis and admissibility decision.
 */
export type PublicPetition = { petition: Petition; phase: CollectionPhase; progress: QuorumProgress; submission?: SubmissionState };

async function toPublicPetition(database: Database, petition: Petition, now: Date): Promise<PublicPetition> {
  const [counts, submission] = await Promise.all([
    readSignatureCounts(database, petition.id),
    isSubmitted(petition) ? loadSubmissionState(database, petition.id) : undefined,
  ]);
  const view: PublicPetition = { petition, phase: collectionPhase(petition, now), progress: quorumProgress(petition, counts) };
  return submission === undefined ? view : { ...view, submission };
}

/** Load a petition for its public page; undefined when it is unknown or still a draft. */
export async function loadPublicPetition(database: Database, id: string, now: Date): Promise<PublicPetition | undefined> {
  const petition = await findPetition(database, id);
  if (petition === undefined || petition.status === "draft") return undefined;
  return toPublicPetition(database, petition, now);
}

/** List the petitions collecting today, with their counts, for the start page. */
export async function listPublicPetitions(database: Database, now: Date): Promise<PublicPetition[]> {
  const petitions = await listCollectingPetitions(database, now);
  return Promise.all(petitions.map((petition) => toPublicPetition(database, petition, now)));
}
