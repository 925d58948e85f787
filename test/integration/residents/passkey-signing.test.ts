import type { ResolvedOpenid4vpAuthorizationRequest } from "@openid4vc/openid4vp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import { loadConfig } from "../../../src/config";
import { KOMMPASS_VCT } from "../../../src/credentials/credential-types";
import { findDemoResident } from "../../../src/demo/demo-residents";
import { createLogger } from "../../../src/log";
import { decideSignature } from "../../../src/review/decide-signature";
import { residentKeyOf } from "../../../src/signing/resident-key";
import { requestUri, walletInvocationUrl } from "../../../src/openid4vp/wallet-urls";
import { createTestDeps } from "../../helpers/app";
import { generateTestKey, issueKommPass } from "../../helpers/credentials";
import { createTestPetition } from "../../helpers/petitions";
import { activateWithCode, createLetterCode, KAETHE_REGISTER_ROW, signWithPasskeyOverHttp } from "../../helpers/residents";
import type { SoftwareAuthenticator } from "../../helpers/software-authenticator";
import { NO_RATE_LIMITS } from "../../helpers/rate-limits";
import { createTestStaffMember } from "../../helpers/staff";
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

let setup: WalletTestSetup;

beforeAll(async () => {
  setup = await createWalletTestSetup();
});
afterAll(async () => {
  await setup.deps.database.close();
});

async function freshPetition() {
  return createTestPetition(setup.deps.database, { now: setup.clock.now(), serverSecret: setup.deps.serverSecret });
}

async function freshPaperOnlyPetition() {
  return createTestPetition(setup.deps.database, { now: setup.clock.now(), serverSecret: setup.deps.serverSecret, signatureKinds: ["paper"] });
}

async function signatures(petitionId: string) {
  return setup.deps.database.rows<{ channel: string; status: string }>("select channel, status from signatures where petition_id = $1", [petitionId]);
}

/** Activate a fresh letter code of a register row and return the resident's authenticator. */
async function activatedResident(row: Record<string, string>): Promise<SoftwareAuthenticator> {
  const { code } = await createLetterCode(setup.deps, { row });
  const { authenticator, response } = await activateWithCode(setup.deps, setup.app, code);
  expect(response.status).toBe(200);
  return authenticator;
}

/** Käthe Großmann's letter, activated once for the whole file. The test issuer gives the same person a KommPass. */
let kaethe: SoftwareAuthenticator;
beforeAll(async () => {
  kaethe = await activatedResident(KAETHE_REGISTER_ROW);
});

/** Sign with Käthe's KommPass through the whole OpenID4VP flow and return the status fragment's HTML. */
async function signWithWallet(petitionId: string): Promise<string> {
  const session = await startSigning(setup.app, petitionId);
  const client = testWalletClient(setup.app);
  const resolved: ResolvedOpenid4vpAuthorizationRequest = await resolveInvocation(
    client,
    walletInvocationUrl(setup.deps.verifierIdentity.clientId, requestUri(TEST_PUBLIC_URL, session.transactionId, "cross-device")),
  );
  const now = setup.clock.now();
  const holder = generateTestKey();
  const credential = await issueKommPass(setup.issuer, findDemoResident("kaethe-grossmann", now)!, { holder, now });
  const response = await submitVpToken(resolved, client, await presentForRequest(resolved, credential, { vct: KOMMPASS_VCT, holder, now }));
  expect(response.status).toBe(200);
  return (await browserGet(setup.app, `/wallet/${session.transactionId}/status`, session.cookie)).text();
}

