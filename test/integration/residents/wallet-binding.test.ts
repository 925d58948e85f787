import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import { EU_PID_VCT, KOMMPASS_VCT } from "../../../src/credentials/credential-types";
import { residentAccounts, residentPasskeys, walletActivations, walletTransactions } from "../../../src/db/schema";
import { type DemoResident, findDemoResident } from "../../../src/demo/demo-residents";
import { purgeWalletTransactions } from "../../../src/openid4vp/purge-wallet-transactions";
import { requestUri, walletInvocationUrl } from "../../../src/openid4vp/wallet-urls";
import { WALLET_ACTIVATION_SECONDS } from "../../../src/residents/wallet-activations";
import { residentKeyOf } from "../../../src/signing/resident-key";
import { createTestIssuer, generateTestKey, issueEuPid, issueKommPass, presentCredential, trustListOf } from "../../helpers/credentials";
import { createTestPetition } from "../../helpers/petitions";
import { activateWithCode, createLetterCode, KAETHE_REGISTER_ROW, newResidentAuthenticator, signWithPasskeyOverHttp } from "../../helpers/residents";
import { TestBrowser } from "../../helpers/staff-ceremonies";
import {
  browserGet,
  credentialQueryFor,
  encryptToRequest,
  postToResponseUri,
  presentForRequest,
  resolveInvocation,
  responseUriOf,
  startSigning,
  stateOf,
  submitVpToken,
  TEST_PUBLIC_URL,
  testWalletClient,
  type WalletTestSetup,
  createWalletTestSetup,
} from "../../helpers/wallet";
import { type BindingSession, bindWithKommPass, kommPassFor, registerAfterBinding, startBinding } from "../../helpers/wallet-binding";

let setup: WalletTestSetup;

beforeAll(async () => {
  setup = await createWalletTestSetup();
});
afterAll(async () => {
  await setup.deps.database.close();
});

/**
 * Käthe Großmann under another family name, so that each test has a person
 * of its own. `registerRow` is the same person's population register entry.
 */
function person(familyName: string): { resident: DemoResident; registerRow: Record<string, string> } {
  const kaethe = findDemoResident("kaethe-grossmann", setup.clock.now())!;
  return { resident: { ...kaethe, familyName }, registerRow: { ...KAETHE_REGISTER_ROW, familienname: familyName } };
}

async function statusHtml(session: BindingSession): Promise<string> {
  const response = await session.browser.get(`/wallet/${session.transactionId}/status`);
  expect(response.status).toBe(200);
  return response.text();
}

/** Compute the resident key that every channel derives for a demo resident. */
function residentKeyOfResident(resident: DemoResident): Buffer {
  return residentKeyOf(setup.deps.serverSecret, {
    familyName: resident.familyName,
    givenNames: resident.givenName,
    birthDate: resident.birthDate,
    placeOfBirth: resident.placeOfBirth.locality,
  });
}

async function activationRow(transactionId: string) {
  const [row] = await setup.deps.database.db.select().from(walletActivations).where(eq(walletActivations.transactionId, transactionId));
  return row;
}

async function accountOf(residentKey: Buffer) {
  const [row] = await setup.deps.database.db.select().from(residentAccounts).where(eq(residentAccounts.residentKey, residentKey));
  return row;
}

async function passkeyCount(accountId: string): Promise<number> {
  return (await setup.deps.database.db.select().from(residentPasskeys).where(eq(residentPasskeys.residentAccountId, accountId))).length;
}

async function signatureCount(petitionId: string): Promise<number> {
  const [row] = await setup.deps.database.rows<{ count: string }>("select count(*) as count from signatures where petition_id = $1", [petitionId]);
  return Number(row!.count);
}

async function freshPetition() {
  return createTestPetition(setup.deps.database, { now: setup.clock.now(), serverSecret: setup.deps.serverSecret });
}

