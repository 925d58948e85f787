import { CompactEncrypt, importJWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import { type ClaimPath, KOMMPASS_VCT, requestedClaimPaths } from "../../../src/credentials/credential-types";
import type { StatusListFetcher } from "../../../src/credentials/status-list";
import { findDemoResident } from "../../../src/demo/demo-residents";
import { createLogger } from "../../../src/log";
import { generateResponseKey, publicResponseKey } from "../../../src/openid4vp/response-encryption";
import { type ResponseCheckWorkers, startResponseCheckWorkers } from "../../../src/openid4vp/response-check-workers";
import type { WalletResponseCheck } from "../../../src/openid4vp/check-wallet-response";
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

/** A direct_post.jwt response carrying the presentation (or a raw JWE), as the main thread hands it to checkResponse. */
async function responseCheck(content: {
  presentation?: string;
  jwe?: string;
  state?: string;
  nonce?: string;
  claimPaths?: ClaimPath[];
}): Promise<WalletResponseCheck> {
  const privateJwk = await generateResponseKey();
  const payload = { vp_token: { kommpass: [content.presentation ?? "x~"] }, state: content.state ?? "s-1" };
  const jwe =
    content.jwe ??
    (await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: "ECDH-ES", enc: "A128GCM", kid: privateJwk.kid })
      .encrypt(await importJWK(publicResponseKey(privateJwk), "ECDH-ES")));
  return {
    responseMode: "direct_post.jwt",
    form: { response: jwe },
    responseKey: privateJwk,
    state: "s-1",
    dcqlQuery: {
      credentials: [{ id: "kommpass", format: "dc+sd-jwt", meta: { vct_values: [KOMMPASS_VCT] }, claims: (content.claimPaths ?? []).map((path) => ({ path })) }],
    },
    nonce: content.nonce ?? TEST_NONCE,
    audience: TEST_AUDIENCE,
    now: NOW,
  };
}

describe("startResponseCheckWorkers", () => {
  it("verifies a presentation and reads the identity", async () => {
    const result = await workers.checkResponse(await responseCheck({ presentation: await kommPassPresentation() }));

    if (!result.ok || result.value.kind !== "verified") throw new Error(`expected a verified identity, got ${JSON.stringify(result)}`);
    expect(result.value.verified.vct).toBe(KOMMPASS_VCT);
    expect(result.value.verified.issuer).toBe(trustListOf(issuer).issuers[0]!.name);
    expect(result.value.verified.identity.familyName).toBe(findDemoResident("zofia-wisniewska", NOW)!.familyName);
  });

  it("checks on the main thread once no worker is left", async () => {
    const pool = startResponseCheckWorkers({ size: 1, trustList: trustListOf(issuer), fetchStatusList, log: createLogger("silent") });
    await pool.close();

    const result = await pool.checkResponse(await responseCheck({ presentation: await kommPassPresentation() }));

    expect(result.ok).toBe(true);
    expect(result.ok ? result.value.kind : undefined).toBe("verified");
  });

  it.each([
    ["a malformed JWE", { jwe: "a.b.c.d.e" }],
    ["a wrong state", { state: "s-2" }],
    ["a presentation that is no SD-JWT", { presentation: "x~" }],
  ])("returns the in-process result for %s", async (_name, content) => {
    const check = await responseCheck(content);
    const inProcess = inProcessResponseChecks({ trustList: trustListOf(issuer), fetchStatusList });

    const result = await workers.checkResponse(check);

    expect(result).toEqual(await inProcess.checkResponse(check));
    expect(result.ok ? result.value.kind : "error").not.toBe("verified");
  });

  it("rejects a wrong nonce with the in-process code", async () => {
    const check = await responseCheck({ presentation: await kommPassPresentation(), nonce: "another-nonce" });
    const inProcess = inProcessResponseChecks({ trustList: trustListOf(issuer), fetchStatusList });

    const result = await workers.checkResponse(check);

    expect(result).toEqual({ ok: true, value: { kind: "rejected", reason: "NONCE_MISMATCH" } });
    expect(result).toEqual(await inProcess.checkResponse(check));
  });

  it("rejects a presentation that withholds a requested claim", async () => {
    const requested = requestedClaimPaths(KOMMPASS_VCT, { municipality: true, residence: true, nationality: true, age: true });
    const resident = findDemoResident("bjoern-jaehnichen", NOW)!;
    const issued = await issueKommPass(issuer, resident, { holder, now: NOW });
    const withheld = requested.filter((path) => path[0] !== "municipality_key");
    const presentation = await presentCredential(issued, { holder, now: NOW, disclose: withheld });

    const result = await workers.checkResponse(await responseCheck({ presentation, claimPaths: requested }));

    expect(result).toEqual({ ok: true, value: { kind: "rejected", reason: "CLAIMS_MISSING" } });
  });

  it("fetches status lists on the main thread", async () => {
    fetchedUris.length = 0;
    const valid = await kommPassPresentation({ status: { status_list: { idx: 0, uri: LIST_URI } } });
    const revoked = await kommPassPresentation({ status: { status_list: { idx: 1, uri: LIST_URI } } });

    expect((await workers.checkResponse(await responseCheck({ presentation: valid }))).ok).toBe(true);
    expect(await workers.checkResponse(await responseCheck({ presentation: revoked }))).toEqual({ ok: true, value: { kind: "rejected", reason: "REVOKED" } });
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
        responseChecks: { checkResponse: (check) => (calls.push("check"), appWorkers.checkResponse(check)) },
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
      expect(calls).toEqual(["check"]);
    } finally {
      await appWorkers.close();
      await setup.deps.database.close();
    }
  });
});
