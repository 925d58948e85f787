import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import { residentAccounts, residentPasskeys, residentSessions } from "../../../src/db/schema";
import type { AppDeps } from "../../../src/deps";
import { decideSignature } from "../../../src/review/decide-signature";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { validPaperLine } from "../../helpers/review";
import { residentNamed } from "../../helpers/signature-log";
import { createTestStaffMember } from "../../helpers/staff";
import { activateWithCode, createLetterCode, KAETHE_REGISTER_ROW, newResidentAuthenticator, signWithPasskeyOverHttp } from "../../helpers/residents";
import type { SoftwareAuthenticator } from "../../helpers/software-authenticator";
import { TestBrowser } from "../../helpers/staff-ceremonies";

let deps: AppDeps;
let app: ReturnType<typeof createApp>;
let origin: string;

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  origin = new URL(deps.config.publicUrl).origin;
});
afterAll(async () => {
  await deps.database.close();
});

/** Activate a letter for a person of their own; returns the signed-in browser, the authenticator and the resident key. */
async function activated(familyName: string) {
  const { code, residentKey } = await createLetterCode(deps, { row: { ...KAETHE_REGISTER_ROW, familienname: familyName } });
  const { browser, authenticator, response } = await activateWithCode(deps, app, code);
  expect(response.status).toBe(200);
  return { browser, authenticator, residentKey };
}

/** Sign in through the resident sign-in endpoints in a new browser. */
async function signIn(authenticator: SoftwareAuthenticator) {
  const browser = new TestBrowser(app, origin);
  const options = (await (await browser.postJson("/mein-konto/anmelden/optionen", {})).json()) as { challenge: string };
  const response = await browser.postJson("/mein-konto/anmelden/pruefen", { response: authenticator.createAssertionResponse(options) });
  return { browser, response };
}

function csrfOf(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (token === undefined) throw new Error("page has no CSRF field");
  return token;
}

describe("resident sign-in", () => {
  it("sends a browser without session to the sign-in page", async () => {
    const response = await new TestBrowser(app, origin).get("/mein-konto");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/mein-konto/anmelden");
  });

  it("signs in with the passkey and opens the area", async () => {
    const { authenticator } = await activated("Anmelder");
    const { browser, response } = await signIn(authenticator);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ redirect: "/mein-konto" });
    expect((await browser.get("/mein-konto")).status).toBe(200);
  });

  it("never opens the staff area with a resident session", async () => {
    const { browser } = await activated("Keinpersonal");
    const response = await browser.get("/verwaltung");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toContain("/anmelden");
  });

  it("rejects a staff passkey's sign-in challenge for residents", async () => {
    const { authenticator } = await activated("Zeremonie");
    const browser = new TestBrowser(app, origin);
    const options = (await (await browser.postJson("/anmelden/optionen", {})).json()) as { challenge: string };
    const response = await browser.postJson("/mein-konto/anmelden/pruefen", { response: authenticator.createAssertionResponse(options) });
    expect(response.status).toBe(400);
  });

  it("signs out", async () => {
    const { browser } = await activated("Abmelder");
    const page = await (await browser.get("/mein-konto")).text();
    const response = await browser.postForm("/mein-konto/abmelden", { _csrf: csrfOf(page) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/mein-konto/anmelden");
    expect(await (await browser.get("/mein-konto/anmelden")).text()).toContain("Sie haben sich abgemeldet.");
    expect((await browser.get("/mein-konto")).status).toBe(303);
  });

  it("ignores a sign-out notice in the query", async () => {
    const html = await (await app.request("/mein-konto/anmelden?abgemeldet=1")).text();
    expect(html).not.toContain("Sie haben sich abgemeldet.");
  });
});

