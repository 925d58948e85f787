import type { Petition } from "../petitions/queries";
import type { OwnSignature } from "./signed-petitions";

/**
 * Way a resident's own signature counts. The account and petition pages show
 * a text per kind and offer the online withdrawal only for online kinds.
 * - paper: signed on a list. A withdrawal goes in writing to the election office.
 * - online_support: signed online where only paper counts. It shows support
 *   but does not count toward the quorum.
 * - online: signed online, and it counts toward the quorum.
 */
export type OwnSignatureKind = "paper" | "online_support" | "online";

/** Classify the resident's signature on this petition by its channel and the petition's signature kinds. */
export function ownSignatureKind(petition: Pick<Petition, "signatureKinds">, signature: Pick<OwnSignature, "channel">): OwnSignatureKind {
  if (signature.channel === "paper") return "paper";
  return petition.signatureKinds.includes("online") ? "online" : "online_support";
}
