import type { ResolvedOpenid4vpAuthorizationRequest } from "@openid4vc/openid4vp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KOMMPASS_VCT } from "../../../src/credentials/credential-types";
import { findDemoResident } from "../../../src/demo/demo-residents";
import { requestUri, walletInvocationUrl, type WalletFlowName } from "../../../src/openid4vp/wallet-urls";
import { generateTestKey, issueKommPass } from "../../helpers/credentials";
import { createTestPetition } from "../../helpers/petitions";
import {
  browserGet,
  type BrowserSession,
  createWalletTestSetup,
  encryptToRequest,
  postToResponseUri,
  responseUriOf,
  stateOf,
  presentForRequest,
  resolveInvocation,
  startSigning,
  submitVpToken,
  TEST_PUBLIC_URL,
  testWalletClient,
  type WalletTestSetup,
} from "../../helpers/wallet";

let setup: WalletTestSetup;

beforeAll(async () => {
  setup = await createWalletTestSetup();
});

afterAll(async () => {
  await setup.deps.database.close();
});

/** Create a petition of its own for a test, so that it has no signatures yet. */
async function freshPetition(overrides: Parameters<typeof createTestPetition>[1] = {}) {
  return createTestPetition(setup.deps.database, { now: setup.clock.now(), serverSecret: setup.deps.serverSecret, ...overrides });
}

/** Start in a browser and resolve the request of one flow with the library wallet. */
async function startAndResolve(petitionId: string, flow: WalletFlowName) {
  const session = await startSigning(setup.app, petitionId);
  const client = testWalletClient(setup.app);
  const invocation = walletInvocationUrl(setup.deps.verifierIdentity.clientId, requestUri(TEST_PUBLIC_URL, session.transactionId, flow));
  const resolved = await resolveInvocation(client, invocation);
  return { session, client, resolved };
}

/** Issue a KommPass to a demo resident and present it for the resolved request. */
async function kommPassFor(resolved: ResolvedOpenid4vpAuthorizationRequest, residentId: string) {
  const now = setup.clock.now();
  const holder = generateTestKey();
  const credential = await issueKommPass(setup.issuer, findDemoResident(residentId, now)!, { holder, now });
  return presentForRequest(resolved, credential, { vct: KOMMPASS_VCT, holder, now });
}

async function signatureCount(petitionId: string): Promise<number> {
  const [row] = await setup.deps.database.rows<{ count: string }>("select count(*) as count from signatures where petition_id = $1", [petitionId]);
  return Number(row!.count);
}

async function statusHtml(session: BrowserSession): Promise<string> {
  const response = await browserGet(setup.app, `/wallet/${session.transactionId}/status`, session.cookie);
  expect(response.status).toBe(200);
  return response.text();
}

describe("POST /petitionen/:id/wallet", () => {
  it("redirects 303 to the transaction and sets an HttpOnly Lax cookie", async () => {
    const petition = await freshPetition();
    const response = await setup.app.request(`${TEST_PUBLIC_URL}/petitionen/${petition.id}/wallet`, { method: "POST", headers: { Origin: TEST_PUBLIC_URL } });
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/^\/wallet\/[0-9a-f-]{36}$/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Secure");
    expect(cookie).toContain(`Path=${response.headers.get("location")}`);
  });

  it("responds 409 for a petition that is not collecting", async () => {
    const petition = await freshPetition({ status: "closed" });
    const response = await setup.app.request(`${TEST_PUBLIC_URL}/petitionen/${petition.id}/wallet`, { method: "POST", headers: { Origin: TEST_PUBLIC_URL } });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Dieses Bürgerbegehren sammelt keine Unterschriften");
  });

  it("responds 404 for an unknown petition", async () => {
    const response = await setup.app.request(`${TEST_PUBLIC_URL}/petitionen/00000000-0000-4000-8000-000000000000/wallet`, { method: "POST", headers: { Origin: TEST_PUBLIC_URL } });
    expect(response.status).toBe(404);
  });
});

describe("GET /wallet/:id", () => {
  it("shows the QR code, the same-device link and the polling status", async () => {
    const petition = await freshPetition();
    const session = await startSigning(setup.app, petition.id);
    const response = await browserGet(setup.app, `/wallet/${session.transactionId}`, session.cookie);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('src="data:image/svg+xml;base64,');
    expect(html).toContain('alt="QR-Code mit der Anfrage an Ihr Wallet"');
    expect(html).toContain("href=\"openid4vp://?client_id=x509_hash");
    expect(html).toContain(`hx-get="/wallet/${session.transactionId}/status"`);
    expect(html).toContain("Status prüfen");
    expect(html).not.toContain("Im Demo-Wallet öffnen");
  });

  it("responds 403 to a foreign browser", async () => {
    const petition = await freshPetition();
    const session = await startSigning(setup.app, petition.id);
    const withoutCookie = await browserGet(setup.app, `/wallet/${session.transactionId}`, undefined);
    const otherCookie = await browserGet(setup.app, `/wallet/${session.transactionId}`, "mz_wallet=someone-else");
    expect(withoutCookie.status).toBe(403);
    expect(otherCookie.status).toBe(403);
    expect(await withoutCookie.text()).toContain("Diese Anfrage gehört zu einem anderen Browser");
  });

  it("responds 404 for an unknown transaction", async () => {
    const response = await browserGet(setup.app, "/wallet/not-a-transaction", undefined);
    expect(response.status).toBe(404);
  });
});

