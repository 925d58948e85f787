import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signPetitionAsResident } from "../../../src/signing/sign-petition";
import { createLogger } from "../../../src/log";
import { decideSignature } from "../../../src/review/decide-signature";
import type { SignatureStatus } from "../../../src/signing/signature-counts";
import { createTestPetition } from "../../helpers/petitions";
import { createTestStaffMember } from "../../helpers/staff";
import { activateWithCode, createLetterCode, KAETHE_REGISTER_ROW, newResidentAuthenticator, signWithPasskeyOverHttp } from "../../helpers/residents";
import type { SoftwareAuthenticator } from "../../helpers/software-authenticator";
import { TestBrowser } from "../../helpers/staff-ceremonies";
import { browserGet, createWalletTestSetup, type WalletTestSetup } from "../../helpers/wallet";
import { countSignaturesEveryWay, withdrawWithPasskeyOverHttp } from "../../helpers/withdrawal";

let setup: WalletTestSetup;
/** Käthe Großmann's letter, activated once for the whole file. */
let kaethe: { authenticator: SoftwareAuthenticator; residentKey: Buffer; browser: TestBrowser };

beforeAll(async () => {
  setup = await createWalletTestSetup();
  const letter = await createLetterCode(setup.deps, { row: KAETHE_REGISTER_ROW });
  const activated = await activateWithCode(setup.deps, setup.app, letter.code);
  expect(activated.response.status).toBe(200);
  kaethe = { authenticator: activated.authenticator, residentKey: letter.residentKey, browser: activated.browser };
});
afterAll(async () => {
  await setup.deps.database.close();
});

async function freshPetition(overrides: Parameters<typeof createTestPetition>[1] = {}) {
  return createTestPetition(setup.deps.database, { now: setup.clock.now(), serverSecret: setup.deps.serverSecret, ...overrides });
}

function receiptOf(page: string | undefined): string {
  const code = /class="wallet-receipt"><code>([A-Z0-9-]+)<\/code>/.exec(page ?? "")?.[1];
  if (code === undefined) throw new Error("the signing page showed no receipt code");
  return code;
}

async function signAsKaethe(petitionId: string): Promise<string> {
  const signed = await signWithPasskeyOverHttp(setup.deps, setup.app, petitionId, kaethe.authenticator);
  expect(signed.body.outcome).toBe("signed");
  return receiptOf(signed.page);
}

describe("withdrawal page", () => {
  it("offers passkey and wallet for a collecting petition", async () => {
    const petition = await freshPetition();
    const response = await browserGet(setup.app, `/petitionen/${petition.id}/ruecknahme`, undefined);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("Unterschrift zurückziehen");
    expect(html).toContain("Der Quittungscode allein genügt nicht");
    expect(html).toContain(`data-verify-url="/petitionen/${petition.id}/ruecknahme/passkey"`);
    expect(html).toContain(`action="/petitionen/${petition.id}/ruecknahme/wallet"`);
  });

  it("responds 409 when the petition no longer collects", async () => {
    const petition = await freshPetition({ status: "closed" });
    const response = await browserGet(setup.app, `/petitionen/${petition.id}/ruecknahme`, undefined);
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Zurückziehen nicht mehr möglich");
  });

  it("responds 404 for a draft and an unknown petition", async () => {
    const draft = await freshPetition({ status: "draft" });
    expect((await browserGet(setup.app, `/petitionen/${draft.id}/ruecknahme`, undefined)).status).toBe(404);
    expect((await browserGet(setup.app, "/petitionen/00000000-0000-4000-8000-000000000000/ruecknahme", undefined)).status).toBe(404);
  });

  it("links from the petition page", async () => {
    const petition = await freshPetition();
    const html = await (await browserGet(setup.app, `/petitionen/${petition.id}`, undefined)).text();
    expect(html).toContain(`href="/petitionen/${petition.id}/ruecknahme"`);
    expect(html).not.toContain("Sie haben dieses Bürgerbegehren unterschrieben.");
  });
});

