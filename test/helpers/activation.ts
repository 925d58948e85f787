import { randomBytes } from "node:crypto";
import { generateActivationCode, hashActivationVerifier, parseActivationCode } from "../../src/activation/activation-code";
import type { ActivationUploadRow } from "../../src/activation/activation-upload";
import type { EligibilityFacts } from "../../src/activation/eligibility-facts";

const DRESDEN_FACTS: EligibilityFacts = {
  municipalityKey: "14612000",
  mainResidenceSince: "2019-05-01",
  reachesMinimumAgeOn: "1975-03-12",
  minimumAge: 18,
  citizenship: "DE",
};

/** Build an upload row with a fresh code and random resident keys, as `npm run letters` writes one. */
export function randomUploadRow(options: { expiresOn: string; facts?: Partial<EligibilityFacts> }): ActivationUploadRow {
  const { selector, verifier } = parseActivationCode(generateActivationCode())!;
  return {
    selector,
    verifierHash: hashActivationVerifier(verifier),
    residentKey: randomBytes(32).toString("base64url"),
    weakResidentKey: randomBytes(32).toString("base64url"),
    facts: { ...DRESDEN_FACTS, ...options.facts },
    expiresOn: options.expiresOn,
  };
}