/** Sign a petition with a resident's KommPass through the wallet signing flow and return the status fragment's HTML. */
async function signWithKommPass(petitionId: string, resident: DemoResident): Promise<string> {
  const session = await startSigning(setup.app, petitionId);
  const client = testWalletClient(setup.app);
  const resolved = await resolveInvocation(client, walletInvocationUrl(setup.deps.verifierIdentity.clientId, requestUri(TEST_PUBLIC_URL, session.transactionId, "cross-device")));
  const now = setup.clock.now();
  const holder = generateTestKey();
  const credential = await issueKommPass(setup.issuer, resident, { holder, now });
  expect((await submitVpToken(resolved, client, await presentForRequest(resolved, credential, { vct: KOMMPASS_VCT, holder, now }))).status).toBe(200);
  return (await browserGet(setup.app, `/wallet/${session.transactionId}/status`, session.cookie)).text();
}

/** Read the nonce and client_id of a resolved request, for presentations made by hand. */
function keyBindingTarget(session: BindingSession) {
  const request = session.resolved.authorizationRequestPayload;
  return { nonce: request.nonce, audience: request.client_id! };
}

describe("GET /aktivieren", () => {
  it("offers the wallet next to the code", async () => {
    const html = await (await browserGet(setup.app, "/aktivieren", undefined)).text();
    expect(html).toContain('name="code"');
    expect(html).toContain('action="/aktivieren/wallet"');
    expect(html).toContain("Mit der Wallet nachweisen");
    expect(html).toContain("Personalausweis-Nachweis (PID) reicht dafür nicht");
  });

  it("offers it in English with ?lang=en", async () => {
    const html = await (await browserGet(setup.app, "/aktivieren?lang=en", undefined)).text();
    expect(html).toContain("Prove with your wallet");
  });

  it("leaves the wallet out when no trusted issuer can bind", async () => {
    const pidOnly = await createTestIssuer({ vct: [EU_PID_VCT] });
    const app = createApp({ ...setup.deps, trustList: trustListOf(pidOnly) });
    const page = await (await app.request(`${TEST_PUBLIC_URL}/aktivieren`)).text();
    expect(page).not.toContain('action="/aktivieren/wallet"');

    const started = await new TestBrowser(app, TEST_PUBLIC_URL).postForm("/aktivieren/wallet", {});
    expect(started.status).toBe(404);
    expect(await started.text()).toContain("Nachweis mit der Wallet nicht möglich");
  });
});

