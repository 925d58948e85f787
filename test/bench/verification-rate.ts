import { KOMMPASS_VCT } from "../../src/credentials/credential-types";
import { verifyPresentation } from "../../src/credentials/verify-presentation";
import { generateTestKey, issueKommPass, noStatusLists, presentCredential, TEST_AUDIENCE, TEST_NONCE } from "../helpers/credentials";
import { benchResident } from "./bench-residents";
import { type BenchIssuerData, issuerFromData } from "./wallet-response";

/**
 * Measure verifyPresentation per second on this thread for `seconds`, with
 * one KommPass presentation of the bench issuer. run.ts sizes the saturation
 * pool from it, because the server cannot sign faster than it verifies.
 */
export async function measureVerificationRate(issuerData: BenchIssuerData, seconds: number): Promise<number> {
  const issuer = issuerFromData(issuerData);
  const now = new Date();
  const holder = generateTestKey();
  const issued = await issueKommPass(issuer, benchResident(0), { holder, now });
  const presentation = await presentCredential(issued, { holder, now });
  const policy = { nonce: TEST_NONCE, audience: TEST_AUDIENCE, acceptedCredentialTypes: [KOMMPASS_VCT], now };
  const deps = { trustList: { issuers: [issuer.trustedIssuer] }, fetchStatusList: noStatusLists };

  const first = await verifyPresentation(presentation, policy, deps);
  if (!first.ok) throw new Error(`the bench presentation was rejected: ${first.error}`);

  const started = performance.now();
  const deadline = started + seconds * 1000;
  let count = 0;
  while (performance.now() < deadline) {
    await verifyPresentation(presentation, policy, deps);
    count++;
  }
  return count / ((performance.now() - started) / 1000);
}
