import type { EligibilityFacts } from "../activation/eligibility-facts";
import type { IdentityAttributes } from "../credentials/identity-attributes";
import type { EligibilityChecks } from "../db/schema";
import type { SignatureChannel } from "../signing/signature-counts";

/**
 * Evidence the election office may need to decide a dispute about one
 * signature. It is only ever stored sealed (see sealEvidence), because it
 * names the person.
 */
export type SignatureEvidence = {
  version: 1;
  channel: SignatureChannel;
  status: "proven" | "provisional";
  /** ISO 8601 instant of the signature. */
  signedAt: string;
  checks: EligibilityChecks;
  /** vct of the presented credential, on the wallet channel. */
  credentialType?: string;
  issuer?: string;
  /** Identity attributes read from the credential's disclosed claims, or entered for a paper signature. */
  claims?: IdentityAttributes;
  /** Eligibility facts stored with the resident account, for a passkey signature. */
  facts?: EligibilityFacts;
};
