import type { SignatureKind } from "../db/schema";
import type { SignatureCounts } from "../signing/signature-counts";

export type QuorumProgress = {
  /** Signatures of the kinds that count toward this petition's quorum. */
  towardQuorum: number;
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
 * Split a petition's counts by whether they count toward its quorum: wallet
 * and passkey signatures are "online", paper entries "paper".
 */
export function quorumProgress(
  petition: { quorum: number; signatureKinds: SignatureKind[] },
  counts: SignatureCounts,
): QuorumProgress {
  const online = counts.byChannel.wallet + counts.byChannel.passkey;
  const onlineCounts = petition.signatureKinds.includes("online");
  const paperCounts = petition.signatureKinds.includes("paper");
  const towardQuorum = (onlineCounts ? online : 0) + (paperCounts ? counts.byChannel.paper : 0);
  return {
    towardQuorum,
    onlineNotCounting: onlineCounts ? 0 : online,
    proven: counts.proven,
    confirmed: counts.confirmed,
    provisional: counts.provisional,
    quorum: petition.quorum,
    reached: towardQuorum >= petition.quorum,
  };
}