describe("signing with a passkey", () => {
  it("offers the passkey button on the petition page", async () => {
    const petition = await freshPetition();
    const html = await (await browserGet(setup.app, `/petitionen/${petition.id}`, undefined)).text();
    expect(html).toContain("Mit Passkey unterschreiben");
    expect(html).toContain(`data-verify-url="/petitionen/${petition.id}/passkey"`);
  });

  it("signs, shows the receipt once and counts on the passkey channel", async () => {
    const petition = await freshPetition();
    const { response, body, page } = await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe);
    expect(response.status).toBe(200);
    expect(body.outcome).toBe("signed");
    expect(page).toContain("Ihre Unterschrift ist gezählt");
    expect(page).toMatch(/class="wallet-receipt"><code>[A-Z0-9-]+<\/code>/);
    expect(await signatures(petition.id)).toEqual([{ channel: "passkey", status: "proven" }]);
    const counted = await setup.deps.database.rows<{ total: number }>("select sum(count)::int as total from signature_counts where petition_id = $1 and channel = 'passkey'", [
      petition.id,
    ]);
    expect(counted[0]?.total).toBe(1);
  });

  it("calls an online signature support where only paper counts", async () => {
    const petition = await freshPaperOnlyPetition();

    const { body, page } = await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe);
    const wallet = await signWithWallet((await freshPaperOnlyPetition()).id);

    expect(body.outcome).toBe("signed");
    expect(page).toContain("Ihre Unterstützung ist erfasst");
    expect(page).toContain("zählt nur eine handschriftliche Unterschrift auf einer Unterschriftenliste für das Quorum");
    expect(page).not.toContain("Ihre Unterschrift ist gezählt");
    expect(wallet).toContain("Ihre Unterstützung ist erfasst");
  });

  it("says already signed after the wallet", async () => {
    const petition = await freshPetition();
    expect(await signWithWallet(petition.id)).toContain("Ihre Unterschrift ist gezählt");
    const { body, page } = await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe);
    expect(body.outcome).toBe("already_signed");
    expect(page).toContain("Sie haben bereits unterschrieben");
    expect(await signatures(petition.id)).toHaveLength(1);
  });

  it("makes the wallet say already signed after the passkey", async () => {
    const petition = await freshPetition();
    expect((await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe)).body.outcome).toBe("signed");
    expect(await signWithWallet(petition.id)).toContain("Sie haben bereits unterschrieben");
    expect(await signatures(petition.id)).toEqual([{ channel: "passkey", status: "proven" }]);
  });

  it("explains an invalidated signature on both channels", async () => {
    const petition = await freshPetition();
    expect((await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe)).body.outcome).toBe("signed");
    const [signature] = await setup.deps.database.rows<{ id: string }>("select id from signatures where petition_id = $1", [petition.id]);
    const staffId = (await createTestStaffMember(setup.deps.database, { role: "election_office" })).id;
    const review = { database: setup.deps.database, serverSecret: setup.deps.serverSecret, clock: setup.clock, log: createLogger("silent") };
    const decided = await decideSignature(review, {
      petitionId: petition.id,
      signatureId: Number(signature!.id),
      expected: { status: "proven", reason: null },
      decision: { kind: "invalidate", reason: "signed_more_than_once" },
      staffId,
    });
    expect(decided.ok).toBe(true);

    const passkey = await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe);
    const wallet = await signWithWallet(petition.id);

    expect(passkey.body.outcome).toBe("already_signed");
    for (const page of [passkey.page ?? "", wallet]) {
      expect(page).toContain("Ihre Unterschrift wurde vom Wahlamt für ungültig erklärt");
      expect(page).toContain("Grund des Wahlamts: mehrfach unterschrieben.");
      expect(page).toContain("wenden Sie sich an das Wahlamt Ihrer Gemeinde");
      expect(page).not.toContain("gezählt");
    }
    expect(await signatures(petition.id)).toEqual([{ channel: "passkey", status: "invalid" }]);
  });

  it("counts once when wallet and passkey sign at the same moment", async () => {
    const petition = await freshPetition();
    const [wallet, passkey] = await Promise.all([signWithWallet(petition.id), signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe)]);
    const texts = [wallet, passkey.page ?? ""];
    expect(texts.filter((text) => text.includes("Ihre Unterschrift ist gezählt"))).toHaveLength(1);
    expect(texts.filter((text) => text.includes("Sie haben bereits unterschrieben"))).toHaveLength(1);
    expect(await signatures(petition.id)).toHaveLength(1);
  });

  it("counts once when two passkeys of one person sign at the same moment", async () => {
    const row = { ...KAETHE_REGISTER_ROW, familienname: "Zweigerät" };
    const phone = await activatedResident(row);
    const laptop = await activatedResident(row);
    const petition = await freshPetition();
    const outcomes = await Promise.all([
      signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, phone),
      signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, laptop),
    ]);
    expect(outcomes.map((outcome) => outcome.body.outcome).sort()).toEqual(["already_signed", "signed"]);
    expect(await signatures(petition.id)).toHaveLength(1);
  });

  it("rejects a resident of another municipality", async () => {
    // Codes are issued only for municipalities the platform knows, so the
    // facts of a resident who moved away are changed in the database.
    const leipzig = await activatedResident({ ...KAETHE_REGISTER_ROW, familienname: "Leipziger" });
    const key = residentKeyOf(setup.deps.serverSecret, { familyName: "Leipziger", givenNames: "Käthe Luise", birthDate: "1961-03-14", placeOfBirth: "Görlitz" });
    await setup.deps.database.rows(`update resident_accounts set facts = jsonb_set(facts, '{municipalityKey}', '"14713000"') where resident_key = $1`, [key]);
    const petition = await freshPetition();
    const { body, page } = await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, leipzig);
    expect(body.outcome).toBe("rejected");
    expect(page).toContain("Sie wohnen nicht in der Gemeinde dieses Bürgerbegehrens");
    expect(page).toContain("Nach den Angaben zu Ihrem Passkey");
    expect(page).not.toContain("Erneut versuchen");
    expect(await signatures(petition.id)).toHaveLength(0);
  });

  it("shows no outcome without the outcome cookie", async () => {
    const petition = await freshPetition();
    const html = await (await browserGet(setup.app, `/petitionen/${petition.id}/passkey/ergebnis`, undefined)).text();
    expect(html).toContain("Kein Ergebnis vorhanden");
    const english = await (await browserGet(setup.app, `/petitionen/${petition.id}/passkey/ergebnis?lang=en`, undefined)).text();
    expect(english).toContain("No result available");
  });
});

