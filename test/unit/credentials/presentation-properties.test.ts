import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { DE_PID_VCT, EU_PID_VCT, KOMMPASS_VCT } from "../../../src/credentials/credential-types";
import { type PresentationPolicy, verifyPresentation } from "../../../src/credentials/verify-presentation";
import type { TrustList } from "../../../src/credentials/trust-list";
import { findDemoResident } from "../../../src/demo/demo-residents";
import {
  createTestIssuer,
  generateTestKey,
  issueKommPass,
  noStatusLists,
  presentCredential,
  TEST_AUDIENCE,
  TEST_NONCE,
  trustListOf,
} from "../../helpers/credentials";
import { applyMutation, mutation } from "../../helpers/mutations";

const NOW = new Date("2026-03-02T10:00:00Z");
const policy: PresentationPolicy = { nonce: TEST_NONCE, audience: TEST_AUDIENCE, acceptedCredentialTypes: [KOMMPASS_VCT, EU_PID_VCT, DE_PID_VCT], now: NOW };

let trustList: TrustList;
let valid: string;
let validClaims: Record<string, unknown>;

beforeAll(async () => {
  const issuer = await createTestIssuer({ vct: [KOMMPASS_VCT] });
  const holder = generateTestKey();
  trustList = trustListOf(issuer);
  valid = await presentCredential(await issueKommPass(issuer, findDemoResident("kaethe-grossmann", NOW)!, { holder, now: NOW }), { holder, now: NOW });
  const verified = await verify(valid);
  if (!verified.ok) throw new Error(`the unmutated presentation was rejected: ${verified.error}`);
  validClaims = verified.value.claims;
});

function verify(presentation: string) {
  return verifyPresentation(presentation, policy, { trustList, fetchStatusList: noStatusLists });
}

/** Strings shaped like an SD-JWT presentation: base64url-ish parts joined by dots and tildes. */
const presentationLike = fc
  .array(fc.array(fc.stringMatching(/^[A-Za-z0-9_-]{0,40}$/), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(".")), { minLength: 1, maxLength: 5 })
  .map((segments) => segments.join("~"));

describe("verifyPresentation on random input", () => {
  it("rejects random strings without throwing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), presentationLike), async (input) => {
        const result = await verify(input);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("accepts a mutated presentation only with unchanged claims", async () => {
    await fc.assert(
      fc.asyncProperty(mutation(), async (change) => {
        const result = await verify(applyMutation(valid, change));
        if (result.ok) expect(result.value.claims).toEqual(validClaims);
      }),
      { numRuns: 300 },
    );
  });
});
