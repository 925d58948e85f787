import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { createTestDeps } from "../../helpers/app";
import { SoftwareAuthenticator } from "../../helpers/software-authenticator";
import { createTestInvitation, registerFromInvitation, signInWithAuthenticator, type TestBrowser } from "../../helpers/staff-ceremonies";

describe("managing one's passkeys", () => {
  let deps: AppDeps;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    deps = await createTestDeps();
    app = createApp(deps);
  });
  afterAll(async () => {
    await deps.database.close();
  });

  const newAuthenticator = () => new SoftwareAuthenticator(deps.config.webauthn.rpId, deps.config.webauthn.origin, { startCounter: 1 });

  /** Register a new staff member and return the signed-in browser, its CSRF token and the first authenticator. */
  async function signedInMember() {
    const token = await createTestInvitation(deps, { role: "organiser" });
    const { browser, authenticator } = await registerFromInvitation(deps, app, token, { passkeyName: "Laptop" });
    const html = await (await browser.get("/verwaltung/passkeys")).text();
    const csrfToken = /<meta name="csrf-token" content="([^"]+)"/.exec(html)?.[1] ?? "";
    return { browser, authenticator, csrfToken, html };
  }

  async function passkeysOf(browser: TestBrowser): Promise<{ id: string; name: string }[]> {
    const html = await (await browser.get("/verwaltung/passkeys")).text();
    return [...html.matchAll(/action="\/verwaltung\/passkeys\/([0-9a-f-]+)\/name"[\s\S]*?name="name" type="text" value="([^"]*)"/g)].map((match) => ({
      id: match[1] ?? "",
      name: match[2] ?? "",
    }));
  }

  async function addPasskey(browser: TestBrowser, csrfToken: string, name: string, authenticator = newAuthenticator()) {
    const options = (await (await browser.postJson("/verwaltung/passkeys/optionen", {}, { "X-CSRF-Token": csrfToken })).json()) as { challenge: string; excludeCredentials: { id: string }[] };
    const response = await browser.postJson("/verwaltung/passkeys", { response: authenticator.createRegistrationResponse(options), name }, { "X-CSRF-Token": csrfToken });
    return { response, options, authenticator };
  }

  it("lists the passkey and explains that the last one stays", async () => {
    const { html } = await signedInMember();
    expect(html).toContain("Laptop");
    expect(html).toContain("Ihren einzigen Passkey können Sie nicht entfernen");
    expect(html).not.toContain("/entfernen");
  });

  it("adds a second passkey that can sign in", async () => {
    const { browser, authenticator, csrfToken } = await signedInMember();
    const { response, options, authenticator: second } = await addPasskey(browser, csrfToken, "Smartphone");
    expect(options.excludeCredentials.map((credential) => credential.id)).toEqual([authenticator.credentialIdBase64url]);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ redirect: "/verwaltung/passkeys" });
    expect(await (await browser.get("/verwaltung/passkeys")).text()).toContain("Der Passkey wurde hinzugefügt.");
    expect((await passkeysOf(browser)).map((passkey) => passkey.name).sort()).toEqual(["Laptop", "Smartphone"]);
    expect((await signInWithAuthenticator(deps, app, second)).response.status).toBe(200);
  });

  it("rejects adding without the CSRF token", async () => {
    const { browser } = await signedInMember();
    const response = await browser.postJson("/verwaltung/passkeys/optionen", {});
    expect(response.status).toBe(403);
  });

  it("rejects the same passkey twice", async () => {
    const { browser, authenticator, csrfToken } = await signedInMember();
    const { response } = await addPasskey(browser, csrfToken, "Nochmal", authenticator);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "PASSKEY_ALREADY_REGISTERED" });
  });

  it("renames a passkey", async () => {
    const { browser, csrfToken } = await signedInMember();
    const [passkey] = await passkeysOf(browser);
    const response = await browser.postForm(`/verwaltung/passkeys/${passkey?.id}/name`, { _csrf: csrfToken, name: "Büro-PC" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/verwaltung/passkeys");
    const [first, again] = [await (await browser.get("/verwaltung/passkeys")).text(), await (await browser.get("/verwaltung/passkeys")).text()];
    expect(first).toContain("Der Passkey wurde umbenannt.");
    expect(again).not.toContain("Der Passkey wurde umbenannt.");
    expect((await passkeysOf(browser)).map((item) => item.name)).toEqual(["Büro-PC"]);
  });

  it("responds 422 to an empty name and keeps the form", async () => {
    const { browser, csrfToken } = await signedInMember();
    const [passkey] = await passkeysOf(browser);
    const response = await browser.postForm(`/verwaltung/passkeys/${passkey?.id}/name`, { _csrf: csrfToken, name: "   " });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("<title>Fehler: ");
    expect(html).toContain("Geben Sie einen Namen für den Passkey ein.");
    expect(html).toContain(`href="#passkey-name-${passkey?.id}"`);
  });

  it("responds 403 to a rename without the CSRF token", async () => {
    const { browser } = await signedInMember();
    const [passkey] = await passkeysOf(browser);
    const response = await browser.postForm(`/verwaltung/passkeys/${passkey?.id}/name`, { name: "Neu" });
    expect(response.status).toBe(403);
  });

  it("refuses to remove the last passkey", async () => {
    const { browser, csrfToken } = await signedInMember();
    const [passkey] = await passkeysOf(browser);
    const response = await browser.postForm(`/verwaltung/passkeys/${passkey?.id}/entfernen`, { _csrf: csrfToken });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Ihren einzigen Passkey können Sie nicht entfernen");
    expect(await passkeysOf(browser)).toHaveLength(1);
  });

  it("removes a passkey, which then cannot sign in", async () => {
    const { browser: laptopBrowser, authenticator: laptop, csrfToken } = await signedInMember();
    const { authenticator: smartphone } = await addPasskey(laptopBrowser, csrfToken, "Smartphone");
    const { browser: phoneBrowser } = await signInWithAuthenticator(deps, app, smartphone);
    const phoneCsrf = /<meta name="csrf-token" content="([^"]+)"/.exec(await (await phoneBrowser.get("/verwaltung/passkeys")).text())?.[1] ?? "";
    const first = (await passkeysOf(phoneBrowser)).find((passkey) => passkey.name === "Laptop");

    const response = await phoneBrowser.postForm(`/verwaltung/passkeys/${first?.id}/entfernen`, { _csrf: phoneCsrf });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/verwaltung/passkeys");
    expect(await (await phoneBrowser.get("/verwaltung/passkeys")).text()).toContain("Der Passkey wurde entfernt.");
    expect((await passkeysOf(phoneBrowser)).map((item) => item.name)).toEqual(["Smartphone"]);

    const signIn = await signInWithAuthenticator(deps, app, laptop);
    expect(signIn.response.status).toBe(400);
    expect(await signIn.response.json()).toMatchObject({ code: "UNKNOWN_CREDENTIAL" });
  });

  it("ends the sessions signed in with a removed passkey", async () => {
    const { browser: laptopBrowser, csrfToken } = await signedInMember();
    const { authenticator: smartphone } = await addPasskey(laptopBrowser, csrfToken, "Smartphone");
    const { browser: phoneBrowser } = await signInWithAuthenticator(deps, app, smartphone);
    const { browser: secondPhoneBrowser } = await signInWithAuthenticator(deps, app, smartphone);
    const phone = (await passkeysOf(laptopBrowser)).find((passkey) => passkey.name === "Smartphone");

    const response = await laptopBrowser.postForm(`/verwaltung/passkeys/${phone?.id}/entfernen`, { _csrf: csrfToken });

    expect(response.status).toBe(303);
    expect((await phoneBrowser.get("/verwaltung")).status).toBe(303);
    expect((await secondPhoneBrowser.get("/verwaltung")).status).toBe(303);
    expect((await laptopBrowser.get("/verwaltung")).status).toBe(200);
    const [audit] = await deps.database.rows<{ details: Record<string, unknown> }>(
      "select details from audit_log where action = 'staff.passkey_removed' and details->>'passkeyId' = $1",
      [phone?.id],
    );
    expect(audit?.details).toEqual({ passkeyId: phone?.id, passkeyName: "Smartphone", endedSessions: 2 });
  });

  it("signs out when the session's own passkey is removed", async () => {
    const { browser: laptopBrowser, csrfToken } = await signedInMember();
    const { authenticator: smartphone } = await addPasskey(laptopBrowser, csrfToken, "Smartphone");
    const { browser: phoneBrowser } = await signInWithAuthenticator(deps, app, smartphone);
    const laptop = (await passkeysOf(laptopBrowser)).find((passkey) => passkey.name === "Laptop");

    const response = await laptopBrowser.postForm(`/verwaltung/passkeys/${laptop?.id}/entfernen`, { _csrf: csrfToken });

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/anmelden");
    expect(laptopBrowser.jar.get("mz_staff")).toBeUndefined();
    const signInPage = await (await laptopBrowser.get("/anmelden")).text();
    expect(signInPage).toContain("Sie waren mit ihm angemeldet und sind deshalb jetzt abgemeldet.");
    expect((await phoneBrowser.get("/verwaltung")).status).toBe(200);
  });

  it("marks the passkey of the current session", async () => {
    const { browser, csrfToken } = await signedInMember();
    await addPasskey(browser, csrfToken, "Smartphone");
    const html = await (await browser.get("/verwaltung/passkeys")).text();

    expect(html.match(/class="passkey-current"/g)).toHaveLength(1);
    expect(html).toMatch(/<h2>Laptop<\/h2>[\s\S]*?Mit diesem Passkey sind Sie gerade angemeldet. Wenn Sie ihn entfernen, werden Sie abgemeldet./);
  });

  it("responds 404 to another member's passkey", async () => {
    const owner = await signedInMember();
    const other = await signedInMember();
    const [passkey] = await passkeysOf(owner.browser);
    const rename = await other.browser.postForm(`/verwaltung/passkeys/${passkey?.id}/name`, { _csrf: other.csrfToken, name: "Meins" });
    expect(rename.status).toBe(404);
    const remove = await other.browser.postForm(`/verwaltung/passkeys/${passkey?.id}/entfernen`, { _csrf: other.csrfToken });
    expect(remove.status).toBe(404);
  });

  it("responds 404 to a malformed passkey id", async () => {
    const { browser, csrfToken } = await signedInMember();
    const response = await browser.postForm("/verwaltung/passkeys/kein-uuid/name", { _csrf: csrfToken, name: "x" });
    expect(response.status).toBe(404);
  });

  it("records every change in the audit log", async () => {
    const { browser, csrfToken } = await signedInMember();
    await addPasskey(browser, csrfToken, "Tablet");
    const first = (await passkeysOf(browser)).find((passkey) => passkey.name === "Laptop");
    await browser.postForm(`/verwaltung/passkeys/${first?.id}/name`, { _csrf: csrfToken, name: "Alt" });
    await browser.postForm(`/verwaltung/passkeys/${first?.id}/entfernen`, { _csrf: csrfToken });
    const rows = await deps.database.rows<{ action: string }>(
      "select action from audit_log where actor_id = (select staff_member_id from staff_passkeys where name = 'Tablet') order by id",
    );
    expect(rows.map((row) => row.action)).toEqual(["staff.registered", "staff.passkey_added", "staff.passkey_renamed", "staff.passkey_removed"]);
  });

  it("ignores a notice in the query", async () => {
    const { browser } = await signedInMember();

    const list = await (await browser.get("/verwaltung/passkeys?hinweis=removed")).text();
    const signIn = await (await app.request("/anmelden?passkey_entfernt=1&abgemeldet=1")).text();

    expect(list).not.toContain("Der Passkey wurde entfernt.");
    expect(signIn).not.toContain("Sie sind abgemeldet.");
    expect(signIn).not.toContain("jetzt abgemeldet");
  });
});
