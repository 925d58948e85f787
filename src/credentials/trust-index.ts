import { X509Certificate, type KeyObject } from "node:crypto";
import { err, ok, type Result } from "../result";
import { importPublicJwk, keyFitsAlgorithm, type AllowedAlgorithm } from "./signature-algorithms";
import type { TrustedIssuer, TrustList } from "./trust-list";
import { checkX5cChain, type ChainCheck } from "./x509-chain";

type IssuerKey = { kid: string | undefined; alg: string | undefined; key: KeyObject };

/** A trust list entry with its keys imported and its anchors parsed once. */
export type IndexedIssuer = {
  issuer: TrustedIssuer;
  keys: IssuerKey[];
  anchors: X509Certificate[];
};

/** Chains remembered per trust list; beyond this the cache starts over. */
const MAX_CACHED_CHAINS = 1024;

/** Imported keys and checked x5c chains for one TrustList, built on first use. */
export type TrustIndex = {
  issuers: IndexedIssuer[];
  allAnchors: X509Certificate[];
  chains: Map<string, ChainCheck>;
};

const indexes = new WeakMap<TrustList, TrustIndex>();

/**
 * Return the index of a trust list, built once per TrustList object so that
 * keys are imported and chains verified once rather than per presentation.
 * NOTE: the index is keyed by object identity, so a TrustList must not be
 * changed after its first use.
 */
export function trustIndexFor(trustList: TrustList): TrustIndex {
  let index = indexes.get(trustList);
  if (index === undefined) {
    index = buildIndex(trustList);
    indexes.set(trustList, index);
  }
  return index;
}

function buildIndex(trustList: TrustList): TrustIndex {
  const issuers = trustList.issuers.map((issuer): IndexedIssuer => {
    const keys: IssuerKey[] = [];
    for (const jwk of issuer.jwks) {
      const key = importPublicJwk(jwk);
      if (key === undefined) throw new Error(`trust list entry ${issuer.name}: a key in jwks is not a usable public key`);
      keys.push({ kid: jwk.kid, alg: jwk.alg, key });
    }
    const anchors = issuer.x509TrustAnchors.map((pem) => new X509Certificate(pem));
    return { issuer, keys, anchors };
  });
  return { issuers, allAnchors: issuers.flatMap((entry) => entry.anchors), chains: new Map() };
}

export type IssuerKeyFailure = "ISSUER_UNTRUSTED" | "CHAIN_INVALID";

/**
 * Public keys that may have signed a JWT with this header on behalf of the
 * given trust list entries: the x5c leaf key when the chain ends in one of an
 * entry's anchors and is valid at `now`, otherwise the entry's jwks keys that
 * match kid and alg. Each candidate names the entry it came from.
 */
export function issuerKeyCandidates(
  index: TrustIndex,
  entries: readonly IndexedIssuer[],
  header: Record<string, unknown>,
  alg: AllowedAlgorithm,
  now: Date,
): Result<{ entry: IndexedIssuer; key: KeyObject }[], IssuerKeyFailure> {
  const candidates: { entry: IndexedIssuer; key: KeyObject }[] = [];
  let chainFailed = false;

  if (header.x5c !== undefined) {
    const chain = checkedChain(index, header.x5c);
    if (!chain.ok) {
      chainFailed = true;
    } else {
      for (const entry of entries) {
        const matches = chain.matches.filter((match) => entry.anchors.includes(match.anchor));
        if (matches.length === 0) continue;
        const validNow = matches.some((match) => match.notBefore <= now.getTime() && now.getTime() <= match.notAfter);
        if (validNow) candidates.push({ entry, key: chain.leafKey });
        else chainFailed = true;
      }
    }
  }

  if (candidates.length === 0) {
    const kid = typeof header.kid === "string" ? header.kid : undefined;
    for (const entry of entries) {
      for (const key of entry.keys) {
        if (kid !== undefined && key.kid !== undefined && key.kid !== kid) continue;
        if (key.alg !== undefined && key.alg !== alg) continue;
        if (!keyFitsAlgorithm(key.key, alg)) continue;
        candidates.push({ entry, key: key.key });
      }
    }
  }

  if (candidates.length > 0) return ok(candidates);
  return err(chainFailed ? "CHAIN_INVALID" : "ISSUER_UNTRUSTED");
}

function checkedChain(index: TrustIndex, x5c: unknown): ChainCheck {
  const cacheKey = Array.isArray(x5c) && x5c.every((entry) => typeof entry === "string") ? x5c.join(",") : undefined;
  if (cacheKey === undefined) return { ok: false };
  let chain = index.chains.get(cacheKey);
  if (chain === undefined) {
    chain = checkX5cChain(x5c, index.allAnchors);
    if (index.chains.size >= MAX_CACHED_CHAINS) index.chains.clear();
    index.chains.set(cacheKey, chain);
  }
  return chain;
}
