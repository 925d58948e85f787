import { createHash } from "node:crypto";

export type ClientIdPrefix = "x509_hash" | "x509_san_dns";

/**
 * Value of the x509_hash client identifier: base64url of the SHA-256 hash of
 * the DER leaf certificate (OpenID4VP 1.0 §5.9.3).
 */
export function x509Hash(leafDer: Buffer): string {
  return createHash("sha256").update(leafDer).digest("base64url");
}

/**
 * Build our client identifier. With x509_san_dns the DNS name must be a
 * dNSName SAN of the leaf and the host of every response_uri, which the
 * caller checks.
 */
export function clientIdFor(prefix: ClientIdPrefix, leafDer: Buffer, dnsName: string): string {
  return prefix === "x509_hash" ? `x509_hash:${x509Hash(leafDer)}` : `x509_san_dns:${dnsName}`;
}
