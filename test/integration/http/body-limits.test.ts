import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BODY_LIMIT_RULES, createApp, MAX_FORM_BODY_BYTES } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { RouteTable } from "../../../src/http/route-table";
import { createTestDeps } from "../../helpers/app";
import { appRoutes, concretePath, routeKey } from "../../helpers/routes";

type App = ReturnType<typeof createApp>;

const CHUNK_BYTES = 1024 * 1024;

/** Build a request body of `size` bytes that arrives in chunks without a Content-Length, as a chunked upload does. */
function streamedBody(size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) {
        controller.close();
        return;
      }
      const length = Math.min(CHUNK_BYTES, size - sent);
      controller.enqueue(new Uint8Array(length).fill(0x61));
      sent += length;
    },
  });
}

function post(app: App, path: string, body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  return app.request(path, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

describe("body limits", () => {
  let deps: AppDeps;
  let app: App;
  const limits = new RouteTable(BODY_LIMIT_RULES);

  beforeAll(async () => {
    const base = await createTestDeps();
    deps = { ...base, config: { ...base.config, demo: true } };
    app = createApp(deps);
  });
  afterAll(async () => {
    await deps.database.close();
  });

  it("name only routes the router has", () => {
    const known = new Set(appRoutes(app).map(routeKey));
    for (const rule of BODY_LIMIT_RULES) expect(known, routeKey(rule)).toContain(routeKey(rule));
  });

  it("reject one byte too many on every POST route with 413", async () => {
    const posts = appRoutes(app).filter((route) => route.method === "POST");
    expect(posts.length).toBeGreaterThan(20);
    for (const route of posts) {
      const path = concretePath(route.path);
      const limit = limits.match("POST", path)?.rule.value ?? { maxBytes: MAX_FORM_BODY_BYTES };
      const response = await post(app, path, streamedBody(limit.maxBytes + 1), { "Content-Type": "application/x-www-form-urlencoded" });
      expect(response.status, routeKey(route)).toBe(413);
      const text = await response.text();
      expect(text, routeKey(route)).toMatch(/zu groß|größer als erlaubt/);
      if (limit.page === undefined) expect(text, routeKey(route)).toContain("Erlaubt sind höchstens");
    }
  });

  it("reject a declared Content-Length beyond the limit before reading", async () => {
    const response = await post(app, "/aktivieren", "x", { "Content-Length": String(MAX_FORM_BODY_BYTES + 1), "Content-Type": "application/x-www-form-urlencoded" });
    expect(response.status).toBe(413);
  });

  it("accept a form of exactly the limit", async () => {
    const body = `code=${"A".repeat(MAX_FORM_BODY_BYTES - "code=".length)}`;
    const response = await post(app, "/aktivieren", body, { "Content-Type": "application/x-www-form-urlencoded", Origin: new URL(deps.config.publicUrl).origin });
    expect(response.status).not.toBe(413);
    expect(response.status).toBeLessThan(500);
  });

  it("name the allowed size on the page", async () => {
    const response = await post(app, "/aktivieren", streamedBody(MAX_FORM_BODY_BYTES + 1));
    expect(await response.text()).toContain("Erlaubt sind höchstens 64 KB.");
  });

  it("name the upload's allowed size", async () => {
    const response = await post(app, "/verwaltung/aktivierungscodes", streamedBody(32 * 1024 * 1024 + 1));
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("Erlaubt sind höchstens 32 MB.");
  });

  it("answer in English when the browser prefers it", async () => {
    const response = await post(app, "/aktivieren", streamedBody(MAX_FORM_BODY_BYTES + 1), { "Accept-Language": "en" });
    expect(await response.text()).toContain("At most 64 KB is allowed.");
  });

  it("answer our scripts' fetches with a JSON message", async () => {
    const response = await post(app, "/anmelden/pruefen", streamedBody(MAX_FORM_BODY_BYTES + 1), { "Content-Type": "application/json", Accept: "application/json" });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { code: string; message: string };
    expect(body.code).toBe("BODY_TOO_LARGE");
    expect(body.message).toContain("64 KB");
  });

  it("answer wallets with an OAuth-style error", async () => {
    const response = await post(app, concretePath("/openid4vp/request/:id"), streamedBody(16 * 1024 + 1), { "Content-Type": "application/x-www-form-urlencoded" });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: string; error_description: string };
    expect(body.error).toBe("invalid_request");
    expect(body.error_description).toContain("16 KB");
  });
});

describe("malformed multipart bodies", () => {
  let deps: AppDeps;
  let app: App;

  beforeAll(async () => {
    deps = await createTestDeps();
    app = createApp(deps);
  });
  afterAll(async () => {
    await deps.database.close();
  });

  it("get 400 with a German page", async () => {
    const response = await post(app, "/aktivieren", "kein Formular", { "Content-Type": "multipart/form-data; boundary=x", Origin: new URL(deps.config.publicUrl).origin });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Ungültige Anfrage");
  });

  it("get 400 with JSON for our scripts", async () => {
    const response = await post(app, "/anmelden/pruefen", "", { "Content-Type": "multipart/form-data", Accept: "application/json" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe("BODY_INVALID");
  });
});
