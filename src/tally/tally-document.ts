import type { ChannelCounts, TallyFigures } from "../db/schema";
import { INVALID_REASONS } from "../review/invalid-reasons";
import { municipalityName } from "../municipalities/lookup-municipality";
import type { Petition } from "../petitions/queries";
import type { TallySnapshot } from "./create-tally";
import { publicTallyPaths } from "./public-tally-paths";
import { emptyChannelCounts } from "./tally-counts";

/** Everything the PDF, CSV and JSON of a tally show: the stored snapshot and the petition's frozen content. */
export type TallyDocument = {
  snapshot: TallySnapshot;
  petition: Petition;
  /** Municipalities whose residents may sign, by key and name (the key itself for a municipality the platform does not know). */
  municipalities: { key: string; name: string }[];
  headHash: string;
  /** Absolute address of the public recompute page. */
  recomputeUrl: string;
};

export function tallyDocument(snapshot: TallySnapshot, petition: Petition, publicUrl: string): TallyDocument {
  return {
    snapshot,
    petition,
    municipalities: petition.rules.municipalityKeys.map((key) => ({ key, name: municipalityName(key) ?? key })),
    headHash: Buffer.from(snapshot.headHash).toString("hex"),
    recomputeUrl: new URL(publicTallyPaths(snapshot.publicToken).page, publicUrl).toString(),
  };
}

export type TallyOutcome = "valid" | "provisional" | "invalid" | "duplicateAttempts" | "withdrawn";

/** One row of a tally's count table: an outcome, the reason of an invalid one, and the counts by channel. */
export type TallyRow = { outcome: TallyOutcome; reason: string | null; counts: ChannelCounts };

/**
 * List a tally's counts as table rows in a fixed order: valid, provisional,
 * invalid by reason in the order of INVALID_REASONS (one row with zeros when
 * the tally names no reason), duplicate attempts, withdrawn.
 */
export function tallyRows(figures: TallyFigures): TallyRow[] {
  const rank = (reason: string) => {
    const index = (INVALID_REASONS as readonly string[]).indexOf(reason);
    return index === -1 ? INVALID_REASONS.length : index;
  };
  const reasons = Object.keys(figures.invalid).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const invalidRows: TallyRow[] =
    reasons.length === 0
      ? [{ outcome: "invalid", reason: null, counts: emptyChannelCounts() }]
      : reasons.map((reason) => ({ outcome: "invalid", reason, counts: figures.invalid[reason]! }));
  return [
    { outcome: "valid", reason: null, counts: figures.valid },
    { outcome: "provisional", reason: null, counts: figures.provisional },
    ...invalidRows,
    { outcome: "duplicateAttempts", reason: null, counts: figures.duplicateAttempts },
    { outcome: "withdrawn", reason: null, counts: figures.withdrawn },
  ];
}

/** Shorten the petition id to its first 8 characters for file names. */
export function fileSlug(document: TallyDocument): string {
  return document.petition.id.slice(0, 8);
}