describe("the resident's area", () => {
  it("lists the collecting petitions signed, computed from nullifiers", async () => {
    const { browser, authenticator } = await activated("Liste");
    const signed = await createTestPetition(deps.database, { now: deps.clock.now(), title: "Unterschriebenes Begehren" });
    await createTestPetition(deps.database, { now: deps.clock.now(), title: "Anderes Begehren" });
    expect((await signWithPasskeyOverHttp(deps, app, signed.id, authenticator)).body.outcome).toBe("signed");

    const html = await (await browser.get("/mein-konto")).text();
    expect(html).toContain("Unterschriebenes Begehren");
    expect(html).not.toContain("Anderes Begehren");
    expect(html).toContain("Hauptwohnsitz: Dresden");
    expect(html).toContain("Aktivierungsbrief");
  });

  it("names a signature the office declared invalid", async () => {
    const { browser, authenticator } = await activated("Ungueltig");
    const petition = await createTestPetition(deps.database, { now: deps.clock.now(), title: "Geprüftes Begehren" });
    expect((await signWithPasskeyOverHttp(deps, app, petition.id, authenticator)).body.outcome).toBe("signed");
    const [signature] = await deps.database.rows<{ id: string; status: "proven" | "provisional" }>("select id, status from signatures where petition_id = $1", [petition.id]);
    const staffId = (await createTestStaffMember(deps.database, { role: "election_office" })).id;
    const decided = await decideSignature(
      { database: deps.database, serverSecret: deps.serverSecret, clock: deps.clock, log: deps.logger },
      { petitionId: petition.id, signatureId: Number(signature!.id), expected: { status: signature!.status, reason: null }, decision: { kind: "invalidate", reason: "no_main_residence" }, staffId },
    );
    expect(decided.ok).toBe(true);

    const account = await (await browser.get("/mein-konto")).text();
    const petitionPage = await (await browser.get(`/petitionen/${petition.id}`)).text();

    expect(account).toContain("vom Wahlamt für ungültig erklärt, Grund: kein Hauptwohnsitz in der Gemeinde. Die Unterschrift zählt nicht.");
    expect(account).not.toContain(`/petitionen/${petition.id}/ruecknahme`);
    expect(petitionPage).toContain("Ihre Unterschrift wurde vom Wahlamt für ungültig erklärt.");
    expect(petitionPage).toContain("Grund: kein Hauptwohnsitz in der Gemeinde.");
    expect(petitionPage).toContain("wenden Sie sich an das Wahlamt Ihrer Gemeinde");
    expect(petitionPage).not.toContain("Sie haben dieses Bürgerbegehren unterschrieben.");
    expect(petitionPage).not.toContain("Mit Wallet unterschreiben");
    expect(petitionPage).not.toContain(`/petitionen/${petition.id}/ruecknahme`);
  });

  it("says the office still checks a provisional signature", async () => {
    const { code } = await createLetterCode(deps, { row: { ...KAETHE_REGISTER_ROW, familienname: "Vorlaeufig", staatsangehoerigkeit: "AT" } });
    const { browser, authenticator } = await activateWithCode(deps, app, code);
    const base = await createTestPetition(deps.database, { now: deps.clock.now() });
    const petition = await createTestPetition(deps.database, { now: deps.clock.now(), title: "Offenes Begehren", rules: { ...base.rules, nationalities: ["DE", "AT"] } });
    expect((await signWithPasskeyOverHttp(deps, app, petition.id, authenticator)).body.outcome).toBe("signed");
    const [signature] = await deps.database.rows<{ status: string }>("select status from signatures where petition_id = $1", [petition.id]);
    expect(signature?.status).toBe("provisional");

    const account = await (await browser.get("/mein-konto")).text();
    const petitionPage = await (await browser.get(`/petitionen/${petition.id}`)).text();

    expect(account).toContain("vorläufig: Das Wahlamt prüft noch im Melderegister, ob Sie unterschreiben durften");
    expect(petitionPage).toContain("Sie haben dieses Bürgerbegehren unterschrieben.");
    expect(petitionPage).toContain("Ihre Unterschrift ist vorläufig. Das Wahlamt prüft noch im Melderegister");
  });

  it("calls online signing support", async () => {
    const { browser, authenticator } = await activated("Unterstuetzung");
    const petition = await createTestPetition(deps.database, { now: deps.clock.now(), title: "Papierbegehren", signatureKinds: ["paper"] });
    expect((await signWithPasskeyOverHttp(deps, app, petition.id, authenticator)).body.outcome).toBe("signed");

    const account = await (await browser.get("/mein-konto")).text();
    const petitionPage = await (await browser.get(`/petitionen/${petition.id}`)).text();

    expect(account).toContain("Online-Unterstützung. Sie zählt nicht für das Quorum");
    expect(account).toContain(`/petitionen/${petition.id}/ruecknahme`);
    expect(petitionPage).toContain("Sie unterstützen dieses Bürgerbegehren online.");
    expect(petitionPage).toContain("Ihre Online-Unterstützung zählt nicht für das Quorum");
    expect(petitionPage).not.toContain("Sie haben dieses Bürgerbegehren unterschrieben.");
  });

  it("sends paper withdrawals to the office", async () => {
    const familyName = "Listenzeile";
    const { browser, authenticator } = await activated(familyName);
    const petition = await createTestPetition(deps.database, { now: deps.clock.now(), title: "Listenbegehren", signatureKinds: ["paper"] });
    expect((await signWithPasskeyOverHttp(deps, app, petition.id, authenticator)).body.outcome).toBe("signed");
    const staffId = (await createTestStaffMember(deps.database, { role: "election_office" })).id;
    const identity = residentNamed(KAETHE_REGISTER_ROW.vornamen!, { familyName, birthDate: "1961-03-14", placeOfBirth: "Görlitz" });
    const recorded = await recordPaperLines(
      { database: deps.database, serverSecret: deps.serverSecret, clock: deps.clock, log: deps.logger },
      { petitionId: petition.id, staffId, lines: [validPaperLine(identity, 1, 1)] },
    );
    expect(recorded).toMatchObject({ ok: true, value: [{ kind: "recorded" }] });
    const rows = await deps.database.rows<{ channel: string }>("select channel from signatures where petition_id = $1", [petition.id]);
    expect(rows).toEqual([{ channel: "paper" }]);

    const account = await (await browser.get("/mein-konto")).text();
    const petitionPage = await (await browser.get(`/petitionen/${petition.id}`)).text();

    expect(account).toContain("auf einer Unterschriftenliste unterschrieben. Eine Rücknahme richten Sie schriftlich an das Wahlamt Ihrer Gemeinde");
    expect(account).not.toContain(`/petitionen/${petition.id}/ruecknahme`);
    expect(petitionPage).toContain("Sie haben dieses Bürgerbegehren auf einer Unterschriftenliste unterschrieben.");
    expect(petitionPage).toContain("schreiben Sie an das Wahlamt Ihrer Gemeinde");
    expect(petitionPage).not.toContain("Sie haben dieses Bürgerbegehren unterschrieben.");
    expect(petitionPage).not.toContain(`/petitionen/${petition.id}/ruecknahme`);
  });

  it("adds a second passkey and removes the first, but never the last", async () => {
    const { browser, residentKey } = await activated("Passkeys");
    const page = await (await browser.get("/mein-konto")).text();
    const csrf = csrfOf(page);
    expect(page).toContain("Ihren einzigen Passkey können Sie nicht entfernen");

    const withoutCsrf = await browser.postJson("/mein-konto/passkeys/optionen", {});
    expect(withoutCsrf.status).toBe(403);
    const options = (await (await browser.postJson("/mein-konto/passkeys/optionen", {}, { "X-CSRF-Token": csrf })).json()) as { challenge: string; excludeCredentials: unknown[] };
    expect(options.excludeCredentials).toHaveLength(1);
    const second = newResidentAuthenticator(deps);
    const added = await browser.postJson("/mein-konto/passkeys", { response: second.createRegistrationResponse(options), name: "Laptop" }, { "X-CSRF-Token": csrf });
    expect(await added.json()).toEqual({ redirect: "/mein-konto" });
    expect(await (await browser.get("/mein-konto")).text()).toContain("Der Passkey wurde hinzugefügt.");
    expect(await (await browser.get("/mein-konto?hinweis=removed")).text()).not.toMatch(/Der Passkey wurde (hinzugefügt|entfernt)\./);

    const [account] = await deps.database.db.select().from(residentAccounts).where(eq(residentAccounts.residentKey, residentKey));
    const passkeys = await deps.database.db.select().from(residentPasskeys).where(eq(residentPasskeys.residentAccountId, account!.id));
    expect(passkeys).toHaveLength(2);

    const first = passkeys.find((passkey) => passkey.name === "Smartphone")!;
    const removed = await browser.postForm(`/mein-konto/passkeys/${first.id}/entfernen`, { _csrf: csrf });
    expect(removed.status).toBe(303);
    expect(await (await browser.get("/mein-konto")).text()).toContain("Der Passkey wurde entfernt.");
    const last = passkeys.find((passkey) => passkey.name === "Laptop")!;
    const refused = await browser.postForm(`/mein-konto/passkeys/${last.id}/entfernen`, { _csrf: csrf });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("Ihren einzigen Passkey können Sie nicht entfernen");
  });

  it("does not remove another resident's passkey", async () => {
    const { browser } = await activated("Fremdzugriff");
    const other = await activated("Opfer");
    const [otherAccount] = await deps.database.db.select().from(residentAccounts).where(eq(residentAccounts.residentKey, other.residentKey));
    const [otherPasskey] = await deps.database.db.select().from(residentPasskeys).where(eq(residentPasskeys.residentAccountId, otherAccount!.id));
    const csrf = csrfOf(await (await browser.get("/mein-konto")).text());
    const response = await browser.postForm(`/mein-konto/passkeys/${otherPasskey!.id}/entfernen`, { _csrf: csrf });
    expect(response.status).toBe(404);
  });
});

