import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, MAX_FORM_BODY_BYTES } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import type { Petition } from "../../../src/petitions/queries";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";

describe("app-wide guards", () => {
  let deps: AppDeps;
  let app: ReturnType<typeof createApp>;
  let petition: Petition;
  let origin: string;

  beforeAll(async () => {
    deps = await createTestDeps();
    app = createApp(deps);
    origin = new URL(deps.config.publicUrl).origin;
    petition = await createTestPetition(deps.database, { now: deps.clock.now(), serverSecret: deps.serverSecret });
  });
  afterAll(async () => {
    await deps.database.close();
  });

  describe("CSRF protection of form posts", () => {
    it("responds 403 with a German page to a cross-site post", async () => {
      const response = await app.request(`/petitionen/${petition.id}/wallet`, {
        method: "POST",
        headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
      });
      expect(response.status).toBe(403);
      const html = await response.text();
      expect(html).toContain("Anfrage abgelehnt");
      expect(html).not.toContain("Error:");
    });

    it("responds 403 to a post without Origin or Sec-Fetch-Site", async () => {
      const response = await app.request(`/petitionen/${petition.id}/wallet`, { method: "POST" });
      expect(response.status).toBe(403);
    });

    it("accepts a post from our own origin", async () => {
      const response = await app.request(`/petitionen/${petition.id}/wallet`, { method: "POST", headers: { Origin: origin } });
      expect(response.status).toBe(303);
    });

    it("accepts a post the browser marks same-origin", async () => {
      const response = await app.request(`/petitionen/${petition.id}/wallet`, {
        method: "POST",
        headers: { "Sec-Fetch-Site": "same-origin" },
      });
      expect(response.status).toBe(303);
    });

    it("leaves the wallet response endpoint to its own checks", async () => {
      const response = await app.request(`/openid4vp/response/00000000-0000-4000-8000-000000000000`, {
        method: "POST",
        headers: { Origin: "https://wallet.example", "Content-Type": "application/x-www-form-urlencoded" },
        body: "response=x",
      });
      expect(response.status).not.toBe(403);
      expect(response.headers.get("content-type")).toContain("application/json");
    });
  });

  describe("body size limit", () => {
    it("responds 413 with a German page to an oversized form", async () => {
      const response = await app.request(`/petitionen/${petition.id}/wallet`, {
        method: "POST",
        headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
        body: `x=${"a".repeat(MAX_FORM_BODY_BYTES + 1)}`,
      });
      expect(response.status).toBe(413);
      expect(await response.text()).toContain("Anfrage zu groß");
    });
  });

  describe("pages", () => {
    it("responds 404 with a German page to an unknown path", async () => {
      const response = await app.request("/gibt-es-nicht");
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).toContain('<html lang="de">');
      expect(html).toContain("Seite nicht gefunden");
    });

    it("speaks English when the browser prefers it", async () => {
      const response = await app.request("/gibt-es-nicht", { headers: { "Accept-Language": "en-GB,en;q=0.9,de;q=0.5" } });
      const html = await response.text();
      expect(html).toContain('<html lang="en">');
      expect(html).toContain("Page not found");
    });

    it("keeps the query in the language switch link", async () => {
      const response = await app.request(`/petitionen/${petition.id}/quittung?code=ABCD`);
      const html = await response.text();
      expect(html).toContain(`href="/petitionen/${petition.id}/quittung?code=ABCD&amp;lang=en"`);
    });

    it("sends a Content Security Policy without inline script", async () => {
      const response = await app.request("/");
      const policy = response.headers.get("content-security-policy") ?? "";
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain("unsafe-inline");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    });
  });
});

describe("load shedding", () => {
  it("answers 503 with Retry-After beyond the concurrency limit", async () => {
    const base = await createTestDeps();
    const deps: AppDeps = { ...base, config: { ...base.config, maxConcurrentRequests: 1 } };
    const app = createApp(deps);
    let release: () => void = () => {};
    let markEntered: () => void = () => {};
    const blocked = new Promise<void>((resolve) => {
      release = resolve;
    });
    const entered = new Promise<void>((resolve) => {
      markEntered = resolve;
    });
    // A slow route takes the only slot while the second request arrives.
    app.get("/test-hold", async (c) => {
      markEntered();
      await blocked;
      return c.text("done");
    });

    const first = app.request("/test-hold");
    await entered;
    const second = await app.request("/");
    release();

    expect(second.status).toBe(503);
    expect(second.headers.get("retry-after")).toBe("1");
    expect(await second.text()).toContain("Gerade zu viele Anfragen");
    expect((await first).status).toBe(200);
    await deps.database.close();
  });
});
