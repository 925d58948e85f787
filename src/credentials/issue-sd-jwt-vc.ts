import { createHash, randomBytes, type KeyObject } from "node:crypto";
import type { DisclosureFrame } from "@sd-jwt/core";
import { SDJwtVcInstance, type SdJwtVcPayload } from "@sd-jwt/sd-jwt-vc";
import { signJws } from "./jws-signer";
import type { AllowedAlgorithm } from "./signature-algorithms";

export type SdJwtVcIssuance = {
  alg: AllowedAlgorithm;
  privateKey: KeyObject;
  /** Extra protected header members, e.g. kid or x5c; typ is dc+sd-jwt unless given here. */
  header?: Record<string, unknown>;
  payload: SdJwtVcPayload;
  /** Which claims become selectively disclosable (the library's frame: {_sd: [names], nested: {_sd: […]}}). */
  disclosureFrame: DisclosureFrame<SdJwtVcPayload>;
};

/** Hash function in the shape @sd-jwt expects; sha-256 is the only _sd_alg issued. */
export function sha256ForSdJwt(data: string | ArrayBuffer): Uint8Array {
  return createHash("sha256").update(typeof data === "string" ? data : new Uint8Array(data)).digest();
}

/** 128-bit salts (RFC 9901 §9.3 recommends at least 128 bits). */
export function generateSalt(): string {
  return randomBytes(16).toString("base64url");
}

/** Issue an SD-JWT VC: the issuer-signed JWT followed by every disclosure, ending in "~". */
export async function issueSdJwtVc(issuance: SdJwtVcIssuance): Promise<string> {
  const instance = new SDJwtVcInstance({
    signer: (signingInput) => signJws(issuance.alg, issuance.privateKey, signingInput),
    signAlg: issuance.alg,
    hasher: sha256ForSdJwt,
    hashAlg: "sha-256",
    saltGenerator: generateSalt,
  });
  return instance.issue(issuance.payload, issuance.disclosureFrame, { header: issuance.header ?? {} });
}
