import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/client";
import { createApp } from "../../../src/app";
import { loadConfig } from "../../../src/config";
import type { AppDeps } from "../../../src/deps";
import { RATE_LIMIT_RULES } from "../../../src/http/rate-limit-rules";
import { RouteTable } from "../../../src/http/route-table";
import { createTally } from "../../../src/tally/create-tally";
import { publicTallyPaths } from "../../../src/tally/public-tally-paths";
import { createTestDeps } from "../../helpers/app";
import { openTestDatabase } from "../../helpers/db";
import { createTestPetition } from "../../helpers/petitions";
import { appRoutes, concretePath, routeKey } from "../../helpers/routes";
import { createTestStaffMember } from "../../helpers/staff";

type App = ReturnType<typeof createApp>;

const EVERY_LIMIT_TWO_PER_MINUTE = {
  RATE_LIMIT_START: "2/60",
  RATE_LIMIT_CODE: "2/60",
  RATE_LIMIT_TALLY: "2/60",
  RATE_LIMIT_WALLET: "2/60",
  RATE_LIMIT_WALLET_TRANSACTION: "off",
  RATE_LIMIT_OTHER: "2/60",
};

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/** Dependencies on the file's database with the given environment, the demo on so that its routes are limited too. */
async function depsWith(env: Record<string, string>): Promise<AppDeps> {
  const base = await createTestDeps({ database });
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: base.config.dataDir, ...env });
  return { ...base, config: { ...config, demo: true } };
}

/** Send the same request `count` times from one client address, named by X-Forwarded-For behind one trusted proxy. */
async function sendRepeatedly(app: App, route: { method: string; path: string }, client: string, count: number, headers: Record<string, string> = {}) {
  const responses: Response[] = [];
  for (let i = 0; i < count; i++) {
    responses.push(await app.request(concretePath(route.path), { method: route.method, headers: { "X-Forwarded-For": client, ...headers } }));
  }
  return responses;
}

