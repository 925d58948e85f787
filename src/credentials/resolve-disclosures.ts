import { createHash } from "node:crypto";
import { decodeBase64urlJson, isJsonObject } from "./compact-jws";

/** The only _sd_alg accepted; RFC 9901 §4.1.1 makes it the default when _sd_alg is absent. */
export const SD_HASH_ALGORITHM = "sha-256";

/** Deepest nesting of objects and arrays accepted in a payload or disclosure value. */
const MAX_DEPTH = 32;

// Copying an empty hash state costs about 40 % less than createHash() on Node 20, which matters at 16 or more disclosures per presentation.
const EMPTY_SHA256 = createHash("sha256");

export function sha256Base64url(data: string): string {
  return EMPTY_SHA256.copy().update(data, "utf8").digest("base64url");
}

type DecodedDisclosure = { key: string | undefined; value: unknown };

class DisclosureError extends Error {}

/**
 * Rebuild the payload with the presented disclosures in place (RFC 9901 §7.1
 * steps 3 to 5). Returns undefined when a disclosure is not valid JSON, names
 * the claim "_sd" or "...", is presented twice, is referenced by no digest, or
 * sits in the wrong place (an object property disclosure in an array or the
 * reverse). Also returns undefined when a digest occurs twice or a claim name
 * would be set twice.
 */
export function resolveDisclosures(payload: Record<string, unknown>, encodedDisclosures: string[]): Record<string, unknown> | undefined {
  const byDigest = new Map<string, DecodedDisclosure>();
  for (const encoded of encodedDisclosures) {
    const decoded = decodeDisclosure(encoded);
    if (decoded === undefined) return undefined;
    const digest = sha256Base64url(encoded);
    if (byDigest.has(digest)) return undefined;
    byDigest.set(digest, decoded);
  }

  const { _sd_alg: _ignored, ...claims } = payload;
  const walk = new DigestWalk(byDigest);
  let resolved: unknown;
  try {
    resolved = walk.resolve(claims, 0);
  } catch (error) {
    if (error instanceof DisclosureError) return undefined;
    throw error;
  }
  if (walk.used.size !== byDigest.size) return undefined;
  return resolved as Record<string, unknown>;
}

function decodeDisclosure(encoded: string): DecodedDisclosure | undefined {
  const raw = decodeBase64urlJson(encoded);
  if (!Array.isArray(raw) || typeof raw[0] !== "string") return undefined;
  if (raw.length === 2) return { key: undefined, value: raw[1] };
  if (raw.length !== 3) return undefined;
  const key: unknown = raw[1];
  if (typeof key !== "string" || key === "_sd" || key === "...") return undefined;
  return { key, value: raw[2] };
}

class DigestWalk {
  readonly used = new Set<string>();
  private readonly seen = new Set<string>();

  constructor(private readonly byDigest: Map<string, DecodedDisclosure>) {}

  resolve(node: unknown, depth: number): unknown {
    if (depth > MAX_DEPTH) throw new DisclosureError();
    if (Array.isArray(node)) return this.resolveArray(node, depth);
    if (isJsonObject(node)) return this.resolveObject(node, depth);
    return node;
  }

  private resolveObject(node: Record<string, unknown>, depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "_sd") continue;
      result[key] = this.resolve(value, depth + 1);
    }

    const digests = node._sd;
    if (digests === undefined) return result;
    if (!Array.isArray(digests)) throw new DisclosureError();
    for (const digest of digests) {
      const disclosure = this.take(digest);
      if (disclosure === undefined) continue;
      if (disclosure.key === undefined || Object.hasOwn(result, disclosure.key)) throw new DisclosureError();
      result[disclosure.key] = this.resolve(disclosure.value, depth + 1);
    }
    return result;
  }

  private resolveArray(node: unknown[], depth: number): unknown[] {
    const result: unknown[] = [];
    for (const element of node) {
      const digest = arrayElementDigest(element);
      if (digest === undefined) {
        result.push(this.resolve(element, depth + 1));
        continue;
      }
      const disclosure = this.take(digest);
      if (disclosure === undefined) continue;
      if (disclosure.key !== undefined) throw new DisclosureError();
      result.push(this.resolve(disclosure.value, depth + 1));
    }
    return result;
  }

  /** Record a digest as seen and return its disclosure, if presented; undisclosed claims and decoys return undefined. */
  private take(digest: unknown): DecodedDisclosure | undefined {
    if (typeof digest !== "string" || this.seen.has(digest)) throw new DisclosureError();
    this.seen.add(digest);
    const disclosure = this.byDigest.get(digest);
    if (disclosure !== undefined) this.used.add(digest);
    return disclosure;
  }
}

/** Return the digest of an array element disclosure ({"...": digest}, RFC 9901 §4.2.4.2), or undefined for a plain element. */
function arrayElementDigest(element: unknown): unknown {
  if (!isJsonObject(element) || !Object.hasOwn(element, "...")) return undefined;
  if (Object.keys(element).length !== 1) throw new DisclosureError();
  return element["..."];
}
