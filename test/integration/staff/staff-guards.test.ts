import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { fixedClock } from "../../../src/clock";
import type { AppDeps } from "../../../src/deps";
import { requireStaff } from "../../../src/http/staff-guards";
import { createTestDeps } from "../../helpers/app";
import { createSignedInStaff, signInTestStaff } from "../../helpers/staff";

describe("staff guards", () => {
  let deps: AppDeps;
  let app: ReturnType<typeof createApp>;
  let origin: string;

  beforeAll(async () => {
    deps = await createTestDeps();
    app = createApp(deps);
    origin = new URL(deps.config.publicUrl).origin;
    // Routes that exist only in this test, guarded like real staff routes.
    app.get("/verwaltung/test/admin", requireStaff("admin"), (c) => c.text("admin page"));
    app.post("/verwaltung/test/change", requireStaff(), (c) => c.text("changed"));
  });
  afterAll(async () => {
    await deps.database.close();
  });

  describe("without a session", () => {
    it("redirects a page request to the sign-in page with the path", async () => {
      const response = await app.request("/verwaltung/test/admin?seite=2");
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe(`/anmelden?weiter=${encodeURIComponent("/verwaltung/test/admin?seite=2")}`);
    });

    it("answers an htmx request with 401 and HX-Redirect", async () => {
      const response = await app.request("/verwaltung/test/admin", {
        headers: { "HX-Request": "true", "HX-Current-URL": `${origin}/verwaltung/test/petitionen/x` },
      });
      expect(response.status).toBe(401);
      expect(response.headers.get("hx-redirect")).toBe(`/anmelden?weiter=${encodeURIComponent("/verwaltung/test/petitionen/x")}`);
    });

    it("redirects a post without a return path", async () => {
      const response = await app.request("/verwaltung/test/change", { method: "POST", headers: { Origin: origin } });
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("/anmelden");
    });

    it("redirects the staff start page to sign-in", async () => {
      const response = await app.request("/verwaltung");
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("/anmelden?weiter=%2Fverwaltung");
    });

    it("treats an unknown session cookie as no session and clears it", async () => {
      const response = await app.request("/verwaltung", { headers: { Cookie: "mz_staff=unknown-token" } });
      expect(response.status).toBe(303);
      expect(response.headers.get("set-cookie")).toContain("mz_staff=;");
    });
  });

  describe("roles", () => {
    it("lets an administrator in", async () => {
      const admin = await createSignedInStaff(deps, { role: "admin" });
      const response = await app.request("/verwaltung/test/admin", { headers: { Cookie: admin.session.cookie } });
      expect(response.status).toBe(200);
    });

    it("responds 403 with a German page to the wrong role", async () => {
      const office = await createSignedInStaff(deps, { role: "election_office" });
      const response = await app.request("/verwaltung/test/admin", { headers: { Cookie: office.session.cookie } });
      expect(response.status).toBe(403);
      const html = await response.text();
      expect(html).toContain('<html lang="de">');
      expect(html).toContain("Kein Zugriff");
    });

  });

  describe("CSRF token", () => {
    it("accepts a post with the token in the header", async () => {
      const member = await createSignedInStaff(deps, { role: "organiser" });
      const response = await app.request("/verwaltung/test/change", { method: "POST", headers: member.session.postHeaders });
      expect(response.status).toBe(200);
    });

    it("accepts a form post with the token in the _csrf field", async () => {
      const member = await createSignedInStaff(deps, { role: "organiser" });
      const response = await app.request("/verwaltung/test/change", {
        method: "POST",
        headers: { Cookie: member.session.cookie, Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ _csrf: member.session.csrfToken }).toString(),
      });
      expect(response.status).toBe(200);
    });

    it("responds 403 to a same-origin post without the token", async () => {
      const member = await createSignedInStaff(deps, { role: "organiser" });
      const response = await app.request("/verwaltung/test/change", {
        method: "POST",
        headers: { Cookie: member.session.cookie, Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
        body: "name=x",
      });
      expect(response.status).toBe(403);
      expect(await response.text()).toContain("Anfrage abgelehnt");
    });

    it("responds 403 to an htmx request with a wrong token", async () => {
      const member = await createSignedInStaff(deps, { role: "organiser" });
      const response = await app.request("/verwaltung/test/change", {
        method: "POST",
        headers: { Cookie: member.session.cookie, "Sec-Fetch-Site": "same-origin", "HX-Request": "true", "X-CSRF-Token": "wrong" },
      });
      expect(response.status).toBe(403);
    });

    it("responds 403 to an htmx request carrying another session's token", async () => {
      const member = await createSignedInStaff(deps, { role: "organiser" });
      const other = await signInTestStaff(deps, member.id);
      const response = await app.request("/verwaltung/test/change", {
        method: "POST",
        headers: { Cookie: member.session.cookie, "Sec-Fetch-Site": "same-origin", "HX-Request": "true", "X-CSRF-Token": other.csrfToken },
      });
      expect(response.status).toBe(403);
    });

    it("accepts an htmx request with the token", async () => {
      const member = await createSignedInStaff(deps, { role: "organiser" });
      const response = await app.request("/verwaltung/test/change", {
        method: "POST",
        headers: { Cookie: member.session.cookie, "Sec-Fetch-Site": "same-origin", "HX-Request": "true", "X-CSRF-Token": member.session.csrfToken },
      });
      expect(response.status).toBe(200);
    });

    it("responds 403 to a cross-site post even with the token", async () => {
      const member = await createSignedInStaff(deps, { role: "organiser" });
      const response = await app.request("/verwaltung/test/change", {
        method: "POST",
        headers: { ...member.session.postHeaders, Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
      });
      expect(response.status).toBe(403);
    });

    it("puts the token in the page for htmx and scripts", async () => {
      const member = await createSignedInStaff(deps, { role: "organiser" });
      const html = await (await app.request("/verwaltung", { headers: { Cookie: member.session.cookie } })).text();
      expect(html).toContain(`<meta name="csrf-token" content="${member.session.csrfToken}"`);
      expect(html).toContain(`hx-headers="{&quot;X-CSRF-Token&quot;:&quot;${member.session.csrfToken}&quot;}"`);
    });
  });

  describe("session timeouts", () => {
    const clockOf = (d: AppDeps) => d.clock as ReturnType<typeof fixedClock>;

    it("ends a session after the idle timeout", async () => {
      const local = await createTestDeps({ database: deps.database });
      const localApp = createApp(local);
      const member = await createSignedInStaff(local, { role: "organiser" });
      const idleMs = local.config.staffSessions.idleTimeoutMinutes * 60_000;

      clockOf(local).advance(idleMs - 60_000);
      expect((await localApp.request("/verwaltung", { headers: { Cookie: member.session.cookie } })).status).toBe(200);
      clockOf(local).advance(idleMs - 60_000);
      expect((await localApp.request("/verwaltung", { headers: { Cookie: member.session.cookie } })).status).toBe(200);
      clockOf(local).advance(idleMs);
      expect((await localApp.request("/verwaltung", { headers: { Cookie: member.session.cookie } })).status).toBe(303);
    });

    /** Build an app whose sessions end after one minute without a request, the shortest idle timeout the configuration allows. */
    async function oneMinuteIdleApp() {
      const local = await createTestDeps({ database: deps.database });
      local.config = { ...local.config, staffSessions: { ...local.config.staffSessions, idleTimeoutMinutes: 1 } };
      const member = await createSignedInStaff(local, { role: "organiser" });
      const request = (headers: Record<string, string> = {}) =>
        createApp(local).request("/verwaltung", { headers: { Cookie: member.session.cookie, ...headers } });
      return { clock: clockOf(local), request };
    }

    it("honours a one-minute idle timeout between requests", async () => {
      const { clock, request } = await oneMinuteIdleApp();

      clock.advance(30_000);
      expect((await request()).status).toBe(200);
      clock.advance(29_000);
      expect((await request()).status).toBe(200);
      clock.advance(41_000);
      expect((await request()).status).toBe(200);
      clock.advance(60_000);
      expect((await request()).status).toBe(303);
    });

    it("does not extend the idle timeout for a background refresh", async () => {
      const { clock, request } = await oneMinuteIdleApp();
      const background = { "X-Background-Refresh": "1", "HX-Request": "true" };

      clock.advance(10_000);
      expect((await request(background)).status).toBe(200);
      clock.advance(49_000);
      expect((await request(background)).status).toBe(200);
      clock.advance(2_000);
      const expired = await request(background);
      expect(expired.status).toBe(401);
      expect(expired.headers.get("hx-redirect")).toBe("/anmelden");
    });

    it("counts a request of the person after background refreshes", async () => {
      const { clock, request } = await oneMinuteIdleApp();

      clock.advance(50_000);
      expect((await request({ "X-Background-Refresh": "1" })).status).toBe(200);
      clock.advance(5_000);
      expect((await request()).status).toBe(200);
      clock.advance(59_000);
      expect((await request({ "X-Background-Refresh": "1" })).status).toBe(200);
    });

    it("ends an active session at the absolute timeout", async () => {
      const local = await createTestDeps({ database: deps.database });
      const localApp = createApp(local);
      const member = await createSignedInStaff(local, { role: "organiser" });
      const { idleTimeoutMinutes, absoluteTimeoutHours } = local.config.staffSessions;
      const steps = Math.ceil((absoluteTimeoutHours * 60) / (idleTimeoutMinutes / 2));

      let lastStatus = 0;
      let activeRequests = 0;
      for (let step = 0; step < steps; step++) {
        clockOf(local).advance((idleTimeoutMinutes / 2) * 60_000);
        lastStatus = (await localApp.request("/verwaltung", { headers: { Cookie: member.session.cookie } })).status;
        if (lastStatus !== 200) break;
        activeRequests++;
      }
      expect(activeRequests).toBe(steps - 1);
      expect(lastStatus).toBe(303);
    });

    it("signs out and deletes the session", async () => {
      const member = await createSignedInStaff(deps, { role: "organiser" });
      const response = await app.request("/abmelden", { method: "POST", headers: member.session.postHeaders });
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("/anmelden");
      expect(response.headers.get("set-cookie")).toContain("mz_staff=;");
      const flash = response.headers.getSetCookie().filter((cookie) => cookie.startsWith("mz_sign_in_notice=")).map((cookie) => cookie.split(";")[0]);
      expect(await (await app.request("/anmelden", { headers: { Cookie: flash.join("; ") } })).text()).toContain("Sie sind abgemeldet.");
      expect((await app.request("/verwaltung", { headers: { Cookie: member.session.cookie } })).status).toBe(303);
      const audit = await deps.database.rows<{ action: string }>("select action from audit_log where actor_id = $1", [member.id]);
      expect(audit.map((row) => row.action)).toEqual(["staff.signed_out"]);
    });

    it("rejects sign-out without the CSRF token", async () => {
      const member = await createSignedInStaff(deps, { role: "organiser" });
      const response = await app.request("/abmelden", { method: "POST", headers: { Cookie: member.session.cookie, Origin: origin } });
      expect(response.status).toBe(403);
      expect((await app.request("/verwaltung", { headers: { Cookie: member.session.cookie } })).status).toBe(200);
    });
  });
});