describe("same-device flow", () => {
  it("signs and shows the receipt once for the response code", async () => {
    const petition = await freshPetition();
    const { session, client, resolved } = await startAndResolve(petition.id, "same-device");

    const response = await submitVpToken(resolved, client, await kommPassFor(resolved, "kaethe-grossmann"));
    const body = (await response.json()) as { redirect_uri: string };
    expect(response.status).toBe(200);
    const redirect = new URL(body.redirect_uri);
    expect(redirect.pathname).toBe(`/wallet/${session.transactionId}/ergebnis`);
    expect(redirect.searchParams.get("response_code")!.length).toBeGreaterThanOrEqual(22);

    const outcomePath = `${redirect.pathname}${redirect.search}`;
    expect((await browserGet(setup.app, outcomePath, undefined)).status).toBe(403);
    expect((await browserGet(setup.app, `${redirect.pathname}?response_code=wrong`, session.cookie)).status).toBe(403);
    expect((await browserGet(setup.app, redirect.pathname, session.cookie)).status).toBe(403);

    const outcome = await browserGet(setup.app, outcomePath, session.cookie);
    const html = await outcome.text();
    expect(outcome.status).toBe(200);
    expect(html).toContain("Ihre Unterschrift ist gezählt");
    expect(html).toMatch(/class="wallet-receipt"><code>[A-Z0-9-]+<\/code>/);
    expect(html).not.toContain("Großmann");

    const reused = await browserGet(setup.app, outcomePath, session.cookie);
    expect(reused.status).toBe(410);
    expect(await reused.text()).toContain("Dieser Link wurde bereits verwendet");
    expect(await signatureCount(petition.id)).toBe(1);
  });

  it("names the unproven place of birth", async () => {
    const petition = await freshPetition();
    const { session, client, resolved } = await startAndResolve(petition.id, "same-device");

    const response = await submitVpToken(resolved, client, await kommPassFor(resolved, "oemer-yildiz"));
    const redirect = new URL(((await response.json()) as { redirect_uri: string }).redirect_uri);
    const html = await (await browserGet(setup.app, `${redirect.pathname}${redirect.search}`, session.cookie)).text();

    expect(html).toContain("<h2>Ihre Unterschrift ist vorläufig erfasst</h2>");
    expect(html).not.toContain("Ihre Unterschrift ist gezählt");
    expect(html).toContain("<li>Ihr Geburtsort");
    expect(html).not.toContain("seit wann Sie in der Gemeinde wohnen");
  });

  it("keeps the outcome from the polling page until the code is redeemed", async () => {
    const petition = await freshPetition();
    const { session, client, resolved } = await startAndResolve(petition.id, "same-device");
    await submitVpToken(resolved, client, await kommPassFor(resolved, "kaethe-grossmann"));

    const html = await statusHtml(session);
    expect(html).toContain("Ihr Wallet hat geantwortet");
    expect(html).not.toContain("wallet-receipt");
  });
});

