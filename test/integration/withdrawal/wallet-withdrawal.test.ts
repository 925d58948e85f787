import type { ResolvedOpenid4vpAuthorizationRequest } from "@openid4vc/openid4vp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KOMMPASS_VCT, requestedClaimPaths } from "../../../src/credentials/credential-types";
import { findDemoResident } from "../../../src/demo/demo-residents";
import { requestUri, walletInvocationUrl, type WalletFlowName } from "../../../src/openid4vp/wallet-urls";
import { generateTestKey, issueKommPass } from "../../helpers/credentials";
import { createLogger } from "../../../src/log";
import { decideSignature } from "../../../src/review/decide-signature";
import type { InvalidReason } from "../../../src/review/invalid-reasons";
import type { SignatureStatus } from "../../../src/signing/signature-counts";
import { createTestPetition } from "../../helpers/petitions";
import { createTestStaffMember } from "../../helpers/staff";
import { activateWithCode, createLetterCode, KAETHE_REGISTER_ROW, signWithPasskeyOverHttp } from "../../helpers/residents";
import {
  browserGet,
  type BrowserSession,
  createWalletTestSetup,
  credentialQueryFor,
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
} from "../../helpers/wallet";
import { countSignaturesEveryWay, startWithdrawal } from "../../helpers/withdrawal";

let setup: WalletTestSetup;

beforeAll(async () => {
  setup = await createWalletTestSetup();
});
afterAll(async () => {
  await setup.deps.database.close();
});

async function freshPetition(overrides: Parameters<typeof createTestPetition>[1] = {}) {
  return createTestPetition(setup.deps.database, { now: setup.clock.now(), serverSecret: setup.deps.serverSecret, ...overrides });
}

/** Resolve the request of a started transaction with the library wallet. */
async function resolveFor(session: BrowserSession, flow: WalletFlowName) {
  const client = testWalletClient(setup.app);
  const invocation = walletInvocationUrl(setup.deps.verifierIdentity.clientId, requestUri(TEST_PUBLIC_URL, session.transactionId, flow));
  return { client, resolved: await resolveInvocation(client, invocation) };
}

async function kommPassFor(resolved: ResolvedOpenid4vpAuthorizationRequest, residentId: string, options: { nonce?: string } = {}) {
  const now = setup.clock.now();
  const holder = generateTestKey();
  const credential = await issueKommPass(setup.issuer, findDemoResident(residentId, now)!, { holder, now });
  return presentForRequest(resolved, credential, { vct: KOMMPASS_VCT, holder, now, ...options });
}

async function statusHtml(session: BrowserSession): Promise<string> {
  const response = await browserGet(setup.app, `/wallet/${session.transactionId}/status`, session.cookie);
  expect(response.status).toBe(200);
  return response.text();
}

/** Declare the petition's only signature invalid as the election office. */
async function declareInvalid(petitionId: string, reason: InvalidReason): Promise<void> {
  const office = await createTestStaffMember(setup.deps.database, { role: "election_office" });
  const [signature] = await setup.deps.database.rows<{ id: number; status: SignatureStatus }>("select id, status from signatures where petition_id = $1", [petitionId]);
  if (signature === undefined) throw new Error("the petition has no signature to declare invalid");
  const ctx = { database: setup.deps.database, serverSecret: setup.deps.serverSecret, clock: setup.clock, log: createLogger("silent") };
  const decided = await decideSignature(ctx, {
    petitionId,
    signatureId: Number(signature.id),
    expected: { status: signature.status, reason: null },
    decision: { kind: "invalidate", reason },
    staffId: office.id,
  });
  expect(decided.ok).toBe(true);
}

/** Sign with a demo resident's KommPass in the cross-device flow. */
async function signWithWallet(petitionId: string, residentId = "kaethe-grossmann"): Promise<void> {
  const session = await startSigning(setup.app, petitionId);
  const { client, resolved } = await resolveFor(session, "cross-device");
  expect((await submitVpToken(resolved, client, await kommPassFor(resolved, residentId))).status).toBe(200);
  expect(await statusHtml(session)).toContain("Ihre Unterschrift ist gezählt");
}

/** Withdraw with a demo resident's KommPass in the cross-device flow and return the status fragment. */
async function withdrawWithWallet(petitionId: string, residentId = "kaethe-grossmann"): Promise<string> {
  const session = await startWithdrawal(setup.app, petitionId);
  const { client, resolved } = await resolveFor(session, "cross-device");
  expect((await submitVpToken(resolved, client, await kommPassFor(resolved, residentId))).status).toBe(200);
  return statusHtml(session);
}