describe("deleting the account", () => {
  it("says before confirming that signatures stay counted", async () => {
    const { browser } = await activated("Vorher");
    const html = await (await browser.get("/mein-konto/loeschen")).text();
    expect(html).toContain("bleiben gezählt");
    expect(html).toContain("Ja, Konto endgültig löschen");
  });

  it("rejects the deletion without the CSRF token", async () => {
    const { browser, residentKey } = await activated("Ohnetoken");
    const response = await browser.postForm("/mein-konto/loeschen", {});
    expect(response.status).toBe(403);
    expect(await deps.database.db.select().from(residentAccounts).where(eq(residentAccounts.residentKey, residentKey))).toHaveLength(1);
  });

  it("erases passkeys, resident keys and facts but keeps the signatures", async () => {
    const { browser, authenticator, residentKey } = await activated("Loescher");
    const petition = await createTestPetition(deps.database, { now: deps.clock.now() });
    expect((await signWithPasskeyOverHttp(deps, app, petition.id, authenticator)).body.outcome).toBe("signed");
    const [account] = await deps.database.db.select().from(residentAccounts).where(eq(residentAccounts.residentKey, residentKey));
    expect(account?.weakResidentKey).not.toBeNull();

    const csrf = csrfOf(await (await browser.get("/mein-konto/loeschen")).text());
    const response = await browser.postForm("/mein-konto/loeschen", { _csrf: csrf });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Ihr Konto ist gelöscht");

    expect(await deps.database.db.select().from(residentAccounts).where(eq(residentAccounts.residentKey, residentKey))).toHaveLength(0);
    expect(await deps.database.db.select().from(residentAccounts).where(eq(residentAccounts.weakResidentKey, account!.weakResidentKey!))).toHaveLength(0);
    expect(await deps.database.db.select().from(residentPasskeys).where(eq(residentPasskeys.residentAccountId, account!.id))).toHaveLength(0);
    expect(await deps.database.db.select().from(residentSessions).where(eq(residentSessions.residentAccountId, account!.id))).toHaveLength(0);
    const counted = await deps.database.rows<{ total: number }>("select sum(count)::int as total from signature_counts where petition_id = $1", [petition.id]);
    expect(counted[0]?.total).toBe(1);
    expect((await browser.get("/mein-konto")).status).toBe(303);

    const again = await signWithPasskeyOverHttp(deps, app, petition.id, authenticator);
    expect(again.body.code).toBe("UNKNOWN_CREDENTIAL");
  });
});