describe("cross-device flow", () => {
  it("answers {} and the polling status shows the receipt", async () => {
    const petition = await freshPetition();
    const { session, client, resolved } = await startAndResolve(petition.id, "cross-device");
    expect(await statusHtml(session)).toContain("Warten auf Ihr Wallet");

    const response = await submitVpToken(resolved, client, await kommPassFor(resolved, "joerg-peter-boehme"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({});

    const html = await statusHtml(session);
    expect(html).toContain("Ihre Unterschrift ist gezählt");
    expect(html).toMatch(/class="wallet-receipt"><code>[A-Z0-9-]+<\/code>/);
    expect(html).not.toContain("hx-get");
    expect((await browserGet(setup.app, `/wallet/${session.transactionId}/status`, undefined)).status).toBe(403);
  });

  it("shows already signed for a second signature of the same person", async () => {
    const petition = await freshPetition();
    const first = await startAndResolve(petition.id, "cross-device");
    await submitVpToken(first.resolved, first.client, await kommPassFor(first.resolved, "kaethe-grossmann"));

    const second = await startAndResolve(petition.id, "cross-device");
    const response = await submitVpToken(second.resolved, second.client, await kommPassFor(second.resolved, "kaethe-grossmann"));
    expect(response.status).toBe(200);
    expect(await statusHtml(second.session)).toContain("Sie haben bereits unterschrieben");
    expect(await signatureCount(petition.id)).toBe(1);
  });
});

describe("rejections", () => {
  it.each([
    ["bjoern-jaehnichen", "Sie wohnen nicht in der Gemeinde dieses Bürgerbegehrens"],
    ["leonie-schaefer", "Sie haben das Mindestalter noch nicht erreicht"],
  ])("shows why %s may not sign", async (residentId, message) => {
    const petition = await freshPetition();
    const { session, client, resolved } = await startAndResolve(petition.id, "cross-device");
    await submitVpToken(resolved, client, await kommPassFor(resolved, residentId));

    const html = await statusHtml(session);
    expect(html).toContain(message);
    expect(html).toContain("Erneut versuchen");
    expect(await signatureCount(petition.id)).toBe(0);
  });

  it("shows the credential rejection for a KB-JWT with another nonce", async () => {
    const petition = await freshPetition();
    const { session, client, resolved } = await startAndResolve(petition.id, "cross-device");
    const now = setup.clock.now();
    const holder = generateTestKey();
    const credential = await issueKommPass(setup.issuer, findDemoResident("kaethe-grossmann", now)!, { holder, now });
    const vpToken = await presentForRequest(resolved, credential, { vct: KOMMPASS_VCT, holder, now, nonce: "another-nonce" });
    await submitVpToken(resolved, client, vpToken);

    expect(await statusHtml(session)).toContain("Ihr Nachweis wurde nicht angenommen");
    expect(await signatureCount(petition.id)).toBe(0);
  });

  it("records an access_denied error from the wallet", async () => {
    const petition = await freshPetition();
    const { session, resolved } = await startAndResolve(petition.id, "cross-device");
    const response = await postToResponseUri(setup.app, responseUriOf(resolved), {
      error: "access_denied",
      state: stateOf(resolved),
    });
    expect(response.status).toBe(200);
    expect(await statusHtml(session)).toContain("Ihr Wallet hat keinen Nachweis gesendet");
  });
});

describe("POST /openid4vp/response/:id", () => {
  it("rejects a replayed response with 400 and signs once", async () => {
    const petition = await freshPetition();
    const { resolved } = await startAndResolve(petition.id, "cross-device");
    const jwe = await encryptToRequest(resolved, {
      vp_token: await kommPassFor(resolved, "kaethe-grossmann"),
      state: stateOf(resolved),
    });
    const responseUri = responseUriOf(resolved);

    expect((await postToResponseUri(setup.app, responseUri, { response: jwe })).status).toBe(200);
    const replay = await postToResponseUri(setup.app, responseUri, { response: jwe });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: "invalid_request" });
    expect(await signatureCount(petition.id)).toBe(1);
  });

  it("rejects a wrong state with 400 and keeps the transaction open", async () => {
    const petition = await freshPetition();
    const { session, client, resolved } = await startAndResolve(petition.id, "cross-device");
    const vpToken = await kommPassFor(resolved, "kaethe-grossmann");
    const responseUri = responseUriOf(resolved);

    const wrong = await postToResponseUri(setup.app, responseUri, { response: await encryptToRequest(resolved, { vp_token: vpToken, state: "wrong-state" }) });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error_description: string }).error_description).toContain("state");
    expect(await statusHtml(session)).toContain("Warten auf Ihr Wallet");

    expect((await submitVpToken(resolved, client, vpToken)).status).toBe(200);
    expect(await signatureCount(petition.id)).toBe(1);
  });

  it("rejects an unencrypted vp_token when direct_post.jwt is required", async () => {
    const petition = await freshPetition();
    const { resolved } = await startAndResolve(petition.id, "cross-device");
    const response = await postToResponseUri(setup.app, responseUriOf(resolved), {
      vp_token: JSON.stringify(await kommPassFor(resolved, "kaethe-grossmann")),
      state: stateOf(resolved),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error_description: string }).error_description).toContain("direct_post.jwt");
    expect(await signatureCount(petition.id)).toBe(0);
  });

  it.each([
    [{ enc: "A192GCM" }, "enc"],
    [{ alg: "ECDH-ES+A128KW" }, "alg"],
    [{ kid: "another-key" }, "kid"],
  ])("rejects a JWE with %o", async (header, mentioned) => {
    const petition = await freshPetition();
    const { resolved } = await startAndResolve(petition.id, "cross-device");
    const jwe = await encryptToRequest(resolved, { vp_token: {}, state: stateOf(resolved) }, header);
    const response = await postToResponseUri(setup.app, responseUriOf(resolved), { response: jwe });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error_description: string }).error_description).toContain(mentioned);
  });

  it("accepts A128GCM as well as A256GCM", async () => {
    const petition = await freshPetition();
    const { session, client, resolved } = await startAndResolve(petition.id, "cross-device");
    const response = await submitVpToken(resolved, client, await kommPassFor(resolved, "kaethe-grossmann"), { enc: "A128GCM" });
    expect(response.status).toBe(200);
    expect(await statusHtml(session)).toContain("Ihre Unterschrift ist gezählt");
  });

  it("rejects a late response after the transaction expired", async () => {
    const petition = await freshPetition();
    const { session, client, resolved } = await startAndResolve(petition.id, "cross-device");
    const vpToken = await kommPassFor(resolved, "kaethe-grossmann");
    setup.clock.advance((setup.deps.config.verifier.transactionTtlSeconds + 1) * 1000);
    try {
      const late = await submitVpToken(resolved, client, vpToken);
      expect(late.status).toBe(400);
      expect(((await late.json()) as { error_description: string }).error_description).toContain("abgelaufen");

      const page = await browserGet(setup.app, `/wallet/${session.transactionId}`, session.cookie);
      const html = await page.text();
      expect(html).toContain("Die Anfrage ist abgelaufen");
      expect(html).toContain(`action="/petitionen/${petition.id}/wallet"`);
      expect(html).not.toContain("openid4vp://");

      const requestObject = await setup.app.request(requestUri(TEST_PUBLIC_URL, session.transactionId, "cross-device"));
      expect(requestObject.status).toBe(410);
    } finally {
      setup.clock.advance(-(setup.deps.config.verifier.transactionTtlSeconds + 1) * 1000);
    }
    expect(await signatureCount(petition.id)).toBe(0);
  });

  it("rejects a form with a repeated parameter", async () => {
    const petition = await freshPetition();
    const { resolved } = await startAndResolve(petition.id, "cross-device");
    const response = await setup.app.request(responseUriOf(resolved), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "response=a&response=b",
    });
    expect(response.status).toBe(400);
  });

  it("responds 413 with JSON to an oversized body", async () => {
    const petition = await freshPetition();
    const { resolved } = await startAndResolve(petition.id, "cross-device");
    const response = await postToResponseUri(setup.app, responseUriOf(resolved), { response: "x".repeat(100_000) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: "invalid_request" });
  });

  it("responds 404 with JSON for an unknown transaction", async () => {
    const response = await postToResponseUri(setup.app, `${TEST_PUBLIC_URL}/openid4vp/response/00000000-0000-4000-8000-000000000000`, { error: "access_denied", state: "x" });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: "invalid_request" });
  });
});

