import { X509Certificate } from "node:crypto";
import type { KeyObject } from "node:crypto";

/** Maximum number of certificates accepted in x5c, leaf included. */
const MAX_CHAIN_LENGTH = 8;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** A trust anchor that an x5c chain ends in, with the time window in which every certificate on that path is valid. */
export type AnchorMatch = { anchor: X509Certificate; notBefore: number; notAfter: number };

/**
 * Result of checking an x5c header (RFC 7515 §4.1.6) against a set of trust
 * anchors, independent of the clock so that it can be cached; the caller
 * checks `now` against each match's window.
 */
export type ChainCheck = { ok: true; leafKey: KeyObject; matches: AnchorMatch[] } | { ok: false };

/**
 * Check that each certificate of x5c is issued and signed by the next, that
 * every issuing certificate is a CA, and which anchors the chain ends in: the
 * last certificate either is an anchor or is issued and signed by one.
 */
export function checkX5cChain(x5c: unknown, anchors: readonly X509Certificate[]): ChainCheck {
  const certificates = parseX5c(x5c);
  if (certificates === undefined) return { ok: false };

  for (let index = 0; index + 1 < certificates.length; index++) {
    const child = certificates[index]!;
    const parent = certificates[index + 1]!;
    if (!parent.ca || !child.checkIssued(parent) || !child.verify(parent.publicKey)) return { ok: false };
  }

  const chainWindow = validityWindow(certificates);
  const top = certificates[certificates.length - 1]!;
  const matches: AnchorMatch[] = [];
  for (const anchor of anchors) {
    const isAnchor = top.raw.equals(anchor.raw);
    if (!isAnchor && !(anchor.ca && top.checkIssued(anchor) && top.verify(anchor.publicKey))) continue;
    const anchorWindow = validityWindow([anchor]);
    matches.push({
      anchor,
      notBefore: Math.max(chainWindow.notBefore, anchorWindow.notBefore),
      notAfter: Math.min(chainWindow.notAfter, anchorWindow.notAfter),
    });
  }
  return { ok: true, leafKey: certificates[0]!.publicKey, matches };
}

function parseX5c(x5c: unknown): X509Certificate[] | undefined {
  if (!Array.isArray(x5c) || x5c.length === 0 || x5c.length > MAX_CHAIN_LENGTH) return undefined;
  const certificates: X509Certificate[] = [];
  for (const entry of x5c) {
    // NOTE: x5c entries are standard base64 of the DER certificate, not base64url (RFC 7515 §4.1.6).
    if (typeof entry !== "string" || !BASE64.test(entry)) return undefined;
    try {
      certificates.push(new X509Certificate(Buffer.from(entry, "base64")));
    } catch {
      return undefined;
    }
  }
  return certificates;
}

function validityWindow(certificates: readonly X509Certificate[]): { notBefore: number; notAfter: number } {
  let notBefore = Number.NEGATIVE_INFINITY;
  let notAfter = Number.POSITIVE_INFINITY;
  for (const certificate of certificates) {
    notBefore = Math.max(notBefore, Date.parse(certificate.validFrom));
    notAfter = Math.min(notAfter, Date.parse(certificate.validTo));
  }
  return { notBefore, notAfter };
}
