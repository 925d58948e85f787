import { collectionPhase } from "./collection-period";
import type { PublicPetition } from "./public-petitions";
import type { Petition } from "./queries";
import { quorumProgress } from "./quorum-progress";

/**
 * Show a draft as its public page will look once published: in the phase
 * its period gives it as a collecting petition, with no signatures yet.
 */
export function previewPetition(petition: Petition, now: Date): PublicPetition {
  const counts = { total: 0, proven: 0, confirmed: 0, provisional: 0, byChannel: { wallet: 0, passkey: 0, paper: 0 }, validByChannel: { wallet: 0, passkey: 0, paper: 0 } };
  return {
    petition,
    phase: collectionPhase({ ...petition, status: "collecting" }, now),
    progress: quorumProgress(petition, counts),
  };
}
