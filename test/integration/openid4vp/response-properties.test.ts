import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KOMMPASS_VCT } from "../../../src/credentials/credential-types";
import { findDemoResident } from "../../../src/demo/demo-residents";
import { requestUri, walletInvocationUrl } from "../../../src/openid4vp/wallet-urls";
import { generateTestKey, issueKommPass, type TestKey } from "../../helpers/credentials";
import { applyMutation, mutation } from "../../helpers/mutations";
import { createTestPetition } from "../../helpers/petitions";
import {
  createWalletTestSetup,
  encryptToRequest,
  postToResponseUri,
  presentForRequest,
  resolveInvocation,
  responseUriOf,
  startSigning,
  stateOf,
  TEST_PUBLIC_URL,
  testWalletClient,
  type WalletTestSetup,
} from "../../helpers/wallet";

/** Decode each dot-separated part of a compact JWE, so two tokens can be compared by the bytes they carry. */
function decodedParts(compact: string): string[] {
  return compact.split(".").map((part) => Buffer.from(part, "base64url").toString("hex"));
}

describe("mutated wallet responses", () => {
  let setup: WalletTestSetup;
  let holder: TestKey;
  let credential: string;

  beforeAll(async () => {
    setup = await createWalletTestSetup();
    holder = generateTestKey();
    credential = await issueKommPass(setup.issuer, findDemoResident("kaethe-grossmann", setup.clock.now())!, { holder, now: setup.clock.now() });
  });
  afterAll(async () => {
    await setup.deps.database.close();
  });

  async function signatureCount(petitionId: string): Promise<number> {
    const [row] = await setup.deps.database.rows<{ count: string }>("select count(*) as count from signatures where petition_id = $1", [petitionId]);
    return Number(row?.count);
  }

  /** Start a transaction on a fresh petition and build the valid vp_token and JWE a wallet would send. */
  async function validResponse() {
    const petition = await createTestPetition(setup.deps.database, { now: setup.clock.now(), serverSecret: setup.deps.serverSecret });
    const session = await startSigning(setup.app, petition.id);
    const client = testWalletClient(setup.app);
    const resolved = await resolveInvocation(client, walletInvocationUrl(setup.deps.verifierIdentity.clientId, requestUri(TEST_PUBLIC_URL, session.transactionId, "cross-device")));
    const vpToken = await presentForRequest(resolved, credential, { vct: KOMMPASS_VCT, holder, now: setup.clock.now() });
    return { petition, resolved, vpToken, state: stateOf(resolved) };
  }

  it("count the unchanged response", async () => {
    const { petition, resolved, vpToken, state } = await validResponse();
    const response = await postToResponseUri(setup.app, responseUriOf(resolved), { response: await encryptToRequest(resolved, { vp_token: vpToken, state }) });
    expect(response.status).toBe(200);
    expect(await signatureCount(petition.id)).toBe(1);
  });

  it("never answer 500 or count a changed JWE", async () => {
    await fc.assert(
      fc.asyncProperty(mutation("."), async (change) => {
        const { petition, resolved, vpToken, state } = await validResponse();
        const jwe = await encryptToRequest(resolved, { vp_token: vpToken, state });
        const mutated = applyMutation(jwe, change);

        const response = await postToResponseUri(setup.app, responseUriOf(resolved), { response: mutated });
        expect(response.status).toBeLessThan(500);
        if ((await signatureCount(petition.id)) > 0) expect(decodedParts(mutated)).toEqual(decodedParts(jwe));
      }),
      { numRuns: 20 },
    );
  });

  it("never answer 500 or count a changed presentation", async () => {
    await fc.assert(
      fc.asyncProperty(mutation(), async (change) => {
        const { petition, resolved, vpToken, state } = await validResponse();
        const [queryId, presentations] = Object.entries(vpToken)[0]!;
        const mutated = applyMutation(presentations[0]!, change);
        const jwe = await encryptToRequest(resolved, { vp_token: { [queryId]: [mutated] }, state });

        const response = await postToResponseUri(setup.app, responseUriOf(resolved), { response: jwe });
        expect(response.status).toBeLessThan(500);
        // NOTE: a changed character can decode to the same bytes (the unused low bits of a
        // base64url signature's last character), so only a token that differs in content must fail.
        if ((await signatureCount(petition.id)) > 0) expect(decodedTokenParts(mutated)).toEqual(decodedTokenParts(presentations[0]!));
      }),
      { numRuns: 20 },
    );
  });

  it("never answer 500 to random form fields", async () => {
    const { petition, resolved } = await validResponse();
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom("response", "vp_token", "state", "error", "error_description", "presentation_submission"), fc.string({ maxLength: 80 })), async (fields) => {
        const response = await postToResponseUri(setup.app, responseUriOf(resolved), fields);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 40 },
    );
    expect(await signatureCount(petition.id)).toBe(0);
  });
});

/** Decode the base64url parts of an SD-JWT presentation (JWTs and disclosures), keeping the separators' structure. */
function decodedTokenParts(presentation: string): string[][] {
  return presentation.split("~").map((segment) => segment.split(".").map((part) => Buffer.from(part, "base64url").toString("hex")));
}
