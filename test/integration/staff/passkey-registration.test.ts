import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { fixedClock } from "../../../src/clock";
import type { AppDeps } from "../../../src/deps";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { SoftwareAuthenticator } from "../../helpers/software-authenticator";
import { createTestInvitation, registerFromInvitation, TestBrowser } from "../../helpers/staff-ceremonies";

describe("registration from an invitation", () => {
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

  const newAuthenticator = () => new SoftwareAuthenticator(deps.config.webauthn.rpId, deps.config.webauthn.origin, { startCounter: 1 });

  /** Ask for creation options on a fresh browser and return both. */
  async function startRegistration(token: string) {
    const browser = new TestBrowser(app, origin);
    const response = await browser.postJson(`/einladung/optionen?code=${token}`, {});
    return { browser, options: (await response.json()) as { challenge: string; authenticatorSelection: Record<string, string> } };
  }

  describe("invitation page", () => {
    it("shows the invitation in German", async () => {
      const token = await createTestInvitation(deps, { role: "election_office", name: "Erika Muster" });
      const response = await app.request(`/einladung?code=${token}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain("Willkommen, Erika Muster");
      expect(html).toContain("Was ist ein Passkey?");
      expect(html).toContain('src="/static/passkeys.js"');
      expect(html).toContain('maxlength="60"');
    });

    it("responds 404 to an unknown link", async () => {
      const response = await app.request("/einladung?code=unbekannt");
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("Einladung nicht gefunden");
    });

    it("responds 404 without a code", async () => {
      expect((await app.request("/einladung")).status).toBe(404);
    });

    it("responds 410 to an expired link", async () => {
      const local = await createTestDeps({ database: deps.database });
      const localApp = createApp(local);
      const token = await createTestInvitation(local, { role: "organiser" });
      (local.clock as ReturnType<typeof fixedClock>).advance(24 * 60 * 60_000);
      const response = await localApp.request(`/einladung?code=${token}`);
      expect(response.status).toBe(410);
      expect(await response.text()).toContain("Einladung abgelaufen");
    });

    it("responds 410 to a used link", async () => {
      const token = await createTestInvitation(deps, { role: "organiser" });
      await registerFromInvitation(deps, app, token);
      const response = await app.request(`/einladung?code=${token}`);
      expect(response.status).toBe(410);
      expect(await response.text()).toContain("Einladung schon verwendet");
    });
  });

  describe("options", () => {
    it("require a discoverable passkey with user verification", async () => {
      const token = await createTestInvitation(deps, { role: "organiser" });
      const { options } = await startRegistration(token);
      expect(options.authenticatorSelection.userVerification).toBe("required");
      expect(options.authenticatorSelection.residentKey).toBe("required");
    });

    it("bind the challenge to the browser with a cookie", async () => {
      const token = await createTestInvitation(deps, { role: "organiser" });
      const { browser } = await startRegistration(token);
      expect(browser.jar.get("mz_webauthn")).toBeDefined();
    });

    it("respond 410 with JSON for a used link", async () => {
      const token = await createTestInvitation(deps, { role: "organiser" });
      await registerFromInvitation(deps, app, token);
      const response = await new TestBrowser(app, origin).postJson(`/einladung/optionen?code=${token}`, {});
      expect(response.status).toBe(410);
      expect(await response.json()).toMatchObject({ code: "INVITATION_USED" });
    });
  });

  describe("completion", () => {
    it("creates the member, passkey, team, session and audit entry", async () => {
      const petition = await createTestPetition(deps.database, { now: deps.clock.now() });
      const token = await createTestInvitation(deps, { role: "organiser", name: "Olaf Team", petitionId: petition.id });
      const { browser, response } = await registerFromInvitation(deps, app, token, { passkeyName: "  Laptop   Büro " });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ redirect: "/verwaltung" });

      const [member] = await deps.database.rows<{ id: string; role: string }>("select id, role from staff_members where display_name = 'Olaf Team'");
      expect(member?.role).toBe("organiser");
      const passkeys = await deps.database.rows<{ name: string; counter: string }>("select name, counter from staff_passkeys where staff_member_id = $1", [member?.id]);
      expect(passkeys.map((row) => row.name)).toEqual(["Laptop Büro"]);
      const team = await deps.database.rows("select * from petition_team_members where staff_member_id = $1 and petition_id = $2", [member?.id, petition.id]);
      expect(team).toHaveLength(1);
      const audit = await deps.database.rows<{ action: string; petition_id: string }>("select action, petition_id from audit_log where actor_id = $1", [member?.id]);
      expect(audit).toEqual([{ action: "staff.registered", petition_id: petition.id }]);

      const home = await browser.get("/verwaltung");
      expect(home.status).toBe(200);
      expect(await home.text()).toContain("Willkommen, Olaf Team");
    });

    it("rejects a passkey another member registered, with 400 and the link still usable", async () => {
      const authenticator = newAuthenticator();
      const first = await createTestInvitation(deps, { role: "organiser" });
      const firstStart = await startRegistration(first);
      await firstStart.browser.postJson(`/einladung/passkey?code=${first}`, { response: authenticator.createRegistrationResponse(firstStart.options) });
      const second = await createTestInvitation(deps, { role: "organiser" });
      const { browser, options } = await startRegistration(second);

      const response = await browser.postJson(`/einladung/passkey?code=${second}`, { response: authenticator.createRegistrationResponse(options) });

      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: "PASSKEY_ALREADY_REGISTERED" });
      expect((await app.request(`/einladung?code=${second}`)).status).toBe(200);
    });

    it("accepts attestation none", async () => {
      const token = await createTestInvitation(deps, { role: "organiser" });
      const { browser, options } = await startRegistration(token);
      const response = await browser.postJson(`/einladung/passkey?code=${token}`, {
        response: newAuthenticator().createRegistrationResponse(options, { attestation: "none" }),
      });
      expect(response.status).toBe(200);
    });

    const rejections: [string, Parameters<SoftwareAuthenticator["createRegistrationResponse"]>[1], string][] = [
      ["a challenge of no open ceremony", { challenge: "d3JvbmctY2hhbGxlbmdl" }, "CHALLENGE_MISSING"],
      ["a wrong origin", { origin: "https://evil.example" }, "ORIGIN_MISMATCH"],
      ["a wrong RP ID", { rpId: "evil.example" }, "RP_ID_MISMATCH"],
      ["no user verification", { userVerified: false }, "USER_NOT_VERIFIED"],
      ["an assertion type", { type: "webauthn.get" }, "RESPONSE_INVALID"],
    ];
    for (const [label, overrides, code] of rejections) {
      it(`rejects ${label} and keeps the link usable`, async () => {
        const token = await createTestInvitation(deps, { role: "organiser" });
        const { browser, options } = await startRegistration(token);
        const response = await browser.postJson(`/einladung/passkey?code=${token}`, {
          response: newAuthenticator().createRegistrationResponse(options, overrides),
        });
        expect(response.status).toBe(400);
        const body = (await response.json()) as { code: string; message: string };
        expect(body.code).toBe(code);
        expect(body.message).not.toMatch(/Error|expected/);
        expect(browser.jar.get("mz_staff")).toBeUndefined();
        expect((await app.request(`/einladung?code=${token}`)).status).toBe(200);
      });
    }

    it("rejects a response without the browser's challenge cookie", async () => {
      const token = await createTestInvitation(deps, { role: "organiser" });
      const { options } = await startRegistration(token);
      const otherBrowser = new TestBrowser(app, origin);
      const response = await otherBrowser.postJson(`/einladung/passkey?code=${token}`, {
        response: newAuthenticator().createRegistrationResponse(options),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: "CHALLENGE_MISSING" });
    });

    it("uses a challenge once", async () => {
      const token = await createTestInvitation(deps, { role: "organiser" });
      const { browser, options } = await startRegistration(token);
      const cookie = browser.jar.get("mz_webauthn");
      const rejected = newAuthenticator().createRegistrationResponse(options, { userVerified: false });
      expect((await browser.postJson(`/einladung/passkey?code=${token}`, { response: rejected })).status).toBe(400);

      const replay = await app.request(`/einladung/passkey?code=${token}`, {
        method: "POST",
        headers: { Cookie: `mz_webauthn=${cookie}`, Origin: origin, "Content-Type": "application/json" },
        body: JSON.stringify({ response: newAuthenticator().createRegistrationResponse(options) }),
      });
      expect(replay.status).toBe(400);
      expect(await replay.json()).toMatchObject({ code: "CHALLENGE_MISSING" });
    });

    it("rejects a challenge older than five minutes", async () => {
      const local = await createTestDeps({ database: deps.database });
      const localApp = createApp(local);
      const token = await createTestInvitation(local, { role: "organiser" });
      const browser = new TestBrowser(localApp, origin);
      const options = (await (await browser.postJson(`/einladung/optionen?code=${token}`, {})).json()) as { challenge: string };
      (local.clock as ReturnType<typeof fixedClock>).advance(5 * 60_000 + 1);
      const response = await browser.postJson(`/einladung/passkey?code=${token}`, { response: newAuthenticator().createRegistrationResponse(options) });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: "CHALLENGE_MISSING" });
    });

    it("rejects a challenge from another invitation", async () => {
      const first = await createTestInvitation(deps, { role: "organiser" });
      const second = await createTestInvitation(deps, { role: "admin" });
      const { browser, options } = await startRegistration(first);
      const response = await browser.postJson(`/einladung/passkey?code=${second}`, { response: newAuthenticator().createRegistrationResponse(options) });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: "CHALLENGE_MISMATCH" });
    });

    it("rejects a body that is not a registration response", async () => {
      const token = await createTestInvitation(deps, { role: "organiser" });
      const { browser } = await startRegistration(token);
      const response = await browser.postJson(`/einladung/passkey?code=${token}`, { response: { id: "x" } });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: "BODY_INVALID" });
    });

    it("rejects a passkey name over 60 characters", async () => {
      const token = await createTestInvitation(deps, { role: "organiser" });
      const { browser, options } = await startRegistration(token);
      const response = await browser.postJson(`/einladung/passkey?code=${token}`, {
        response: newAuthenticator().createRegistrationResponse(options),
        name: "x".repeat(61),
      });
      expect(response.status).toBe(400);
    });

    it("registers only one of two browsers racing on one link", async () => {
      const token = await createTestInvitation(deps, { role: "organiser", name: "Rita Rennen" });
      const first = await startRegistration(token);
      const second = await startRegistration(token);
      const responses = await Promise.all([
        first.browser.postJson(`/einladung/passkey?code=${token}`, { response: newAuthenticator().createRegistrationResponse(first.options) }),
        second.browser.postJson(`/einladung/passkey?code=${token}`, { response: newAuthenticator().createRegistrationResponse(second.options) }),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([200, 410]);
      const members = await deps.database.rows("select id from staff_members where display_name = 'Rita Rennen'");
      expect(members).toHaveLength(1);
    });
  });
});
