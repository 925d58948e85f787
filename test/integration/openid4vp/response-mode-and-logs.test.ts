import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import { KOMMPASS_VCT } from "../../../src/credentials/credential-types";
import { findDemoResident } from "../../../src/demo/demo-residents";
import { createLogger } from "../../../src/log";
import { requestUri, walletInvocationUrl } from "../../../src/openid4vp/wallet-urls";
import { generateTestKey, issueKommPass } from "../../helpers/credentials";
import {
  browserGet,
  createWalletTestSetup,
  presentForRequest,
  resolveInvocation,
  startSigning,
  submitVpToken,
  TEST_PUBLIC_URL,
  testWalletClient,
  type WalletTestSetup,
} from "../../helpers/wallet";

describe("response mode direct_post (development)", () => {
  let setup: WalletTestSetup;
  beforeAll(async () => {
    setup = await createWalletTestSetup({ env: { RESPONSE_MODE: "direct_post" } });
  });
  afterAll(async () => {
    await setup.deps.database.close();
  });

  it("asks for an unencrypted response and signs with it", async () => {
    const session = await startSigning(setup.app, setup.petition.id);
    const client = testWalletClient(setup.app);
    const resolved = await resolveInvocation(
      client,
      walletInvocationUrl(setup.deps.verifierIdentity.clientId, requestUri(TEST_PUBLIC_URL, session.transactionId, "cross-device")),
    );
    expect(resolved.authorizationRequestPayload.response_mode).toBe("direct_post");
    expect(resolved.authorizationRequestPayload.client_metadata?.jwks).toBeUndefined();

    const now = setup.clock.now();
    const holder = generateTestKey();
    const credential = await issueKommPass(setup.issuer, findDemoResident("kaethe-grossmann", now)!, { holder, now });
    const response = await submitVpToken(resolved, client, await presentForRequest(resolved, credential, { vct: KOMMPASS_VCT, holder, now }));
    expect(response.status).toBe(200);

    const status = await browserGet(setup.app, `/wallet/${session.transactionId}/status`, session.cookie);
    expect(await status.text()).toContain("Ihre Unterschrift ist gezählt");
  });
});

describe("client_id prefix x509_san_dns", () => {
  let setup: WalletTestSetup;
  beforeAll(async () => {
    setup = await createWalletTestSetup({ env: { CLIENT_ID_PREFIX: "x509_san_dns" } });
  });
  afterAll(async () => {
    await setup.deps.database.close();
  });

  it("passes the library wallet's DNS name checks", async () => {
    const session = await startSigning(setup.app, setup.petition.id);
    const client = testWalletClient(setup.app);
    const resolved = await resolveInvocation(
      client,
      walletInvocationUrl(setup.deps.verifierIdentity.clientId, requestUri(TEST_PUBLIC_URL, session.transactionId, "same-device")),
    );
    expect(resolved.client.prefix).toBe("x509_san_dns");
    expect(resolved.client.identifier).toBe("localhost");
  });
});

describe("logs of a rejected presentation", () => {
  let setup: WalletTestSetup;
  const lines: string[] = [];

  beforeAll(async () => {
    setup = await createWalletTestSetup();
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    setup = { ...setup, app: createApp({ ...setup.deps, logger: createLogger("info", destination) }) };
  });
  afterAll(async () => {
    await setup.deps.database.close();
  });

  it("name the reason code and no presentation or claim", async () => {
    const session = await startSigning(setup.app, setup.petition.id);
    const client = testWalletClient(setup.app);
    const resolved = await resolveInvocation(
      client,
      walletInvocationUrl(setup.deps.verifierIdentity.clientId, requestUri(TEST_PUBLIC_URL, session.transactionId, "cross-device")),
    );
    const now = setup.clock.now();
    const holder = generateTestKey();
    const credential = await issueKommPass(setup.issuer, findDemoResident("kaethe-grossmann", now)!, { holder, now });
    const vpToken = await presentForRequest(resolved, credential, { vct: KOMMPASS_VCT, holder, now, audience: "x509_hash:someone-else" });
    await submitVpToken(resolved, client, vpToken);

    const rejected = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => entry.event === "credential.rejected");
    expect(rejected).toMatchObject({ event: "credential.rejected", reason: "AUDIENCE_MISMATCH" });
    const everything = lines.join("\n");
    expect(everything).not.toContain("Großmann");
    expect(everything).not.toContain("1961-03-14");
    expect(everything).not.toContain(Object.values(vpToken)[0]![0]!.split("~")[0]);
    expect(everything).not.toContain(session.cookie.split("=")[1]);
  });
});