describe("withdrawing with a passkey", () => {
  it("deletes the signature, logs it and uncounts it", async () => {
    const petition = await freshPetition();
    const receipt = await signAsKaethe(petition.id);
    expect(await countSignaturesEveryWay(setup.deps, petition.id)).toMatchObject({ rows: 1, totals: 1, daily: 1, replayed: 1 });

    const withdrawn = await withdrawWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe.authenticator);
    expect(withdrawn.response.status).toBe(200);
    expect(withdrawn.body.outcome).toBe("withdrawn");
    expect(withdrawn.page?.status).toBe(200);
    expect(withdrawn.page?.html).toContain("Ihre Unterschrift ist zurückgezogen");

    const counts = await countSignaturesEveryWay(setup.deps, petition.id);
    expect(counts).toMatchObject({ rows: 0, totals: 0, daily: 0, replayed: 0, problems: [] });
    expect(counts.entriesByKind).toEqual({ signed: 1, withdrawn: 1 });
    const [entry] = await setup.deps.database.rows<{ channel: string; status: string | null }>(
      "select channel, status from signature_log_entries where petition_id = $1 and kind = 'withdrawn'",
      [petition.id],
    );
    expect(entry).toEqual({ channel: "passkey", status: null });

    const receiptCheck = await browserGet(setup.app, `/petitionen/${petition.id}/quittung?code=${receipt}`, undefined);
    expect(receiptCheck.status).toBe(404);
    expect(await receiptCheck.text()).toContain("Haben Sie Ihre Unterschrift zurückgezogen, gilt ihr Code nicht mehr.");
  });

  it("lets the resident sign again afterwards", async () => {
    const petition = await freshPetition();
    await signAsKaethe(petition.id);
    expect((await withdrawWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe.authenticator)).body.outcome).toBe("withdrawn");

    const receipt = await signAsKaethe(petition.id);
    const receiptCheck = await browserGet(setup.app, `/petitionen/${petition.id}/quittung?code=${receipt}`, undefined);
    expect(receiptCheck.status).toBe(200);
    const counts = await countSignaturesEveryWay(setup.deps, petition.id);
    expect(counts).toMatchObject({ rows: 1, totals: 1, daily: 1, replayed: 1, problems: [] });
    expect(counts.entriesByKind).toEqual({ signed: 2, withdrawn: 1 });
  });

  it("responds 404 when there is nothing to withdraw", async () => {
    const petition = await freshPetition();
    const never = await withdrawWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe.authenticator);
    expect(never.body.outcome).toBe("not_signed");
    expect(never.page?.status).toBe(404);
    expect(never.page?.html).toContain("Keine Unterschrift zum Zurückziehen");

    await signAsKaethe(petition.id);
    expect((await withdrawWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe.authenticator)).body.outcome).toBe("withdrawn");
    const again = await withdrawWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe.authenticator);
    expect(again.body.outcome).toBe("not_signed");
    const counts = await countSignaturesEveryWay(setup.deps, petition.id);
    expect(counts.entriesByKind).toEqual({ signed: 1, withdrawn: 1 });
    expect(counts.problems).toEqual([]);
  });

  it("leaves a paper signature to the election office", async () => {
    const petition = await freshPetition();
    const ctx = { database: setup.deps.database, serverSecret: setup.deps.serverSecret, officeEvidenceKey: setup.deps.officeEvidenceKey, clock: setup.clock, log: createLogger("silent") };
    const facts = { municipalityKey: "14612000", mainResidenceSince: "1990-10-01", reachesMinimumAgeOn: "1979-03-14", minimumAge: 18, citizenship: "DE" as const };
    const paper = await signPetitionAsResident(ctx, { petition, residentKey: kaethe.residentKey, facts, channel: "paper" });
    expect(paper.ok).toBe(true);

    const withdrawn = await withdrawWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe.authenticator);
    expect(withdrawn.body.outcome).toBe("paper_signature");
    expect(withdrawn.page?.status).toBe(409);
    expect(withdrawn.page?.html).toContain("Eine Unterschrift auf Papier lässt sich nicht online zurückziehen.");
    expect(await countSignaturesEveryWay(setup.deps, petition.id)).toMatchObject({ rows: 1, totals: 1, replayed: 1, problems: [] });
  });

  it("responds 409 for a signature the office declared invalid", async () => {
    const petition = await freshPetition();
    await signAsKaethe(petition.id);
    const office = await createTestStaffMember(setup.deps.database, { role: "election_office" });
    const [signature] = await setup.deps.database.rows<{ id: number; status: SignatureStatus }>("select id, status from signatures where petition_id = $1", [petition.id]);
    const ctx = { database: setup.deps.database, serverSecret: setup.deps.serverSecret, clock: setup.clock, log: createLogger("silent") };
    const decided = await decideSignature(ctx, {
      petitionId: petition.id,
      signatureId: Number(signature!.id),
      expected: { status: signature!.status, reason: null },
      decision: { kind: "invalidate", reason: "residence_too_short" },
      staffId: office.id,
    });
    expect(decided.ok).toBe(true);

    const withdrawn = await withdrawWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe.authenticator);
    expect(withdrawn.body.outcome).toBe("declared_invalid");
    expect(withdrawn.page?.status).toBe(409);
    expect(withdrawn.page?.html).toContain("Unterschrift vom Wahlamt für ungültig erklärt");
    expect(withdrawn.page?.html).toContain("Grund des Wahlamts: Hauptwohnsitz zu kurz.");
    expect(withdrawn.page?.html).not.toContain("zurückgezogen</h2>");

    const again = await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe.authenticator);
    expect(again.body.outcome).not.toBe("signed");
    const counts = await countSignaturesEveryWay(setup.deps, petition.id);
    expect(counts).toMatchObject({ rows: 1, totals: 1, replayed: 1, problems: [] });
    expect(counts.entriesByKind).not.toHaveProperty("withdrawn");
  });

  it("responds 409 once the petition stopped collecting", async () => {
    const petition = await freshPetition();
    await signAsKaethe(petition.id);
    await setup.deps.database.rows("update petitions set status = 'closed' where id = $1", [petition.id]);

    const withdrawn = await withdrawWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe.authenticator);
    expect(withdrawn.body.outcome).toBe("not_collecting");
    expect(withdrawn.page?.status).toBe(409);
    expect(withdrawn.page?.html).toContain("Zurückziehen nicht mehr möglich");
    expect(await countSignaturesEveryWay(setup.deps, petition.id)).toMatchObject({ rows: 1, totals: 1, replayed: 1, problems: [] });
  });

  it("rejects a challenge made for signing", async () => {
    const petition = await freshPetition();
    await signAsKaethe(petition.id);
    const withdrawn = await withdrawWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe.authenticator, {
      optionsPath: `/petitionen/${petition.id}/passkey/optionen`,
    });
    expect(withdrawn.response.status).toBe(400);
    expect(withdrawn.body.code).toBe("WRONG_CEREMONY");
    expect(await countSignaturesEveryWay(setup.deps, petition.id)).toMatchObject({ rows: 1, totals: 1 });
  });

  it("rejects a challenge made for another petition", async () => {
    const petition = await freshPetition();
    const other = await freshPetition();
    await signAsKaethe(petition.id);
    const withdrawn = await withdrawWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe.authenticator, {
      optionsPath: `/petitionen/${other.id}/ruecknahme/passkey/optionen`,
    });
    expect(withdrawn.response.status).toBe(400);
    expect(withdrawn.body.code).toBe("CHALLENGE_MISMATCH");
    expect(withdrawn.body.message).toBeTruthy();
    expect(await countSignaturesEveryWay(setup.deps, petition.id)).toMatchObject({ rows: 1, totals: 1 });
  });

  it("rejects a passkey nobody registered", async () => {
    const petition = await freshPetition();
    const withdrawn = await withdrawWithPasskeyOverHttp(setup.deps, setup.app, petition.id, newResidentAuthenticator(setup.deps));
    expect(withdrawn.response.status).toBe(400);
    expect(withdrawn.body.code).toBe("UNKNOWN_CREDENTIAL");
  });

  it("responds 400 to a body without a response and 404 for an unknown petition", async () => {
    const petition = await freshPetition();
    const browser = new TestBrowser(setup.app, new URL(setup.deps.config.publicUrl).origin);
    const empty = await browser.postJson(`/petitionen/${petition.id}/ruecknahme/passkey`, { response: "nichts" });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { code: string }).code).toBe("BODY_INVALID");
    const unknown = await browser.postJson("/petitionen/00000000-0000-4000-8000-000000000000/ruecknahme/passkey/optionen", {});
    expect(unknown.status).toBe(404);
  });

  it("shows no result twice", async () => {
    const petition = await freshPetition();
    await signAsKaethe(petition.id);
    const browser = new TestBrowser(setup.app, new URL(setup.deps.config.publicUrl).origin);
    const withdrawn = await withdrawWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe.authenticator, { browser });
    expect(withdrawn.page?.status).toBe(200);
    const reload = await browser.get(`/petitionen/${petition.id}/ruecknahme/ergebnis`);
    expect(reload.status).toBe(200);
    expect(await reload.text()).toContain("Kein Ergebnis vorhanden");
  });
});

