import type { KeyObject } from "node:crypto";
import { err, ok, type Result } from "../result";
import { isJsonObject, type CompactJws } from "./compact-jws";
import { importPublicJwk, isAllowedAlgorithm } from "./signature-algorithms";

export const KB_JWT_TYP = "kb+jwt";
/** Maximum age of a KB-JWT, which a wallet signs for one transaction moments before sending it. */
export const MAX_KEY_BINDING_AGE_SECONDS = 300;

export type KeyBindingFailure =
  | "KEY_BINDING_MISSING"
  | "KEY_BINDING_INVALID"
  | "ALG_NOT_ALLOWED"
  | "NONCE_MISMATCH"
  | "AUDIENCE_MISMATCH"
  | "KEY_BINDING_STALE";

export type KeyBindingExpectation = { nonce: string; audience: string; now: Date; skewSeconds: number };

/** Holder keys remembered across presentations; beyond this the cache starts over. */
const MAX_CACHED_HOLDER_KEYS = 4096;
const holderKeys = new Map<string, KeyObject | null>();

/**
 * Check the parts of a KB-JWT (RFC 9901 §4.3, §7.3) that @sd-jwt/core 0.20.0
 * does not check or reports only as KEY_BINDING_SIGNATURE_INVALID. These are
 * typ kb+jwt, an allowed alg, a cnf.jwk in the credential, our nonce and
 * audience, and an iat no older than MAX_KEY_BINDING_AGE_SECONDS and not in
 * the future. The signature and sd_hash are left to the library.
 */
export function checkKeyBindingClaims(
  kbJwt: CompactJws,
  issuerPayload: Record<string, unknown>,
  expected: KeyBindingExpectation,
): Result<void, KeyBindingFailure> {
  if (kbJwt.header.typ !== KB_JWT_TYP) return err("KEY_BINDING_INVALID");
  if (!isAllowedAlgorithm(kbJwt.header.alg)) return err("ALG_NOT_ALLOWED");
  if (holderKeyOf(issuerPayload) === undefined) return err("KEY_BINDING_MISSING");

  const { nonce, aud, iat } = kbJwt.payload;
  // NOTE: safeVerify skips the KB-JWT entirely when given an empty nonce, so an empty expected nonce can never match.
  if (expected.nonce === "" || nonce !== expected.nonce) return err("NONCE_MISMATCH");
  if (aud !== expected.audience) return err("AUDIENCE_MISMATCH");
  if (typeof iat !== "number" || !Number.isFinite(iat)) return err("KEY_BINDING_INVALID");
  const nowSeconds = expected.now.getTime() / 1000;
  if (iat > nowSeconds + expected.skewSeconds || iat < nowSeconds - MAX_KEY_BINDING_AGE_SECONDS - expected.skewSeconds) {
    return err("KEY_BINDING_STALE");
  }
  return ok(undefined);
}

/** Import the holder's public key from cnf.jwk (RFC 7800 §3.2), once per distinct key. */
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