describe("POST /aktivieren/wallet", () => {
  it("starts a bind transaction without a petition", async () => {
    const session = await startBinding(setup);
    const [row] = await setup.deps.database.db.select().from(walletTransactions).where(eq(walletTransactions.id, session.transactionId));
    expect(row?.purpose).toBe("bind");
    expect(row?.petitionId).toBeNull();
    expect(row?.clientName).toBe("mitzeichnen – Passkey einrichten");

    const page = await session.browser.get(`/wallet/${session.transactionId}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("<h1>Mit der Wallet nachweisen</h1>");
    expect(html).toContain('src="data:image/svg+xml;base64,');
    expect(html).toContain('href="openid4vp://?client_id=');
    expect(html).toContain(`hx-get="/wallet/${session.transactionId}/status"`);
  });

  it("asks only for a KommPass with the identity and every fact", async () => {
    const { resolved } = await startBinding(setup);
    const query = resolved.dcql?.query as { credentials: { meta: { vct_values: string[] } }[] };
    expect(query.credentials.map((credential) => credential.meta.vct_values)).toEqual([[KOMMPASS_VCT]]);
    const paths = (credentialQueryFor(resolved, KOMMPASS_VCT).claims ?? []).map((claim) => claim.path);
    expect(paths).toEqual(
      expect.arrayContaining([["family_name"], ["given_name"], ["birthdate"], ["place_of_birth"], ["municipality_key"], ["main_residence_since"], ["nationalities"]]),
    );
  });
});

describe("binding by wallet", () => {
  it("proves eligibility, registers a passkey and stores only facts", async () => {
    const { resident } = person("Walletweg");
    const session = await bindWithKommPass(setup, resident);
    const status = await statusHtml(session);
    expect(status).toContain("Ihre Berechtigung ist nachgewiesen");
    expect(status).toContain("Richten Sie jetzt Ihren Passkey ein. Der Nachweis gilt 15 Minuten.");
    expect(status).toContain("Weiter zum Passkey");
    expect(status).not.toContain("hx-get");

    const { step, response } = await registerAfterBinding(setup, session);
    expect(await step.text()).toContain("Ihre Berechtigung ist nachgewiesen. Richten Sie jetzt innerhalb von 15 Minuten Ihren Passkey ein");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ redirect: "/mein-konto" });

    const account = await accountOf(residentKeyOfResident(resident));
    expect(account?.provenBy).toBe("wallet");
    expect(account?.facts).toEqual({
      municipalityKey: "14612000",
      mainResidenceSince: "1990-10-01",
      reachesMinimumAgeOn: "1977-03-14",
      minimumAge: 16,
      citizenship: "DE",
    });
    expect(account?.factsProvenAt.toISOString()).toBe(setup.clock.now().toISOString());
    expect(await activationRow(session.transactionId)).toBeUndefined();

    const area = await (await session.browser.get("/mein-konto")).text();
    expect(area).toContain("(Wallet)");
    expect(area).not.toContain("Walletweg");
  });

  it("works on the same device through the response code", async () => {
    const { resident } = person("Gleichgerät");
    const session = await startBinding(setup, { flow: "same-device" });
    const response = await submitVpToken(session.resolved, session.client, await kommPassFor(setup, session, resident));
    const redirect = new URL(((await response.json()) as { redirect_uri: string }).redirect_uri);

    const outcome = await session.browser.get(`${redirect.pathname}${redirect.search}`);
    const html = await outcome.text();
    expect(outcome.status).toBe(200);
    expect(html).toContain("<h1>Mit der Wallet nachweisen</h1>");
    expect(html).toContain(`action="/wallet/${session.transactionId}/passkey"`);
    expect((await registerAfterBinding(setup, session)).response.status).toBe(200);
  });

  it("derives the resident key the letter and wallet signing derive", async () => {
    const { resident, registerRow } = person("Schlüsselgleich");
    const letter = await createLetterCode(setup.deps, { row: registerRow });
    const session = await bindWithKommPass(setup, resident);
    expect((await activationRow(session.transactionId))?.residentKey.equals(letter.residentKey)).toBe(true);
  });

  it("gives the account the letter's weak resident key", async () => {
    const { resident, registerRow } = person("Schwachgleich");
    const letter = await createLetterCode(setup.deps, { row: registerRow });
    const session = await bindWithKommPass(setup, resident);
    expect((await activationRow(session.transactionId))?.weakResidentKey.equals(letter.weakResidentKey)).toBe(true);

    expect((await registerAfterBinding(setup, session)).response.status).toBe(200);

    expect((await accountOf(letter.residentKey))?.weakResidentKey?.equals(letter.weakResidentKey)).toBe(true);
  });

  it("says already signed to a passkey after signing with the wallet", async () => {
    const { resident } = person("Erstwallet");
    const petition = await freshPetition();
    expect(await signWithKommPass(petition.id, resident)).toContain("Ihre Unterschrift ist gezählt");

    const { authenticator, response } = await registerAfterBinding(setup, await bindWithKommPass(setup, resident));
    expect(response.status).toBe(200);
    const { body, page } = await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, authenticator);
    expect(body.outcome).toBe("already_signed");
    expect(page).toContain("Sie haben bereits unterschrieben");
    expect(await signatureCount(petition.id)).toBe(1);
  });

  it("makes the wallet say already signed after the bound passkey", async () => {
    const { resident } = person("Erstpasskey");
    const { authenticator } = await registerAfterBinding(setup, await bindWithKommPass(setup, resident));
    const petition = await freshPetition();
    expect((await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, authenticator)).body.outcome).toBe("signed");

    expect(await signWithKommPass(petition.id, resident)).toContain("Sie haben bereits unterschrieben");
    expect(await signatureCount(petition.id)).toBe(1);
  });
});

describe("binding with an account already there", () => {
  it("offers signing in and refreshes the facts with the passkey", async () => {
    const { resident, registerRow } = person("Kontovorhanden");
    const letter = await createLetterCode(setup.deps, { row: { ...registerRow, hauptwohnsitz_seit: "01.01.2020" } });
    const activated = await activateWithCode(setup.deps, setup.app, letter.code);
    expect(activated.response.status).toBe(200);

    const session = await bindWithKommPass(setup, resident);
    const step = await session.browser.postForm(`/wallet/${session.transactionId}/passkey`, {});
    const html = await step.text();
    expect(html).toContain("Für Sie gibt es schon ein Konto");
    expect(html).toContain('data-options-url="/aktivieren/anmelden/optionen"');
    expect(html).toContain('data-options-url="/aktivieren/optionen"');

    const options = (await (await session.browser.postJson("/aktivieren/anmelden/optionen", {})).json()) as { challenge: string; allowCredentials: { id: string }[] };
    expect(options.allowCredentials.map((credential) => credential.id)).toEqual([activated.authenticator.credentialIdBase64url]);
    const signedIn = await session.browser.postJson("/aktivieren/anmelden/pruefen", { response: activated.authenticator.createAssertionResponse(options) });
    expect(signedIn.status).toBe(200);
    expect(await signedIn.json()).toEqual({ redirect: "/mein-konto" });

    const account = await accountOf(letter.residentKey);
    expect(account?.provenBy).toBe("wallet");
    expect(account?.facts.mainResidenceSince).toBe("1990-10-01");
    expect(await passkeyCount(account!.id)).toBe(1);
    expect(await activationRow(session.transactionId)).toBeUndefined();
    expect((await session.browser.get("/mein-konto")).status).toBe(200);
  });

  it("adds a new passkey to the account instead", async () => {
    const { resident, registerRow } = person("Neugerät");
    const letter = await createLetterCode(setup.deps, { row: registerRow });
    expect((await activateWithCode(setup.deps, setup.app, letter.code)).response.status).toBe(200);

    const { response } = await registerAfterBinding(setup, await bindWithKommPass(setup, resident));
    expect(response.status).toBe(200);
    const accounts = await setup.deps.database.db.select().from(residentAccounts).where(eq(residentAccounts.residentKey, letter.residentKey));
    expect(accounts).toHaveLength(1);
    expect(accounts[0]!.provenBy).toBe("wallet");
    expect(await passkeyCount(accounts[0]!.id)).toBe(2);
  });

  it("rejects signing in with another resident's passkey", async () => {
    const own = person("Eigenkonto");
    const other = person("Fremdkonto");
    const ownLetter = await createLetterCode(setup.deps, { row: own.registerRow });
    expect((await activateWithCode(setup.deps, setup.app, ownLetter.code)).response.status).toBe(200);
    const otherLetter = await createLetterCode(setup.deps, { row: other.registerRow });
    const stranger = (await activateWithCode(setup.deps, setup.app, otherLetter.code)).authenticator;

    const session = await bindWithKommPass(setup, own.resident);
    expect((await session.browser.postForm(`/wallet/${session.transactionId}/passkey`, {})).status).toBe(200);
    const options = (await (await session.browser.postJson("/aktivieren/anmelden/optionen", {})).json()) as { challenge: string };
    const response = await session.browser.postJson("/aktivieren/anmelden/pruefen", { response: stranger.createAssertionResponse(options) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "PASSKEY_OF_OTHER_ACCOUNT" });
    expect(await activationRow(session.transactionId)).toBeDefined();
    expect((await accountOf(otherLetter.residentKey))?.provenBy).toBe("letter");
  });
});

describe("credentials that cannot bind", () => {
  it("rejects a PID and names the KommPass", async () => {
    const { resident } = person("Pidnutzer");
    const session = await startBinding(setup);
    const now = setup.clock.now();
    const holder = generateTestKey();
    const pid = await issueEuPid(setup.issuer, resident, { holder, now });
    const presentation = await presentCredential(pid, { holder, now, ...keyBindingTarget(session) });
    const queryId = credentialQueryFor(session.resolved, KOMMPASS_VCT).id;
    expect((await submitVpToken(session.resolved, session.client, { [queryId]: [presentation] })).status).toBe(200);

    const html = await statusHtml(session);
    expect(html).toContain("Ihr Nachweis wurde nicht angenommen");
    expect(html).toContain("Der Personalausweis-Nachweis (PID) zeigt das nicht");
    expect(html).toContain("KommPass");
    expect(html).toContain('action="/aktivieren/wallet"');
    expect(await activationRow(session.transactionId)).toBeUndefined();
  });

  it("rejects withheld claims", async () => {
    const { resident } = person("Zurückhaltend");
    const session = await startBinding(setup);
    const now = setup.clock.now();
    const holder = generateTestKey();
    const credential = await issueKommPass(setup.issuer, resident, { holder, now });
    const identityOnly = [["family_name"], ["given_name"], ["birthdate"], ["place_of_birth"], ["municipality_key"], ["nationalities"]];
    const presentation = await presentCredential(credential, { holder, now, disclose: identityOnly, ...keyBindingTarget(session) });
    const queryId = credentialQueryFor(session.resolved, KOMMPASS_VCT).id;
    await submitVpToken(session.resolved, session.client, { [queryId]: [presentation] });

    const html = await statusHtml(session);
    expect(html).toContain("Ihr Wallet hat nicht alle nötigen Angaben freigegeben");
    expect(html).toContain("Hauptwohnsitz seit");
    expect(await activationRow(session.transactionId)).toBeUndefined();
  });

  it("rejects a credential that names no place of birth", async () => {
    const session = await startBinding(setup);
    await submitVpToken(session.resolved, session.client, await kommPassFor(setup, session, findDemoResident("oemer-yildiz", setup.clock.now())!));
    expect(await statusHtml(session)).toContain("Ihr Nachweis nennt keinen Geburtsort");
    expect(await activationRow(session.transactionId)).toBeUndefined();
  });

  it("rejects a KB-JWT with another nonce", async () => {
    const { resident } = person("Fremdnonce");
    const session = await startBinding(setup);
    const now = setup.clock.now();
    const holder = generateTestKey();
    const credential = await issueKommPass(setup.issuer, resident, { holder, now });
    const vpToken = await presentForRequest(session.resolved, credential, { vct: KOMMPASS_VCT, holder, now, nonce: "another-nonce" });
    await submitVpToken(session.resolved, session.client, vpToken);

    const html = await statusHtml(session);
    expect(html).toContain("auf eine ältere Anfrage geantwortet");
    expect(await activationRow(session.transactionId)).toBeUndefined();
  });

  it("explains access_denied with the KommPass", async () => {
    const session = await startBinding(setup);
    const response = await postToResponseUri(setup.app, responseUriOf(session.resolved), { error: "access_denied", state: stateOf(session.resolved) });
    expect(response.status).toBe(200);
    const html = await statusHtml(session);
    expect(html).toContain("Ihr Wallet hat keinen Nachweis gesendet");
    expect(html).toContain("brauchen Sie den KommPass Ihrer Gemeinde");
  });
});

describe("POST /openid4vp/response/:id for a binding", () => {
  it("rejects a replayed response with 400 and binds once", async () => {
    const { resident } = person("Wiederholt");
    const session = await startBinding(setup);
    const jwe = await encryptToRequest(session.resolved, { vp_token: await kommPassFor(setup, session, resident), state: stateOf(session.resolved) });
    const responseUri = responseUriOf(session.resolved);

    expect((await postToResponseUri(setup.app, responseUri, { response: jwe })).status).toBe(200);
    const replay = await postToResponseUri(setup.app, responseUri, { response: jwe });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: "invalid_request" });
    const rows = await setup.deps.database.db.select().from(walletActivations).where(eq(walletActivations.transactionId, session.transactionId));
    expect(rows).toHaveLength(1);
  });

  it("rejects a wrong state with 400 and keeps the transaction open", async () => {
    const { resident } = person("Falschstate");
    const session = await startBinding(setup);
    const vpToken = await kommPassFor(setup, session, resident);
    const wrong = await postToResponseUri(setup.app, responseUriOf(session.resolved), {
      response: await encryptToRequest(session.resolved, { vp_token: vpToken, state: "unknown-state" }),
    });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error_description: string }).error_description).toContain("state");
    expect(await statusHtml(session)).toContain("Warten auf Ihr Wallet");

    expect((await submitVpToken(session.resolved, session.client, vpToken)).status).toBe(200);
    expect(await statusHtml(session)).toContain("Ihre Berechtigung ist nachgewiesen");
  });

  it("rejects a late response after the transaction expired", async () => {
    const { resident } = person("Zuspät");
    const session = await startBinding(setup);
    const vpToken = await kommPassFor(setup, session, resident);
    const ttlMs = (setup.deps.config.verifier.transactionTtlSeconds + 1) * 1000;
    setup.clock.advance(ttlMs);
    try {
      const late = await submitVpToken(session.resolved, session.client, vpToken);
      expect(late.status).toBe(400);
      expect(((await late.json()) as { error_description: string }).error_description).toContain("abgelaufen");
      const html = await (await session.browser.get(`/wallet/${session.transactionId}`)).text();
      expect(html).toContain("Die Anfrage ist abgelaufen");
      expect(html).toContain('action="/aktivieren/wallet"');
    } finally {
      setup.clock.advance(-ttlMs);
    }
    expect(await activationRow(session.transactionId)).toBeUndefined();
  });

  it("responds 404 for an unknown transaction", async () => {
    const response = await postToResponseUri(setup.app, `${TEST_PUBLIC_URL}/openid4vp/response/00000000-0000-4000-8000-000000000000`, { error: "access_denied", state: "x" });
    expect(response.status).toBe(404);
  });
});

describe("POST /wallet/:id/passkey", () => {
  it("responds 409 before the wallet has proven anything", async () => {
    const session = await startBinding(setup);
    const response = await session.browser.postForm(`/wallet/${session.transactionId}/passkey`, {});
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("keinen gültigen Nachweis Ihrer Berechtigung");
  });

  it("responds 403 to a browser that did not start the binding", async () => {
    const session = await bindWithKommPass(setup, person("Fremdbrowser").resident);
    const response = await new TestBrowser(setup.app, TEST_PUBLIC_URL).postForm(`/wallet/${session.transactionId}/passkey`, {});
    expect(response.status).toBe(403);
    expect(await activationRow(session.transactionId)).toBeDefined();
  });

  it("responds 410 once the activation was used", async () => {
    const session = await bindWithKommPass(setup, person("Einmalig").resident);
    expect((await registerAfterBinding(setup, session)).response.status).toBe(200);
    const again = await registerAfterBinding(setup, session);
    expect(again.step.status).toBe(410);
    expect(await again.step.text()).toContain("abgelaufen oder wurde schon verwendet");
  });

  it("responds 410 when the activation expired", async () => {
    const session = await bindWithKommPass(setup, person("Verfallen").resident);
    const laterMs = (WALLET_ACTIVATION_SECONDS + 1) * 1000;
    setup.clock.advance(laterMs);
    try {
      expect((await registerAfterBinding(setup, session)).step.status).toBe(410);
      expect((await purgeWalletTransactions(setup.deps.database, setup.clock.now())).activationsDeleted).toBeGreaterThanOrEqual(1);
    } finally {
      setup.clock.advance(-laterMs);
    }
    expect(await activationRow(session.transactionId)).toBeUndefined();
  });

  it("registers one passkey when two registrations race for one activation", async () => {
    const { resident } = person("Gleichzeitig");
    const session = await bindWithKommPass(setup, resident);
    expect((await session.browser.postForm(`/wallet/${session.transactionId}/passkey`, {})).status).toBe(200);
    const activationCookie = session.browser.jar.get("mz_activation")!;

    const ceremonies = [];
    for (let index = 0; index < 2; index += 1) {
      const options = await session.browser.postJson("/aktivieren/optionen", {});
      ceremonies.push({ options: (await options.json()) as { challenge: string }, token: session.browser.jar.get("mz_webauthn")!, device: newResidentAuthenticator(setup.deps) });
    }
    const responses = await Promise.all(
      ceremonies.map(({ options, token, device }) =>
        setup.app.request(`${TEST_PUBLIC_URL}/aktivieren/passkey`, {
          method: "POST",
          headers: { Cookie: `mz_activation=${activationCookie}; mz_webauthn=${token}`, Origin: TEST_PUBLIC_URL, "Content-Type": "application/json" },
          body: JSON.stringify({ response: device.createRegistrationResponse(options, { attestation: "packed" }) }),
        }),
      ),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([200, 410]);
    const account = await accountOf(residentKeyOfResident(resident));
    expect(await passkeyCount(account!.id)).toBe(1);
  });
});