describe("entry points for a signed-in resident", () => {
  it("names the signature on the petition page and the account page", async () => {
    const petition = await freshPetition({ title: "Mehr Bänke am Elbufer" });
    await signAsKaethe(petition.id);
    const signIn = await kaethe.browser.postJson("/mein-konto/anmelden/optionen", {});
    const requestOptions = (await signIn.json()) as { challenge: string };
    const signedIn = await kaethe.browser.postJson("/mein-konto/anmelden/pruefen", { response: kaethe.authenticator.createAssertionResponse(requestOptions) });
    expect(signedIn.status).toBe(200);

    const petitionPage = await kaethe.browser.get(`/petitionen/${petition.id}`);
    expect(petitionPage.headers.get("cache-control")).toBe("private, no-store");
    const petitionHtml = await petitionPage.text();
    expect(petitionHtml).toContain("Sie haben dieses Bürgerbegehren unterschrieben.");
    expect(petitionHtml).toContain(`href="/petitionen/${petition.id}/ruecknahme"`);

    const accountHtml = await (await kaethe.browser.get("/mein-konto")).text();
    expect(accountHtml).toContain("Unterschrift für „Mehr Bänke am Elbufer“ zurückziehen");

    expect((await withdrawWithPasskeyOverHttp(setup.deps, setup.app, petition.id, kaethe.authenticator)).body.outcome).toBe("withdrawn");
    const afterwards = await (await kaethe.browser.get(`/petitionen/${petition.id}`)).text();
    expect(afterwards).not.toContain("Sie haben dieses Bürgerbegehren unterschrieben.");
  });
});
