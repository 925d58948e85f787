import type { KeyObject } from "node:crypto";
import type { VerificationErrorCode } from "@sd-jwt/core";
import { SDJwtVcInstance } from "@sd-jwt/sd-jwt-vc";
import { holderKeyOf } from "./key-binding";
import { sdJwtHasher } from "./sd-jwt-hash";
import { verifyJwsSignature, type AllowedAlgorithm } from "./signature-algorithms";
import type { IndexedIssuer } from "./trust-index";

export type IssuerKeyCandidate = { entry: IndexedIssuer; key: KeyObject };

export type LibraryVerificationInput = {
  /** alg of the issuer-signed JWT, already checked against our allow-list. */
  issuerAlg: AllowedAlgorithm;
  /** Keys of trusted issuers that may have signed it, from the trust list or the x5c leaf. */
  issuerKeys: readonly IssuerKeyCandidate[];
  /** alg of the KB-JWT when the presentation has one; undefined skips the key binding check. */
  keyBindingAlg: AllowedAlgorithm | undefined;
  nonce: string;
  nowSeconds: number;
  skewSeconds: number;
};

export type LibraryVerification = {
  /** Codes of every check safeVerify failed, in the order it reported them. */
  errors: VerificationErrorCode[];
  /** The candidate whose key verified the issuer signature. */
  signer: IssuerKeyCandidate | undefined;
  /**
   * Outcome of our verifier callback, which is more precise than the codes.
   * 0.20.0 reports a wrong issuer signature as INVALID_SD_JWT, and picks the
   * code for a failure after the signature by matching its message text.
   */
  issuerSignature: "verified" | "rejected" | "not checked";
  /** The issuer-signed payload with the disclosed claims in place, when the issuer JWT and disclosures passed. */
  claims: Record<string, unknown> | undefined;
};

/**
 * Run SDJwtVcInstance.safeVerify of @sd-jwt/sd-jwt-vc 0.20.0 on a
 * presentation: the issuer signature with our imported keys, exp, nbf and iat
 * with clock skew, the disclosure digests, and, when a KB-JWT alg is given,
 * the KB-JWT signature by cnf.jwk, its nonce and the sd_hash.
 * The status list is not checked here: disableStatusVerification is set
 * because the library would fetch the list named by a credential whose
 * signature has failed, and would report a bad status claim as a fetch failure.
 */
export async function verifyWithSdJwtLibrary(presentation: string, input: LibraryVerificationInput): Promise<LibraryVerification> {
  let signer: IssuerKeyCandidate | undefined;
  let issuerSignature: LibraryVerification["issuerSignature"] = "not checked";
  const { keyBindingAlg } = input;

  const sdJwtVc = new SDJwtVcInstance({
    hasher: sdJwtHasher,
    verifier: (signingInput, signature) => {
      const bytes = Buffer.from(signature, "base64url");
      signer = input.issuerKeys.find(({ key }) => verifyJwsSignature(input.issuerAlg, key, signingInput, bytes));
      issuerSignature = signer === undefined ? "rejected" : "verified";
      return signer !== undefined;
    },
    kbVerifier: (signingInput, signature, claims) => {
      const holderKey = holderKeyOf(claims);
      if (holderKey === undefined || keyBindingAlg === undefined) return false;
      return verifyJwsSignature(keyBindingAlg, holderKey, signingInput, Buffer.from(signature, "base64url"));
    },
  });

  const result = await sdJwtVc.safeVerify(presentation, {
    currentDate: input.nowSeconds,
    skewSeconds: input.skewSeconds,
    keyBindingNonce: keyBindingAlg === undefined ? undefined : input.nonce,
    disableStatusVerification: true,
  });
  if (result.success) return { errors: [], signer, issuerSignature, claims: result.data.payload };
  return { errors: result.errors.map((error) => error.code), signer, issuerSignature, claims: undefined };
}
