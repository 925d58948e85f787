import type { ChannelCounts } from "../db/schema";
import { channelTotal } from "./tally-counts";
import type { TallyDocument } from "./tally-document";

/** Version of the JSON layout below; a change that renames or removes a field gets a new one. */
export const TALLY_JSON_FORMAT = "mitzeichnen-tally-v1";

type CountsJson = ChannelCounts & { total: number };

function countsJson(counts: ChannelCounts): CountsJson {
  return { ...counts, total: channelTotal(counts) };
}

/**
 * Build the JSON of a tally. The fields are documented in the README
 * ("Certified tally"): dates are ISO 8601 (instants in UTC, calendar dates
 * as YYYY-MM-DD), the head hash is lower-case hex, and every count is an
 * object with wallet, passkey, paper and total.
 */
export function tallyJson(document: TallyDocument) {
  const { snapshot, petition } = document;
  const figures = snapshot.figures;
  return {
    format: TALLY_JSON_FORMAT,
    tallyId: snapshot.id,
    petition: {
      id: petition.id,
      title: petition.title,
      decisionProposal: petition.decisionProposal,
      municipalities: document.municipalities,
      collectionStart: petition.collectionStart,
      collectionEnd: petition.collectionEnd,
    },
    generatedAt: snapshot.generatedAt.toISOString(),
    generatedBy: snapshot.generatedByName,
    quorum: snapshot.quorum,
    towardQuorum: figures.towardQuorum,
    quorumReached: snapshot.quorumReached,
    openPossibleDuplicates: figures.openPossibleDuplicates ?? null,
    counts: {
      valid: countsJson(figures.valid),
      provisional: countsJson(figures.provisional),
      invalid: Object.fromEntries(Object.entries(figures.invalid).map(([reason, counts]) => [reason, countsJson(counts)])),
      duplicateAttempts: countsJson(figures.duplicateAttempts),
      withdrawn: countsJson(figures.withdrawn),
    },
    daily: figures.daily.map((day) => ({ date: day.day, count: day.count })),
    log: { length: snapshot.logLength, headHash: document.headHash },
    recomputeUrl: document.recomputeUrl,
  };
}
