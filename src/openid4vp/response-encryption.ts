import { calculateJwkThumbprint, compactDecrypt, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { err, ok, type Result } from "../result";

/** Content encryption algorithms we accept; HAIP 1.0 §5 requires verifiers to list both. */
export const RESPONSE_ENC_VALUES = ["A128GCM", "A256GCM"] as const;
export const RESPONSE_KEY_ALG = "ECDH-ES";

export type ResponseDecryptionError =
  | "JWE_MALFORMED"
  | "JWE_ALG_UNSUPPORTED"
  | "JWE_ENC_UNSUPPORTED"
  | "JWE_KID_MISMATCH"
  | "JWE_DECRYPTION_FAILED"
  | "PAYLOAD_NOT_JSON_OBJECT";

/** Generate the ephemeral P-256 key of one transaction, as a private JWK with use, alg and kid set. */
export async function generateResponseKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair("ECDH-ES", { crv: "P-256", extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint({ kty: jwk.kty!, crv: jwk.crv!, x: jwk.x!, y: jwk.y! });
  return { ...jwk, use: "enc", alg: RESPONSE_KEY_ALG, kid };
}

/** Return the public half of a response key, for client_metadata.jwks. */
export function publicResponseKey(privateJwk: JWK): JWK {
  const { kty, crv, x, y, use, alg, kid } = privateJwk;
  return { kty, crv, x, y, use, alg, kid };
}

/**
 * Decrypt a direct_post.jwt response (OpenID4VP 1.0 §8.3): an unsigned JWE
 * with alg ECDH-ES and enc A128GCM or A256GCM to the transaction's key, whose
 * payload is a JSON object with the response parameters.
 */
export async function decryptResponse(
  jwe: string,
  privateJwk: JWK,
): Promise<Result<Record<string, unknown>, ResponseDecryptionError>> {
  let header;
  try {
    header = decodeProtectedHeader(jwe);
  } catch {
    return err("JWE_MALFORMED");
  }
  if (jwe.split(".").length !== 5) return err("JWE_MALFORMED");
  if (header.alg !== RESPONSE_KEY_ALG) return err("JWE_ALG_UNSUPPORTED");
  if (!(RESPONSE_ENC_VALUES as readonly unknown[]).includes(header.enc)) return err("JWE_ENC_UNSUPPORTED");
  if (header.kid !== undefined && header.kid !== privateJwk.kid) return err("JWE_KID_MISMATCH");

  let plaintext: Uint8Array;
  try {
    const key = await importJWK(privateJwk, RESPONSE_KEY_ALG);
    ({ plaintext } = await compactDecrypt(jwe, key, {
      keyManagementAlgorithms: [RESPONSE_KEY_ALG],
      contentEncryptionAlgorithms: [...RESPONSE_ENC_VALUES],
    }));
  } catch {
    return err("JWE_DECRYPTION_FAILED");
  }

  try {
    const payload: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(plaintext));
    if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return err("PAYLOAD_NOT_JSON_OBJECT");
    return ok(payload as Record<string, unknown>);
  } catch {
    return err("PAYLOAD_NOT_JSON_OBJECT");
  }
}