describe("rate limits", () => {
  let deps: AppDeps;
  let app: App;

  beforeAll(async () => {
    deps = await depsWith({ ...EVERY_LIMIT_TWO_PER_MINUTE, TRUST_PROXY: "1" });
    app = createApp(deps);
  });
  it("name only routes the router has", () => {
    const known = new Set(appRoutes(app).map(routeKey));
    for (const rule of RATE_LIMIT_RULES) expect(known, routeKey(rule)).toContain(routeKey(rule));
  });

  it("limit every POST route and each listed GET route", async () => {
    const listed = new RouteTable(RATE_LIMIT_RULES);
    const limited = appRoutes(app).filter((route) => route.method === "POST" || listed.match(route.method, concretePath(route.path)) !== undefined);
    expect(limited.length).toBeGreaterThan(20);

    let clientNumber = 0;
    for (const route of limited) {
      clientNumber += 1;
      const responses = await sendRepeatedly(app, route, `198.51.100.${clientNumber}`, 3);
      const statuses = responses.map((response) => response.status);
      expect(statuses.slice(0, 2), routeKey(route)).not.toContain(429);
      expect(statuses, routeKey(route)).not.toContain(500);
      expect(statuses[2], routeKey(route)).toBe(429);
      expect(Number(responses[2]!.headers.get("retry-after")), routeKey(route)).toBeGreaterThan(0);
    }
  });

  it("leave unlisted GET routes alone", async () => {
    const statuses = (await sendRepeatedly(app, { method: "GET", path: "/" }, "198.51.100.200", 5)).map((response) => response.status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });

  it("answer with a German page and Retry-After", async () => {
    const [, , limited] = await sendRepeatedly(app, { method: "GET", path: "/petitionen/:id/quittung" }, "198.51.100.201", 3);
    expect(limited!.status).toBe(429);
    expect(limited!.headers.get("retry-after")).toBe("60");
    const html = await limited!.text();
    expect(html).toContain("Zu viele Versuche");
    expect(html).toContain("Versuchen Sie es in einer Minute erneut.");
  });

  it("answer in English when the browser prefers it", async () => {
    const [, , limited] = await sendRepeatedly(app, { method: "GET", path: "/einladung" }, "198.51.100.202", 3, { "Accept-Language": "en" });
    expect(await limited!.text()).toContain("Too many attempts");
  });

  it("answer our scripts' fetches with a JSON message", async () => {
    const [, , limited] = await sendRepeatedly(app, { method: "POST", path: "/anmelden/optionen" }, "198.51.100.203", 3, { Accept: "application/json" });
    expect(limited!.status).toBe(429);
    const body = (await limited!.json()) as { code: string; message: string };
    expect(body.code).toBe("TOO_MANY_REQUESTS");
    expect(body.message).toContain("zu viele Anfragen");
  });

  it("answer wallets with an OAuth-style error", async () => {
    const [, , limited] = await sendRepeatedly(app, { method: "POST", path: "/openid4vp/response/:id" }, "198.51.100.204", 3);
    expect(limited!.status).toBe(429);
    const body = (await limited!.json()) as { error: string; error_description: string };
    expect(body.error).toBe("temporarily_unavailable");
    expect(body.error_description).toContain("Minute");
  });

  it("count clients apart", async () => {
    const route = { method: "POST", path: "/petitionen/:id/wallet" };
    await sendRepeatedly(app, route, "198.51.100.205", 3);
    const [other] = await sendRepeatedly(app, route, "198.51.100.206", 1);
    expect(other!.status).not.toBe(429);
  });

  it("count an IPv6 /64 as one client", async () => {
    const route = { method: "POST", path: "/aktivieren" };
    await sendRepeatedly(app, route, "2001:db8:1:2::1", 2);
    const [sameNetwork] = await sendRepeatedly(app, route, "2001:db8:1:2:ffff::9", 1);
    expect(sameNetwork!.status).toBe(429);
  });
});

describe("rate limits without a trusted proxy", () => {
  it("ignore X-Forwarded-For", async () => {
    const deps = await depsWith({ ...EVERY_LIMIT_TWO_PER_MINUTE });
    const app = createApp(deps);
    const route = { method: "POST", path: "/aktivieren" };
    await sendRepeatedly(app, route, "198.51.100.1", 1);
    await sendRepeatedly(app, route, "198.51.100.2", 1);
    const [third] = await sendRepeatedly(app, route, "198.51.100.3", 1);
    expect(third!.status).toBe(429);
  });
});

describe("rate limits of wallet transactions", () => {
  it("count each transaction whichever network the wallet posts from", async () => {
    const deps = await depsWith({ RATE_LIMIT_WALLET: "off", RATE_LIMIT_WALLET_TRANSACTION: "2/600", TRUST_PROXY: "1" });
    const app = createApp(deps);
    const transaction = "11111111-1111-4111-8111-111111111111";
    const post = (id: string, client: string) =>
      app.request(`/openid4vp/response/${id}`, { method: "POST", headers: { "X-Forwarded-For": client, "Content-Type": "application/x-www-form-urlencoded" }, body: "response=x" });

    expect((await post(transaction, "203.0.113.1")).status).toBe(404);
    expect((await post(transaction, "203.0.113.2")).status).toBe(404);
    const limited = await post(transaction, "203.0.113.3");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("600");
    expect((await post("22222222-2222-4222-8222-222222222222", "203.0.113.3")).status).toBe(404);
  });
});

describe("rate limit windows", () => {
  it("admit a client again once its window ends", async () => {
    const deps = await depsWith({ RATE_LIMIT_CODE: "1/60" });
    const app = createApp(deps);
    const route = { method: "GET", path: "/einladung" };
    await sendRepeatedly(app, route, "198.51.100.1", 1);
    expect((await sendRepeatedly(app, route, "198.51.100.1", 1))[0]!.status).toBe(429);
    (deps.clock as unknown as { advance(ms: number): void }).advance(60_000);
    expect((await sendRepeatedly(app, route, "198.51.100.1", 1))[0]!.status).toBe(404);
  });
});

describe("rate limits of the withdrawal by passkey", () => {
  it("match those of signing by passkey", () => {
    const table = new RouteTable(RATE_LIMIT_RULES);
    const kindOf = (path: string) => table.match("POST", path)?.rule.value;
    const petitionPath = "/petitionen/11111111-1111-4111-8111-111111111111";

    expect(kindOf(`${petitionPath}/ruecknahme/passkey/optionen`)).toBe(kindOf(`${petitionPath}/passkey/optionen`));
    expect(kindOf(`${petitionPath}/ruecknahme/passkey`)).toBe(kindOf(`${petitionPath}/passkey`));
  });
});

describe("rate limits of the public tally page", () => {
  let app: App;
  let paths: ReturnType<typeof publicTallyPaths>;
  const unknownPaths = publicTallyPaths("A".repeat(43));
  const get = (path: string, client: string) => app.request(path, { headers: { "X-Forwarded-For": client } });

  beforeAll(async () => {
    const deps = await depsWith({ RATE_LIMIT_CODE: "2/60", RATE_LIMIT_TALLY: "10/60", TRUST_PROXY: "1" });
    app = createApp(deps);
    const petition = await createTestPetition(deps.database, { now: deps.clock.now() });
    const office = await createTestStaffMember(deps.database, { role: "election_office" });
    const created = await createTally(deps, { petition, staff: office });
    if (!created.ok) throw new Error(`generating the tally failed with ${created.error}`);
    paths = publicTallyPaths(created.value.publicToken);
  });

  it("admit more views than code guesses", async () => {
    const statuses: number[] = [];
    for (let view = 0; view < 4; view++) {
      statuses.push((await get(paths.page, "198.51.100.50")).status);
      statuses.push((await get(paths.entries, "198.51.100.50")).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);
  });

  it("limit unknown tokens like code guesses", async () => {
    expect((await get(unknownPaths.page, "198.51.100.51")).status).toBe(404);
    expect((await get(unknownPaths.entries, "198.51.100.51")).status).toBe(404);

    const limited = await get(unknownPaths.page, "198.51.100.51");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
  });

  it("turn away a client out of guesses", async () => {
    await get(unknownPaths.page, "198.51.100.52");
    await get(unknownPaths.page, "198.51.100.52");

    expect((await get(paths.page, "198.51.100.52")).status).toBe(429);
    expect((await get(paths.page, "198.51.100.53")).status).toBe(200);
  });

  it("limit views beyond the tally limit", async () => {
    const statuses: number[] = [];
    for (let request = 0; request < 11; request++) statuses.push((await get(paths.page, "198.51.100.54")).status);
    expect(statuses.slice(0, 10)).not.toContain(429);
    expect(statuses[10]).toBe(429);
  });
});
