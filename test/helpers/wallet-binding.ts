import type { Openid4vpClient, ResolvedOpenid4vpAuthorizationRequest } from "@openid4vc/openid4vp";
import { KOMMPASS_VCT } from "../../src/credentials/credential-types";
import type { DemoResident } from "../../src/demo/demo-residents";
import { requestUri, walletInvocationUrl, type WalletFlowName } from "../../src/openid4vp/wallet-urls";
import { generateTestKey, issueKommPass } from "./credentials";
import { newResidentAuthenticator } from "./residents";
import type { SoftwareAuthenticator } from "./software-authenticator";
import { TestBrowser } from "./staff-ceremonies";
import { presentForRequest, resolveInvocation, submitVpToken, TEST_PUBLIC_URL, testWalletClient, type WalletTestSetup } from "./wallet";

/** A browser that pressed "Mit der Wallet nachweisen", and the request a library wallet resolved for one flow. */
export type BindingSession = {
  browser: TestBrowser;
  transactionId: string;
  client: Openid4vpClient;
  resolved: ResolvedOpenid4vpAuthorizationRequest;
};

/** Start a binding in a test browser (a new one unless given) and resolve its request with the library wallet. */
export async function startBinding(
  setup: WalletTestSetup,
  options: { flow?: WalletFlowName; browser?: TestBrowser } = {},
): Promise<BindingSession> {
  const browser = options.browser ?? new TestBrowser(setup.app, TEST_PUBLIC_URL);
  const started = await browser.postForm("/aktivieren/wallet", {});
  if (started.status !== 303) throw new Error(`starting a binding answered ${started.status}`);
  const location = started.headers.get("location") ?? "";
  const transactionId = /^\/wallet\/([0-9a-f-]{36})$/.exec(location)?.[1];
  if (transactionId === undefined) throw new Error(`unexpected binding start: ${location}`);

  const client = testWalletClient(setup.app);
  const invocation = walletInvocationUrl(setup.deps.verifierIdentity.clientId, requestUri(TEST_PUBLIC_URL, transactionId, options.flow ?? "cross-device"));
  return { browser, transactionId, client, resolved: await resolveInvocation(client, invocation) };
}

/** Issue a KommPass to a resident and present the requested claims for the session's request. */
export async function kommPassFor(setup: WalletTestSetup, session: BindingSession, resident: DemoResident): Promise<Record<string, string[]>> {
  const now = setup.clock.now();
  const holder = generateTestKey();
  const credential = await issueKommPass(setup.issuer, resident, { holder, now });
  return presentForRequest(session.resolved, credential, { vct: KOMMPASS_VCT, holder, now });
}

/**
 * Prove a resident's eligibility with a KommPass through the whole binding
 * (cross-device): start, present, and check that the polling status shows
 * the binding as proven. Returns the session for the passkey step.
 */
export async function bindWithKommPass(setup: WalletTestSetup, resident: DemoResident, browser?: TestBrowser): Promise<BindingSession> {
  const session = await startBinding(setup, browser === undefined ? {} : { browser });
  const response = await submitVpToken(session.resolved, session.client, await kommPassFor(setup, session, resident));
  if (response.status !== 200) throw new Error(`the binding response answered ${response.status}`);
  const status = await (await session.browser.get(`/wallet/${session.transactionId}/status`)).text();
  if (!status.includes(`action="/wallet/${session.transactionId}/passkey"`)) throw new Error(`the binding was not proven: ${status}`);
  return session;
}

/**
 * Go on from a proven binding to the passkey as static/passkeys.js does: the
 * step page, the options and the registration. Returns each response.
 */
export async function registerAfterBinding(
  setup: WalletTestSetup,
  session: BindingSession,
  authenticator: SoftwareAuthenticator = newResidentAuthenticator(setup.deps),
): Promise<{ step: Response; response: Response; authenticator: SoftwareAuthenticator }> {
  const step = await session.browser.postForm(`/wallet/${session.transactionId}/passkey`, {});
  if (step.status !== 200) return { step, response: step, authenticator };
  const options = await session.browser.postJson("/aktivieren/optionen", {});
  if (options.status !== 200) return { step, response: options, authenticator };
  const creationOptions = (await options.json()) as { challenge: string };
  const response = await session.browser.postJson("/aktivieren/passkey", {
    response: authenticator.createRegistrationResponse(creationOptions, { attestation: "packed" }),
    name: "Smartphone",
  });
  return { step, response, authenticator };
}
