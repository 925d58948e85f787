import type { SignatureKind } from "../db/schema";
import type { SignatureChannel, SignatureCounts } from "../signing/signature-counts";

export type QuorumProgress = {
  /** Valid (proven or confirmed) signatures of the kinds that count toward this petition's quorum. */
  towardQuorum: number;
  /** Provisional signatures of the kinds that count. The election office still checks them, so towardQuorum leaves them out. */
  provisionalTowardQuorum: number;
  /** Online signatures collected although only paper counts for this petition. */
  onlineNotCounting: number;
  /** Online signatures whose every rule the credential proved. */
  proven: number;
  /** Signatures the election office confirmed: valid paper lines and confirmed provisional ones. */
  confirmed: number;
  provisional: number;
  quorum: number;
  reached: boolean;
};

/**
 * Sum the signatures of the kinds that count toward a petition's quorum:
 * wallet and passkey signatures are "online", paper entries "paper". Pass
 * valid signatures only (proven and confirmed) to get the number toward the
 * quorum that the public page, the dashboard and the certified tally share.
 */
export function countTowardQuorum(signatureKinds: readonly SignatureKind[], byChannel: Record<SignatureChannel, number>): number {
  const online = signatureKinds.includes("online") ? byChannel.wallet + byChannel.passkey : 0;
  const paper = signatureKinds.includes("paper") ? byChannel.paper : 0;
  return online + paper;
}

/** Split a petition's counts by whether they count toward its quorum, and whether the election office still checks them. */
export function quorumProgress(
  petition: { quorum: number; signatureKinds: SignatureKind[] },
  counts: SignatureCounts,
): QuorumProgress {
  const towardQuorum = countTowardQuorum(petition.signatureKinds, counts.validByChannel);
  const online = counts.byChannel.wallet + counts.byChannel.passkey;
  return {
    towardQuorum,
    provisionalTowardQuorum: countTowardQuorum(petition.signatureKinds, counts.byChannel) - towardQuorum,
    onlineNotCounting: petition.signatureKinds.includes("online") ? 0 : online,
    proven: counts.proven,
    confirmed: counts.confirmed,
    provisional: counts.provisional,
    quorum: petition.quorum,
    reached: towardQuorum >= petition.quorum,
  };
}
