import type { CryptoKey } from "jose";

/**
 * The relying party's access certificate and key, which sign our request
 * objects and from which the client identifier is derived.
 */
export type VerifierIdentity = {
  /**
   * DER certificates, leaf first, for the x5c header of every request object.
   * A self-signed trust anchor is never part of it (HAIP 1.0 §5).
   */
  certificateChain: Buffer[];
  /** Self-signed root that ends the configured chain, if the file contains one; wallets must already trust it. */
  trustAnchor: Buffer | undefined;
  /** ES256 signing key of the leaf certificate. */
  privateKey: CryptoKey;
  /** Client identifier with its prefix, e.g. "x509_hash:…" or "x509_san_dns:…". */
  clientId: string;
};
