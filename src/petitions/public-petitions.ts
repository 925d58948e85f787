import type { Database } from "../db/client";
import { readSignatureCounts } from "../signing/signature-counts";
import { type CollectionPhase, collectionPhase } from "./collection-period";
import { findPetition, listCollectingPetitions, type Petition } from "./queries";
import { type QuorumProgress, quorumProgress } from "./quorum-progress";

/** The part of a petition the public pages show: its text, its phase in the collection period, and its count. */
export type PublicPetition = { petition: Petition; phase: CollectionPhase; progress: QuorumProgress };

async function toPublicPetition(database: Database, petition: Petition, now: Date): Promise<PublicPetition> {
  const counts = await readSignatureCounts(database, petition.id);
  return { petition, phase: collectionPhase(petition, now), progress: quorumProgress(petition, counts) };
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
