import type { CryptoKey } from "jose";

/**
 * The relying party's access certificate and key, which sign our request
 * objects and from which the client identifier is derived.
 */
export type VerifierIdentity = {
  /** DER certificates, leaf first; the x5c header of every request object. */
  certificateChain: Buffer[];
  privateKey: CryptoKey;
  /** Client identifier with its prefix, e.g. "x509_hash:…" or "x509_san_dns:…". */
  clientId: string;
};