describe("POST /petitionen/:id/ruecknahme/wallet", () => {
  it("starts a transaction whose page names the withdrawal", async () => {
    const petition = await freshPetition({ title: "Schwimmhalle erhalten" });
    const session = await startWithdrawal(setup.app, petition.id);
    const html = await (await browserGet(setup.app, `/wallet/${session.transactionId}`, session.cookie)).text();
    expect(html).toContain("Unterschrift mit Wallet zurückziehen");
    expect(html).toContain("Sie ziehen Ihre Unterschrift für das Bürgerbegehren „Schwimmhalle erhalten“ zurück.");
  });

  it("requests only the identity claims", async () => {
    const petition = await freshPetition();
    const { resolved } = await resolveFor(await startWithdrawal(setup.app, petition.id), "cross-device");
    const paths = (credentialQueryFor(resolved, KOMMPASS_VCT).claims ?? []).map((claim) => claim.path);
    expect(paths).toEqual(requestedClaimPaths(KOMMPASS_VCT, { municipality: false, residence: false, nationality: false, age: false }));
    expect(JSON.stringify(paths)).not.toContain("municipality");
  });

  it("responds 409 for a petition that no longer collects and 404 for an unknown one", async () => {
    const petition = await freshPetition({ status: "closed" });
    const closed = await setup.app.request(`${TEST_PUBLIC_URL}/petitionen/${petition.id}/ruecknahme/wallet`, { method: "POST", headers: { Origin: TEST_PUBLIC_URL } });
    expect(closed.status).toBe(409);
    expect(await closed.text()).toContain("Zurückziehen nicht mehr möglich");
    const unknown = await setup.app.request(`${TEST_PUBLIC_URL}/petitionen/00000000-0000-4000-8000-000000000000/ruecknahme/wallet`, {
      method: "POST",
      headers: { Origin: TEST_PUBLIC_URL },
    });
    expect(unknown.status).toBe(404);
  });
});

