import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { fixedClock } from "../../../src/clock";
import type { AppDeps } from "../../../src/deps";
import { hashToken, newSecretToken } from "../../../src/openid4vp/secret-token";
import { CHALLENGE_TTL_MS, MAX_OPEN_CHALLENGES_PER_BROWSER, storeChallenge } from "../../../src/passkeys/webauthn-challenges";
import { createTestDeps } from "../../helpers/app";
import type { SoftwareAuthenticator } from "../../helpers/software-authenticator";
import { createTestInvitation, registerFromInvitation, TestBrowser } from "../../helpers/staff-ceremonies";

let deps: AppDeps;
let app: ReturnType<typeof createApp>;
let origin: string;
let authenticator: SoftwareAuthenticator;

type RequestOptions = { challenge: string };

async function startSignIn(browser: TestBrowser): Promise<RequestOptions> {
  return (await (await browser.postJson("/anmelden/optionen", {})).json()) as RequestOptions;
}

function completeSignIn(browser: TestBrowser, options: RequestOptions) {
  return browser.postJson("/anmelden/pruefen", { response: authenticator.createAssertionResponse(options) });
}

async function openChallengesOf(browserToken: string): Promise<number> {
  const [row] = await deps.database.rows<{ open: number }>("select count(*)::int as open from webauthn_challenges where browser_token_hash = $1", [
    hashToken(browserToken),
  ]);
  return row?.open ?? 0;
}

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  origin = new URL(deps.config.publicUrl).origin;
  const token = await createTestInvitation(deps, { role: "organiser" });
  ({ authenticator } = await registerFromInvitation(deps, app, token));
});

afterAll(async () => {
  await deps.database.close();
});

describe("open WebAuthn ceremonies of one browser", () => {
  it("complete two sign-ins started in two tabs", async () => {
    const browser = new TestBrowser(app, origin);
    const firstTab = await startSignIn(browser);
    const secondTab = await startSignIn(browser);

    const first = await completeSignIn(browser, firstTab);
    const second = await completeSignIn(browser, secondTab);

    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(browser.jar.get("mz_staff")).toBeDefined();
  });

  it("share one browser token across ceremonies", async () => {
    const browser = new TestBrowser(app, origin);
    await startSignIn(browser);
    const token = browser.jar.get("mz_webauthn");
    await startSignIn(browser);

    expect(browser.jar.get("mz_webauthn")).toBe(token);
    expect(await openChallengesOf(token ?? "")).toBe(2);
  });

  it("replace a malformed browser token", async () => {
    const browser = new TestBrowser(app, origin);
    browser.jar.store(new Response(null, { headers: { "Set-Cookie": "mz_webauthn=kurz" } }));
    const options = await startSignIn(browser);

    expect(browser.jar.get("mz_webauthn")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await completeSignIn(browser, options)).status).toBe(200);
  });

  it("end the oldest beyond the limit", async () => {
    const browser = new TestBrowser(app, origin);
    const started: RequestOptions[] = [];
    for (let index = 0; index <= MAX_OPEN_CHALLENGES_PER_BROWSER; index++) started.push(await startSignIn(browser));

    expect(await openChallengesOf(browser.jar.get("mz_webauthn") ?? "")).toBe(MAX_OPEN_CHALLENGES_PER_BROWSER);
    const oldest = await completeSignIn(browser, started[0] as RequestOptions);
    expect(oldest.status).toBe(400);
    expect(await oldest.json()).toMatchObject({ code: "CHALLENGE_MISSING" });
    expect((await completeSignIn(browser, started[1] as RequestOptions)).status).toBe(200);
  });

  it("leave other browsers' ceremonies alone", async () => {
    const patient = new TestBrowser(app, origin);
    const waiting = await startSignIn(patient);
    const busy = new TestBrowser(app, origin);
    for (let index = 0; index <= MAX_OPEN_CHALLENGES_PER_BROWSER; index++) await startSignIn(busy);

    expect((await completeSignIn(patient, waiting)).status).toBe(200);
  });

  it("stay within the limit when started at once", async () => {
    const browser = new TestBrowser(app, origin);
    await startSignIn(browser);
    const cookie = browser.jar.header();
    const starts = Array.from({ length: 3 * MAX_OPEN_CHALLENGES_PER_BROWSER }, () =>
      app.request("/anmelden/optionen", { method: "POST", headers: { Cookie: cookie, Origin: origin, "Content-Type": "application/json" }, body: "{}" }),
    );
    const responses = await Promise.all(starts);

    expect(responses.map((response) => response.status)).toEqual(starts.map(() => 200));
    const open = await openChallengesOf(browser.jar.get("mz_webauthn") ?? "");
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThanOrEqual(MAX_OPEN_CHALLENGES_PER_BROWSER);
  });
});

describe("expired WebAuthn challenges", () => {
  it("are deleted when a new challenge is stored", async () => {
    const local = await createTestDeps({ database: deps.database });
    const clock = local.clock as ReturnType<typeof fixedClock>;
    const context = { purpose: "staff_authentication" as const, context: {} };
    clock.advance(24 * 3_600_000);
    const abandoned = [newSecretToken(), newSecretToken(), newSecretToken()];
    for (const browserToken of abandoned) await storeChallenge(local.database.db, { ...context, challenge: newSecretToken(), browserToken }, clock.now());

    clock.advance(CHALLENGE_TTL_MS);
    await storeChallenge(local.database.db, { ...context, challenge: newSecretToken(), browserToken: newSecretToken() }, clock.now());

    for (const browserToken of abandoned) expect(await openChallengesOf(browserToken)).toBe(0);
    const [expired] = await deps.database.rows<{ count: number }>("select count(*)::int as count from webauthn_challenges where expires_at <= $1", [clock.now().toISOString()]);
    expect(expired?.count).toBe(0);
  });

  it("are deleted at most a hundred per new challenge", async () => {
    const local = await createTestDeps({ database: deps.database });
    const clock = local.clock as ReturnType<typeof fixedClock>;
    const context = { purpose: "staff_authentication" as const, context: {} };
    clock.advance(48 * 3_600_000);
    const abandoned = newSecretToken();
    await deps.database.rows(
      `insert into webauthn_challenges (challenge, browser_token_hash, purpose, created_at, expires_at)
       select 'expired-' || n, $1, 'staff_authentication', $2, $2 from generate_series(1, 150) as n`,
      [hashToken(abandoned), new Date(clock.now().getTime() - 1).toISOString()],
    );

    const expiredCount = async () =>
      (await deps.database.rows<{ count: number }>("select count(*)::int as count from webauthn_challenges where expires_at <= $1", [clock.now().toISOString()]))[0]?.count ?? 0;
    const before = await expiredCount();

    await storeChallenge(local.database.db, { ...context, challenge: newSecretToken(), browserToken: newSecretToken() }, clock.now());
    expect(await expiredCount()).toBe(before - 100);
    await storeChallenge(local.database.db, { ...context, challenge: newSecretToken(), browserToken: newSecretToken() }, clock.now());
    expect(await expiredCount()).toBe(Math.max(0, before - 200));
    expect(await openChallengesOf(abandoned)).toBe(0);
  });
});
