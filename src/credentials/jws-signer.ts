import { constants, sign, type KeyObject } from "node:crypto";
import type { AllowedAlgorithm } from "./signature-algorithms";

const HASH_OF: Record<AllowedAlgorithm, "sha256" | "sha384" | "sha512" | null> = {
  ES256: "sha256",
  ES384: "sha384",
  ES512: "sha512",
  EdDSA: null,
  Ed25519: null,
  PS256: "sha256",
  RS256: "sha256",
};

/** Sign a JWS signing input with a private key and return the base64url signature (raw r || s for ECDSA, RFC 7518 §3.4). */
export function signJws(alg: AllowedAlgorithm, privateKey: KeyObject, signingInput: string): string {
  const data = Buffer.from(signingInput, "ascii");
  const hash = HASH_OF[alg];
  let signature: Buffer;
  if (alg.startsWith("ES")) {
    signature = sign(hash, data, { key: privateKey, dsaEncoding: "ieee-p1363" });
  } else if (alg === "PS256") {
    signature = sign(hash, data, { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST });
  } else {
    signature = sign(hash, data, privateKey);
  }
  return signature.toString("base64url");
}

/** Encode and sign a compact JWS. */
export function signCompactJws(header: Record<string, unknown>, payload: Record<string, unknown>, alg: AllowedAlgorithm, privateKey: KeyObject): string {
  const signingInput = `${base64urlJson(header)}.${base64urlJson(payload)}`;
  return `${signingInput}.${signJws(alg, privateKey, signingInput)}`;
}

export function base64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}
