import type { KeyObject } from "node:crypto";
import { err, ok, type Result } from "../result";
import { isJsonObject, parseCompactJws } from "./compact-jws";
import { sha256Base64url } from "./resolve-disclosures";
import { importPublicJwk, isAllowedAlgorithm, verifyJwsSignature } from "./signature-algorithms";

export const KB_JWT_TYP = "kb+jwt";
/** How old a KB-JWT may be: it is made for one transaction, moments before it is sent. */
export const MAX_KEY_BINDING_AGE_SECONDS = 300;

export type KeyBindingFailure =
  | "KEY_BINDING_MISSING"
  | "KEY_BINDING_INVALID"
  | "ALG_NOT_ALLOWED"
  | "NONCE_MISMATCH"
  | "AUDIENCE_MISMATCH"
  | "KEY_BINDING_STALE"
  | "SD_HASH_MISMATCH";

export type KeyBindingExpectation = { nonce: string; audience: string; now: Date; skewSeconds: number };

/** Holder keys remembered across presentations; beyond this the cache starts over. */
const MAX_CACHED_HOLDER_KEYS = 4096;
const holderKeys = new Map<string, KeyObject | null>();

/**
 * Check the KB-JWT (RFC 9901 §4.3, §7.3): typ kb+jwt, an allowed alg, a
 * signature by the key in the credential's cnf.jwk, our nonce and audience, an
 * iat no older than MAX_KEY_BINDING_AGE_SECONDS and not in the future, and an
 * sd_hash over the presented SD-JWT (everything up to and including the last "~").
 */
export function checkKeyBinding(
  kbJwt: string,
  presentedSdJwt: string,
  issuerPayload: Record<string, unknown>,
  expected: KeyBindingExpectation,
): Result<void, KeyBindingFailure> {
  const jws = parseCompactJws(kbJwt);
  if (jws === undefined) return err("KEY_BINDING_INVALID");
  if (jws.header.typ !== KB_JWT_TYP) return err("KEY_BINDING_INVALID");
  const alg = jws.header.alg;
  if (!isAllowedAlgorithm(alg)) return err("ALG_NOT_ALLOWED");

  const holderKey = holderKeyOf(issuerPayload);
  if (holderKey === undefined) return err("KEY_BINDING_MISSING");
  if (!verifyJwsSignature(alg, holderKey, jws.signingInput, jws.signature)) return err("KEY_BINDING_INVALID");

  const { nonce, aud, iat, sd_hash: sdHash } = jws.payload;
  if (nonce !== expected.nonce) return err("NONCE_MISMATCH");
  if (aud !== expected.audience) return err("AUDIENCE_MISMATCH");
  if (typeof iat !== "number" || !Number.isFinite(iat)) return err("KEY_BINDING_INVALID");
  const nowSeconds = expected.now.getTime() / 1000;
  if (iat > nowSeconds + expected.skewSeconds || iat < nowSeconds - MAX_KEY_BINDING_AGE_SECONDS - expected.skewSeconds) {
    return err("KEY_BINDING_STALE");
  }
  if (typeof sdHash !== "string" || sdHash !== sha256Base64url(presentedSdJwt)) return err("SD_HASH_MISMATCH");
  return ok(undefined);
}

/** The holder's public key from cnf.jwk (RFC 7800 §3.2), imported once per distinct key. */
export function holderKeyOf(payload: Record<string, unknown>): KeyObject | undefined {
  const cnf = payload.cnf;
  if (!isJsonObject(cnf) || !isJsonObject(cnf.jwk)) return undefined;
  const cacheKey = JSON.stringify(cnf.jwk);
  let key = holderKeys.get(cacheKey);
  if (key === undefined) {
    key = importPublicJwk(cnf.jwk) ?? null;
    if (holderKeys.size >= MAX_CACHED_HOLDER_KEYS) holderKeys.clear();
    holderKeys.set(cacheKey, key);
  }
  return key ?? undefined;
}
