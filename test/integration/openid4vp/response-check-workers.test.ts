import { CompactEncrypt, importJWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import { KOMMPASS_VCT } from "../../../src/credentials/credential-types";
import type { StatusListFetcher } from "../../../src/credentials/status-list";
import { findDemoResident } from "../../../src/demo/demo-residents";
import { createLogger } from "../../../src/log";
import { generateResponseKey, publicResponseKey } from "../../../src/openid4vp/response-encryption";
import { type ResponseCheckWorkers, startResponseCheckWorkers } from "../../../src/openid4vp/response-check-workers";
import { inProcessResponseChecks } from "../../../src/openid4vp/response-checks";
import { requestUri, walletInvocationUrl } from "../../../src/openid4vp/wallet-urls";
import {
  createTestIssuer,
  generateTestKey,
  issueKommPass,
  presentCredential,
  statusListToken,
  TEST_AUDIENCE,
  TEST_NONCE,
  trustListOf,
  type TestIssuer,
  type TestKey,
} from "../../helpers/credentials";
import { createWalletTestSetup, presentForRequest, resolveInvocation, startSigning, submitVpToken, TEST_PUBLIC_URL, testWalletClient } from "../../helpers/wallet";

// The first checks touch no database; the last one signs through the app.

const NOW = new Date("2026-03-02T10:00:00Z");
const LIST_URI = "https://status.example.test/lists/3";
const POLICY = { nonce: TEST_NONCE, audience: TEST_AUDIENCE, acceptedCredentialTypes: [KOMMPASS_VCT], now: NOW };

let issuer: TestIssuer;
let holder: TestKey;
let workers: ResponseCheckWorkers;
const fetchedUris: string[] = [];
let statusToken: string;

/** Serves the one test status list from the main thread and records each URI it was asked for. */
const fetchStatusList: StatusListFetcher = async (uri) => {
  fetchedUris.push(uri);
  if (uri !== LIST_URI) throw new Error(`unexpected status list URI ${uri}`);
  return statusToken;
};

beforeAll(async () => {
  issuer = await createTestIssuer({ vct: [KOMMPASS_VCT] });
  holder = generateTestKey();
  statusToken = await statusListToken(issuer, { uri: LIST_URI, statuses: [0, 1], now: NOW });
  workers = startResponseCheckWorkers({ size: 2, trustList: trustListOf(issuer), fetchStatusList, log: createLogger("silent") });
});

afterAll(async () => {
  await workers.close();
});

async function kommPassPresentation(payload: Record<string, unknown> = {}): Promise<string> {
  const resident = findDemoResident("zofia-wisniewska", NOW)!;
  const issued = await issueKommPass(issuer, resident, { holder, now: NOW, payload });
  return presentCredential(issued, { holder, now: NOW });
}

describe("startResponseCheckWorkers", () => {
  it("decrypts a response as in process", async () => {
    const privateJwk = await generateResponseKey();
    const plaintext = new TextEncoder().encode(JSON.stringify({ vp_token: { kommpass: ["x~"] }, state: "s-1" }));
    const jwe = await new CompactEncrypt(plaintext)
      .setProtectedHeader({ alg: "ECDH-ES", enc: "A128GCM", kid: privateJwk.kid })
      .encrypt(await importJWK(publicResponseKey(privateJwk), "ECDH-ES"));

    const result = await workers.decryptResponse(jwe, privateJwk);

    expect(result).toEqual({ ok: true, value: { vp_token: { kommpass: ["x~"] }, state: "s-1" } });
  });

  it("checks on the main thread once no worker is left", async () => {
    const pool = startResponseCheckWorkers({ size: 1, trustList: trustListOf(issuer), fetchStatusList, log: createLogger("silent") });
    await pool.close();

    const verified = await pool.verifyIdentity(await kommPassPresentation(), POLICY);

    expect(verified.ok).toBe(true);
  });

  it("rejects a malformed response as in process", async () => {
    const privateJwk = await generateResponseKey();
    const inProcess = inProcessResponseChecks({ trustList: trustListOf(issuer), fetchStatusList });

    const result = await workers.decryptResponse("a.b.c.d.e", privateJwk);

    expect(result).toEqual(await inProcess.decryptResponse("a.b.c.d.e", privateJwk));
    expect(result.ok).toBe(false);
  });

  it("verifies a presentation and reads the identity", async () => {
    const result = await workers.verifyIdentity(await kommPassPresentation(), POLICY);

    if (!result.ok) throw new Error(`expected a verified identity, got ${result.error}`);
    expect(result.value.vct).toBe(KOMMPASS_VCT);
    expect(result.value.issuer).toBe(trustListOf(issuer).issuers[0]!.name);
    expect(result.value.identity.familyName).toBe(findDemoResident("zofia-wisniewska", NOW)!.familyName);
  });

  it("rejects a wrong nonce with the in-process code", async () => {
    const presentation = await kommPassPresentation();
    const policy = { ...POLICY, nonce: "another-nonce" };
    const inProcess = inProcessResponseChecks({ trustList: trustListOf(issuer), fetchStatusList });

    const result = await workers.verifyIdentity(presentation, policy);

    expect(result.ok).toBe(false);
    expect(result).toEqual(await inProcess.verifyIdentity(presentation, policy));
  });

  it("fetches status lists on the main thread", async () => {
    fetchedUris.length = 0;
    const valid = await kommPassPresentation({ status: { status_list: { idx: 0, uri: LIST_URI } } });
    const revoked = await kommPassPresentation({ status: { status_list: { idx: 1, uri: LIST_URI } } });

    expect((await workers.verifyIdentity(valid, POLICY)).ok).toBe(true);
    expect(await workers.verifyIdentity(revoked, POLICY)).toEqual({ ok: false, error: "REVOKED" });
    expect(fetchedUris.length).toBeGreaterThanOrEqual(1);
    expect(fetchedUris.every((uri) => uri === LIST_URI)).toBe(true);
  });

  it("signs through the wallet response endpoint", async () => {
    const setup = await createWalletTestSetup();
    const appWorkers = startResponseCheckWorkers({
      size: 1,
      trustList: setup.deps.trustList,
      fetchStatusList: setup.deps.fetchStatusList,
      log: createLogger("silent"),
    });
    try {
      const calls: string[] = [];
      const app = createApp({
        ...setup.deps,
        responseChecks: {
          decryptResponse: (jwe, privateJwk) => (calls.push("decrypt"), appWorkers.decryptResponse(jwe, privateJwk)),
          verifyIdentity: (presentation, policy) => (calls.push("verify"), appWorkers.verifyIdentity(presentation, policy)),
        },
      });
      const session = await startSigning(app, setup.petition.id);
      const client = testWalletClient(app);
      const invocation = walletInvocationUrl(setup.deps.verifierIdentity.clientId, requestUri(TEST_PUBLIC_URL, session.transactionId, "cross-device"));
      const resolved = await resolveInvocation(client, invocation);
      const now = setup.clock.now();
      const walletHolder = generateTestKey();
      const credential = await issueKommPass(setup.issuer, findDemoResident("kaethe-grossmann", now)!, { holder: walletHolder, now });

      const response = await submitVpToken(resolved, client, await presentForRequest(resolved, credential, { vct: KOMMPASS_VCT, holder: walletHolder, now }));

      expect(response.status).toBe(200);
      const [row] = await setup.deps.database.rows<{ outcome: { kind: string } }>("select outcome from wallet_transactions where id = $1", [session.transactionId]);
      expect(row?.outcome.kind).toBe("signed");
      expect(calls).toEqual(["decrypt", "verify"]);
    } finally {
      await appWorkers.close();
      await setup.deps.database.close();
    }
  });
});