describe("rejected passkey assertions", () => {
  it.each([
    ["wrong origin", { origin: "https://evil.example" }, "ORIGIN_MISMATCH"],
    ["wrong RP ID", { rpId: "evil.example" }, "RP_ID_MISMATCH"],
    ["no user verification", { userVerified: false }, "USER_NOT_VERIFIED"],
    ["counter regression", { counter: 1 }, "COUNTER_REGRESSION"],
  ] as const)("rejects %s", async (_name, overrides, code) => {
    const authenticator = await activatedResident({ ...KAETHE_REGISTER_ROW, familienname: `Abgelehnt${code}` });
    const petition = await freshPetition();
    // One accepted signing elsewhere moves the stored counter above 1.
    expect((await signWithPasskeyOverHttp(setup.deps, setup.app, (await freshPetition()).id, authenticator)).body.outcome).toBe("signed");

    const { response, body } = await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, authenticator, { overrides });
    expect(response.status).toBe(400);
    expect(body.code).toBe(code);
    expect(body.message).toBeTruthy();
    expect(await signatures(petition.id)).toHaveLength(0);
  });

  it("rejects a passkey nobody registered", async () => {
    const { SoftwareAuthenticator } = await import("../../helpers/software-authenticator");
    const stranger = new SoftwareAuthenticator(setup.deps.config.webauthn.rpId, setup.deps.config.webauthn.origin, { startCounter: 1 });
    const petition = await freshPetition();
    const { response, body } = await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, stranger);
    expect(response.status).toBe(400);
    expect(body.code).toBe("UNKNOWN_CREDENTIAL");
  });
});

describe("facts older than RESIDENT_FACTS_VALID_DAYS", () => {
  it("asks to prove eligibility again", async () => {
    const base = await createTestDeps();
    const deps = { ...base, config: loadConfig({ NODE_ENV: "test", DATA_DIR: base.config.dataDir, DEMO: "0", RESIDENT_FACTS_VALID_DAYS: "1", ...NO_RATE_LIMITS }) };
    try {
      const app = createApp(deps);
      const { code } = await createLetterCode(deps);
      const { authenticator, response } = await activateWithCode(deps, app, code);
      expect(response.status).toBe(200);
      const petition = await createTestPetition(deps.database, { now: deps.clock.now() });
      (deps.clock as unknown as { advance(ms: number): void }).advance(2 * 86_400_000);

      const { body, page } = await signWithPasskeyOverHttp(deps, app, petition.id, authenticator);
      expect(body.outcome).toBe("facts_expired");
      expect(page).toContain("Ihre Angaben müssen neu bestätigt werden");
      expect(page).toContain("vor mehr als einem Tag");
    } finally {
      await deps.database.close();
    }
  });
});