describe("withdrawing with a wallet", () => {
  it("withdraws in the cross-device flow and shows it on the polling page", async () => {
    const petition = await freshPetition();
    await signWithWallet(petition.id);

    const html = await withdrawWithWallet(petition.id);
    expect(html).toContain("Ihre Unterschrift ist zurückgezogen");
    expect(html).not.toContain("hx-get");
    const counts = await countSignaturesEveryWay(setup.deps, petition.id);
    expect(counts).toMatchObject({ rows: 0, totals: 0, daily: 0, replayed: 0, problems: [] });
    expect(counts.entriesByKind).toEqual({ signed: 1, withdrawn: 1 });
    const [entry] = await setup.deps.database.rows<{ channel: string }>("select channel from signature_log_entries where kind = 'withdrawn' and petition_id = $1", [petition.id]);
    expect(entry?.channel).toBe("wallet");
  });

  it("withdraws in the same-device flow and shows the result once", async () => {
    const petition = await freshPetition();
    await signWithWallet(petition.id);
    const session = await startWithdrawal(setup.app, petition.id);
    const { client, resolved } = await resolveFor(session, "same-device");

    const response = await submitVpToken(resolved, client, await kommPassFor(resolved, "kaethe-grossmann"));
    const redirect = new URL(((await response.json()) as { redirect_uri: string }).redirect_uri);
    expect(redirect.pathname).toBe(`/wallet/${session.transactionId}/ergebnis`);
    expect(await statusHtml(session)).toContain("Ihr Wallet hat geantwortet");

    const outcome = await browserGet(setup.app, `${redirect.pathname}${redirect.search}`, session.cookie);
    const html = await outcome.text();
    expect(outcome.status).toBe(200);
    expect(html).toContain("Unterschrift mit Wallet zurückziehen");
    expect(html).toContain("Ihre Unterschrift ist zurückgezogen");
    expect(html).not.toContain("Großmann");
    expect((await browserGet(setup.app, `${redirect.pathname}${redirect.search}`, session.cookie)).status).toBe(410);
    expect(await countSignaturesEveryWay(setup.deps, petition.id)).toMatchObject({ rows: 0, totals: 0, problems: [] });
  });

  it("responds 409 on the result page for a signature declared invalid", async () => {
    const petition = await freshPetition();
    await signWithWallet(petition.id);
    await declareInvalid(petition.id, "no_main_residence");
    const session = await startWithdrawal(setup.app, petition.id);
    const { client, resolved } = await resolveFor(session, "same-device");

    const response = await submitVpToken(resolved, client, await kommPassFor(resolved, "kaethe-grossmann"));
    const redirect = new URL(((await response.json()) as { redirect_uri: string }).redirect_uri);
    const outcome = await browserGet(setup.app, `${redirect.pathname}${redirect.search}`, session.cookie);

    expect(outcome.status).toBe(409);
    const html = await outcome.text();
    expect(html).toContain("Unterschrift vom Wahlamt für ungültig erklärt");
    expect(html).toContain("Grund des Wahlamts: kein Hauptwohnsitz in der Gemeinde.");
  });

  it("withdraws a passkey signature of the same person", async () => {
    const petition = await freshPetition();
    const letter = await createLetterCode(setup.deps, { row: KAETHE_REGISTER_ROW });
    const activated = await activateWithCode(setup.deps, setup.app, letter.code);
    expect((await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, activated.authenticator)).body.outcome).toBe("signed");

    expect(await withdrawWithWallet(petition.id)).toContain("Ihre Unterschrift ist zurückgezogen");
    const [entry] = await setup.deps.database.rows<{ channel: string }>("select channel from signature_log_entries where kind = 'withdrawn' and petition_id = $1", [petition.id]);
    expect(entry?.channel).toBe("passkey");
    expect(await countSignaturesEveryWay(setup.deps, petition.id)).toMatchObject({ rows: 0, totals: 0, daily: 0, problems: [] });
  });

  it("keeps a signature the office declared invalid", async () => {
    const petition = await freshPetition();
    await signWithWallet(petition.id);
    await declareInvalid(petition.id, "residence_too_short");

    const html = await withdrawWithWallet(petition.id);
    expect(html).toContain("Unterschrift vom Wahlamt für ungültig erklärt");
    expect(html).toContain("Grund des Wahlamts: Hauptwohnsitz zu kurz.");
    expect(html).toContain("wenden Sie sich an das Wahlamt");
    const session = await startSigning(setup.app, petition.id);
    const { client, resolved } = await resolveFor(session, "cross-device");
    expect((await submitVpToken(resolved, client, await kommPassFor(resolved, "kaethe-grossmann"))).status).toBe(200);
    expect(await statusHtml(session)).not.toContain("Ihre Unterschrift ist gezählt");
    const [row] = await setup.deps.database.rows<{ status: string }>("select status from signatures where petition_id = $1", [petition.id]);
    expect(row?.status).toBe("invalid");
    expect((await countSignaturesEveryWay(setup.deps, petition.id)).entriesByKind).not.toHaveProperty("withdrawn");
  });

  it("lets the resident sign again afterwards", async () => {
    const petition = await freshPetition();
    await signWithWallet(petition.id);
    expect(await withdrawWithWallet(petition.id)).toContain("Ihre Unterschrift ist zurückgezogen");
    await signWithWallet(petition.id);

    const counts = await countSignaturesEveryWay(setup.deps, petition.id);
    expect(counts).toMatchObject({ rows: 1, totals: 1, daily: 1, replayed: 1, problems: [] });
    expect(counts.entriesByKind).toEqual({ signed: 2, withdrawn: 1 });
  });

  it("says there is nothing to withdraw for another person and a second time", async () => {
    const petition = await freshPetition();
    await signWithWallet(petition.id);
    expect(await withdrawWithWallet(petition.id, "joerg-peter-boehme")).toContain("Keine Unterschrift zum Zurückziehen");
    expect(await withdrawWithWallet(petition.id)).toContain("Ihre Unterschrift ist zurückgezogen");
    expect(await withdrawWithWallet(petition.id)).toContain("Keine Unterschrift zum Zurückziehen");
    expect((await countSignaturesEveryWay(setup.deps, petition.id)).entriesByKind).toEqual({ signed: 1, withdrawn: 1 });
  });

  it("says so when the petition stopped collecting during the request", async () => {
    const petition = await freshPetition();
    await signWithWallet(petition.id);
    const session = await startWithdrawal(setup.app, petition.id);
    const { client, resolved } = await resolveFor(session, "cross-device");
    await setup.deps.database.rows("update petitions set status = 'closed' where id = $1", [petition.id]);

    await submitVpToken(resolved, client, await kommPassFor(resolved, "kaethe-grossmann"));
    expect(await statusHtml(session)).toContain("Zurückziehen nicht mehr möglich");
    expect(await countSignaturesEveryWay(setup.deps, petition.id)).toMatchObject({ rows: 1, totals: 1, problems: [] });
  });

  it("keeps the signature when the credential is rejected", async () => {
    const petition = await freshPetition();
    await signWithWallet(petition.id);
    const session = await startWithdrawal(setup.app, petition.id);
    const { client, resolved } = await resolveFor(session, "cross-device");

    await submitVpToken(resolved, client, await kommPassFor(resolved, "kaethe-grossmann", { nonce: "another-nonce" }));
    const html = await statusHtml(session);
    expect(html).toContain("Ihr Nachweis wurde nicht angenommen");
    expect(html).toContain(`action="/petitionen/${petition.id}/ruecknahme/wallet"`);
    expect(await countSignaturesEveryWay(setup.deps, petition.id)).toMatchObject({ rows: 1, totals: 1, problems: [] });
  });

  it("keeps the signature when the wallet declines", async () => {
    const petition = await freshPetition();
    await signWithWallet(petition.id);
    const session = await startWithdrawal(setup.app, petition.id);
    const { resolved } = await resolveFor(session, "cross-device");

    const response = await postToResponseUri(setup.app, responseUriOf(resolved), { error: "access_denied", state: stateOf(resolved) });
    expect(response.status).toBe(200);
    const html = await statusHtml(session);
    expect(html).toContain("Ihr Wallet hat keinen Nachweis gesendet");
    expect(html).toContain("Ihre Unterschrift zählt weiter.");
    expect(await countSignaturesEveryWay(setup.deps, petition.id)).toMatchObject({ rows: 1, totals: 1, problems: [] });
  });
});
