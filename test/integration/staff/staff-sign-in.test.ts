import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { createTestDeps } from "../../helpers/app";
import { SoftwareAuthenticator } from "../../helpers/software-authenticator";
import { createTestInvitation, registerFromInvitation, signInWithAuthenticator, TestBrowser } from "../../helpers/staff-ceremonies";

describe("staff sign-in with a passkey", () => {
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

  async function registeredAuthenticator(options: { startCounter?: number } = {}) {
    const authenticator = new SoftwareAuthenticator(deps.config.webauthn.rpId, deps.config.webauthn.origin, { startCounter: options.startCounter ?? 1 });
    const token = await createTestInvitation(deps, { role: "organiser" });
    const { response } = await registerFromInvitation(deps, app, token, { authenticator });
    expect(response.status).toBe(200);
    return authenticator;
  }

  /** Ask for request options on a browser and return the challenge. */
  async function startSignIn(browser: TestBrowser) {
    const response = await browser.postJson("/anmelden/optionen", {});
    return (await response.json()) as { challenge: string; userVerification: string; allowCredentials: unknown[] };
  }

  it("asks for user verification with any passkey", async () => {
    const options = await startSignIn(new TestBrowser(app, origin));
    expect(options.userVerification).toBe("required");
    expect(options.allowCredentials).toEqual([]);
  });

  it("signs in and returns to the requested page", async () => {
    const authenticator = await registeredAuthenticator();
    const browser = new TestBrowser(app, origin);
    const options = await startSignIn(browser);
    const response = await browser.postJson("/anmelden/pruefen?weiter=%2Fverwaltung%2Fpasskeys", { response: authenticator.createAssertionResponse(options) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ redirect: "/verwaltung/passkeys" });
    expect((await browser.get("/verwaltung")).status).toBe(200);
  });

  it("ignores a return path to another site", async () => {
    const authenticator = await registeredAuthenticator();
    const browser = new TestBrowser(app, origin);
    const options = await startSignIn(browser);
    const response = await browser.postJson("/anmelden/pruefen?weiter=%2F%2Fevil.example", { response: authenticator.createAssertionResponse(options) });
    expect(await response.json()).toEqual({ redirect: "/verwaltung" });
  });

  it("sets an HttpOnly SameSite=Lax session cookie on path /", async () => {
    const authenticator = await registeredAuthenticator();
    const { response } = await signInWithAuthenticator(deps, app, authenticator);
    const cookie = response.headers.getSetCookie().find((header) => header.startsWith("mz_staff="));
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
    // PUBLIC_URL is http://localhost in tests, where browsers drop Secure cookies.
    expect(cookie).not.toContain("Secure");
  });

  it("replaces the browser's previous session", async () => {
    const authenticator = await registeredAuthenticator();
    const { browser } = await signInWithAuthenticator(deps, app, authenticator);
    const before = browser.jar.get("mz_staff");
    await signInWithAuthenticator(deps, app, authenticator, browser);
    const after = browser.jar.get("mz_staff");
    expect(after).not.toBe(before);
    expect((await app.request("/verwaltung", { headers: { Cookie: `mz_staff=${before}` } })).status).toBe(303);
    expect((await app.request("/verwaltung", { headers: { Cookie: `mz_staff=${after}` } })).status).toBe(200);
  });

  it("records the sign-in in the audit log", async () => {
    const authenticator = await registeredAuthenticator();
    await signInWithAuthenticator(deps, app, authenticator);
    const rows = await deps.database.rows<{ action: string }>(
      "select a.action from audit_log a join staff_passkeys p on p.staff_member_id = a.actor_id where p.credential_id = $1 order by a.id",
      [authenticator.credentialIdBase64url],
    );
    expect(rows.map((row) => row.action)).toEqual(["staff.registered", "staff.signed_in"]);
  });

  it("rejects a counter that did not grow", async () => {
    const authenticator = await registeredAuthenticator({ startCounter: 5 });
    expect((await signInWithAuthenticator(deps, app, authenticator)).response.status).toBe(200);
    const browser = new TestBrowser(app, origin);
    const options = await startSignIn(browser);
    const response = await browser.postJson("/anmelden/pruefen", { response: authenticator.createAssertionResponse(options, { counter: 6 }) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "COUNTER_REGRESSION" });
    expect(browser.jar.get("mz_staff")).toBeUndefined();
  });

  it("accepts counters that stay at 0", async () => {
    const authenticator = await registeredAuthenticator({ startCounter: 0 });
    expect((await signInWithAuthenticator(deps, app, authenticator)).response.status).toBe(200);
    expect((await signInWithAuthenticator(deps, app, authenticator)).response.status).toBe(200);
  });

  it("rejects a counter falling back to 0", async () => {
    const authenticator = await registeredAuthenticator({ startCounter: 3 });
    expect((await signInWithAuthenticator(deps, app, authenticator)).response.status).toBe(200);
    const browser = new TestBrowser(app, origin);
    const options = await startSignIn(browser);
    const response = await browser.postJson("/anmelden/pruefen", { response: authenticator.createAssertionResponse(options, { counter: 0 }) });
    expect(await response.json()).toMatchObject({ code: "COUNTER_REGRESSION" });
  });

  const rejections: [string, Parameters<SoftwareAuthenticator["createAssertionResponse"]>[1], string][] = [
    ["a challenge of no open ceremony", { challenge: "d3Jvbmc" }, "CHALLENGE_MISSING"],
    ["a wrong origin", { origin: "https://evil.example" }, "ORIGIN_MISMATCH"],
    ["a wrong RP ID", { rpId: "evil.example" }, "RP_ID_MISMATCH"],
    ["no user verification", { userVerified: false }, "USER_NOT_VERIFIED"],
  ];
  for (const [label, overrides, code] of rejections) {
    it(`rejects ${label}`, async () => {
      const authenticator = await registeredAuthenticator();
      const browser = new TestBrowser(app, origin);
      const options = await startSignIn(browser);
      const response = await browser.postJson("/anmelden/pruefen", { response: authenticator.createAssertionResponse(options, overrides) });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code });
      expect(browser.jar.get("mz_staff")).toBeUndefined();
    });
  }

  it("rejects a forged signature", async () => {
    const authenticator = await registeredAuthenticator();
    const browser = new TestBrowser(app, origin);
    const options = await startSignIn(browser);
    const assertion = authenticator.createAssertionResponse(options);
    const forged = { ...assertion, response: { ...assertion.response, signature: Buffer.alloc(70, 1).toString("base64url") } };
    const response = await browser.postJson("/anmelden/pruefen", { response: forged });
    expect(await response.json()).toMatchObject({ code: "RESPONSE_INVALID" });
  });

  it("rejects an unknown passkey", async () => {
    const stranger = new SoftwareAuthenticator(deps.config.webauthn.rpId, deps.config.webauthn.origin);
    const { response } = await signInWithAuthenticator(deps, app, stranger);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "UNKNOWN_CREDENTIAL" });
  });

  it("rejects a sign-in without the challenge cookie", async () => {
    const authenticator = await registeredAuthenticator();
    const options = await startSignIn(new TestBrowser(app, origin));
    const response = await new TestBrowser(app, origin).postJson("/anmelden/pruefen", { response: authenticator.createAssertionResponse(options) });
    expect(await response.json()).toMatchObject({ code: "CHALLENGE_MISSING" });
  });

  it("rejects a registration challenge at sign-in", async () => {
    const authenticator = await registeredAuthenticator();
    const token = await createTestInvitation(deps, { role: "organiser" });
    const browser = new TestBrowser(app, origin);
    const options = (await (await browser.postJson(`/einladung/optionen?code=${token}`, {})).json()) as { challenge: string };
    const response = await browser.postJson("/anmelden/pruefen", { response: authenticator.createAssertionResponse(options) });
    expect(await response.json()).toMatchObject({ code: "CHALLENGE_MISSING" });
  });

  it("rejects a disabled member's passkey", async () => {
    const authenticator = await registeredAuthenticator();
    await deps.database.rows(
      "update staff_members set disabled_at = now() where id = (select staff_member_id from staff_passkeys where credential_id = $1)",
      [authenticator.credentialIdBase64url],
    );
    const { response } = await signInWithAuthenticator(deps, app, authenticator);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "STAFF_DISABLED" });
  });

  it("rejects a cross-site sign-in post", async () => {
    const response = await app.request("/anmelden/optionen", { method: "POST", headers: { Origin: "https://evil.example" } });
    expect(response.status).toBe(403);
  });

  it("shows the sign-in page with the passkey explanation", async () => {
    const response = await app.request("/anmelden?weiter=%2Fverwaltung%2Fpasskeys");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Mit Passkey anmelden");
    expect(html).toContain("Ihr Browser bietet keinen Passkey an?");
    expect(html).toContain('data-verify-url="/anmelden/pruefen?weiter=%2Fverwaltung%2Fpasskeys"');
  });
});
