import { createPublicKey, constants, verify, type JsonWebKey, type KeyObject } from "node:crypto";

/**
 * JWS algorithms accepted for issuer-signed JWTs, KB-JWTs and status list
 * JWTs. "none" and the HMAC algorithms are absent on purpose: a verifier that
 * accepted them would let anyone mint a credential.
 */
export const ALLOWED_ALGORITHMS = ["ES256", "ES384", "ES512", "EdDSA", "Ed25519", "PS256", "RS256"] as const;
export type AllowedAlgorithm = (typeof ALLOWED_ALGORITHMS)[number];

const MIN_RSA_MODULUS_BITS = 2048;

type AlgorithmProfile = {
  hash: "sha256" | "sha384" | "sha512" | null;
  keyType: "ec" | "ed25519" | "rsa";
  /** OpenSSL curve name for EC keys. */
  curve?: string;
  /** Length of a raw (r || s) ECDSA signature in bytes. */
  signatureBytes?: number;
  pss?: boolean;
};

const PROFILES: Record<AllowedAlgorithm, AlgorithmProfile> = {
  ES256: { hash: "sha256", keyType: "ec", curve: "prime256v1", signatureBytes: 64 },
  ES384: { hash: "sha384", keyType: "ec", curve: "secp384r1", signatureBytes: 96 },
  ES512: { hash: "sha512", keyType: "ec", curve: "secp521r1", signatureBytes: 132 },
  EdDSA: { hash: null, keyType: "ed25519" },
  Ed25519: { hash: null, keyType: "ed25519" },
  PS256: { hash: "sha256", keyType: "rsa", pss: true },
  RS256: { hash: "sha256", keyType: "rsa" },
};

export function isAllowedAlgorithm(alg: unknown): alg is AllowedAlgorithm {
  return typeof alg === "string" && Object.hasOwn(PROFILES, alg);
}

/** Whether the key has the type (and curve or size) that the algorithm requires, so no key is used across algorithms. */
export function keyFitsAlgorithm(key: KeyObject, alg: AllowedAlgorithm): boolean {
  const profile = PROFILES[alg];
  if (key.type !== "public" || key.asymmetricKeyType !== profile.keyType) return false;
  if (profile.curve !== undefined) return key.asymmetricKeyDetails?.namedCurve === profile.curve;
  if (profile.keyType === "rsa") return (key.asymmetricKeyDetails?.modulusLength ?? 0) >= MIN_RSA_MODULUS_BITS;
  return true;
}

/**
 * Verify a JWS signature over the signing input (BASE64URL(header) "." BASE64URL(payload)).
 * Returns false for a wrong signature and for a key that does not fit the algorithm.
 */
export function verifyJwsSignature(alg: AllowedAlgorithm, key: KeyObject, signingInput: string, signature: Buffer): boolean {
  if (!keyFitsAlgorithm(key, alg)) return false;
  const profile = PROFILES[alg];
  if (profile.signatureBytes !== undefined && signature.length !== profile.signatureBytes) return false;

  const data = Buffer.from(signingInput, "ascii");
  try {
    if (profile.keyType === "ec") return verify(profile.hash, data, { key, dsaEncoding: "ieee-p1363" }, signature);
    if (profile.pss) {
      return verify(profile.hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }, signature);
    }
    return verify(profile.hash, data, key, signature);
  } catch {
    return false;
  }
}

/** Import a public JWK (EC, OKP or RSA); undefined when it is not one or carries private key material. */
export function importPublicJwk(jwk: unknown): KeyObject | undefined {
  if (typeof jwk !== "object" || jwk === null || Array.isArray(jwk)) return undefined;
  const candidate = jwk as Record<string, unknown>;
  if (hasPrivateKeyMaterial(candidate)) return undefined;
  if (candidate.kty !== "EC" && candidate.kty !== "OKP" && candidate.kty !== "RSA") return undefined;
  try {
    return createPublicKey({ key: candidate as JsonWebKey, format: "jwk" });
  } catch {
    return undefined;
  }
}

/** JWK members that only private keys carry (RFC 7518 §6.2.2, §6.3.2; RFC 8037 §2). */
const PRIVATE_JWK_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"] as const;

export function hasPrivateKeyMaterial(jwk: Record<string, unknown>): boolean {
  return PRIVATE_JWK_MEMBERS.some((member) => member in jwk);
}
