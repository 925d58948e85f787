import type { JWK } from "jose";
import { readIdentityAttributes } from "../credentials/credential-types";
import type { IdentityAttributes } from "../credentials/identity-attributes";
import { type PresentationPolicy, type VerificationDeps, verifyPresentation } from "../credentials/verify-presentation";
import { err, ok, type Result } from "../result";
import { decryptResponse, type ResponseDecryptionError } from "./response-encryption";
import type { WalletRejectionReason } from "./wallet-rejection";

/** Identity read from a verified presentation, with what signPetition stores about the credential. */
export type VerifiedIdentity = { vct: string; issuer: string; identity: IdentityAttributes };

/**
 * The CPU-heavy steps of processing a wallet response: decrypting the JWE,
 * and verifying the presentation and reading the identity from it. They run
 * in process (inProcessResponseChecks) or on worker threads
 * (startResponseCheckWorkers), with the same results.
 */
export type ResponseChecks = {
  decryptResponse(jwe: string, privateJwk: JWK): Promise<Result<Record<string, unknown>, ResponseDecryptionError>>;
  verifyIdentity(presentation: string, policy: PresentationPolicy): Promise<Result<VerifiedIdentity, WalletRejectionReason>>;
};

/** Verify a presentation and read the resident's identity attributes from its claims. */
export async function verifyIdentity(
  presentation: string,
  policy: PresentationPolicy,
  deps: VerificationDeps,
): Promise<Result<VerifiedIdentity, WalletRejectionReason>> {
  const verified = await verifyPresentation(presentation, policy, deps);
  if (!verified.ok) return verified;
  const identity = readIdentityAttributes(verified.value);
  if (!identity.ok) return err(identity.error);
  return ok({ vct: verified.value.vct, issuer: verified.value.issuer, identity: identity.value });
}

/** Run the response checks on the calling thread. */
export function inProcessResponseChecks(deps: VerificationDeps): ResponseChecks {
  return {
    decryptResponse,
    verifyIdentity: (presentation, policy) => verifyIdentity(presentation, policy, deps),
  };
}