describe("GET and POST /openid4vp/request/:id", () => {
  it("serves the signed request object more than once", async () => {
    const petition = await freshPetition();
    const session = await startSigning(setup.app, petition.id);
    const uri = requestUri(TEST_PUBLIC_URL, session.transactionId, "cross-device");
    const first = await setup.app.request(uri);
    const second = await setup.app.request(uri);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/oauth-authz-req+jwt");
    expect(second.status).toBe(200);
  });

  it("echoes wallet_nonce for request_uri_method post", async () => {
    const petition = await freshPetition();
    const session = await startSigning(setup.app, petition.id);
    const response = await setup.app.request(requestUri(TEST_PUBLIC_URL, session.transactionId, "same-device"), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "wallet_nonce=qPmxiNFCR3QTm19POc8u",
    });
    const payload = JSON.parse(Buffer.from((await response.text()).split(".")[1]!, "base64url").toString("utf8")) as Record<string, unknown>;
    expect(payload.wallet_nonce).toBe("qPmxiNFCR3QTm19POc8u");
    expect(payload.response_uri).toBe(`${TEST_PUBLIC_URL}/openid4vp/response/${session.transactionId}/same-device`);
  });

  it.each([
    ["an empty wallet_nonce", "wallet_nonce=", 400],
    ["a wallet_nonce of 257 characters", `wallet_nonce=${"a".repeat(257)}`, 400],
    ["a body over 16 KiB", `wallet_nonce=${"a".repeat(17 * 1024)}`, 413],
  ])("rejects %s at the request URI", async (_name, body, status) => {
    const petition = await freshPetition();
    const session = await startSigning(setup.app, petition.id);
    const response = await setup.app.request(requestUri(TEST_PUBLIC_URL, session.transactionId, "same-device"), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    expect(response.status).toBe(status);
    expect((await response.text()).length).toBeLessThan(1000);
  });

  it("rejects an unknown flow with 400", async () => {
    const petition = await freshPetition();
    const session = await startSigning(setup.app, petition.id);
    const response = await setup.app.request(`${TEST_PUBLIC_URL}/openid4vp/request/${session.transactionId}?flow=elsewhere`);
    expect(response.status).toBe(400);
  });
});
