import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import { activationCodes, residentAccounts, residentPasskeys } from "../../../src/db/schema";
import type { AppDeps } from "../../../src/deps";
import { createTestDeps } from "../../helpers/app";
import { activateWithCode, createLetterCode, KAETHE_REGISTER_ROW, newResidentAuthenticator } from "../../helpers/residents";
import { TestBrowser } from "../../helpers/staff-ceremonies";

let deps: AppDeps;
let origin: string;

beforeAll(async () => {
  deps = await createTestDeps();
  origin = new URL(deps.config.publicUrl).origin;
});
afterAll(async () => {
  await deps.database.close();
});

/** Build a fresh app for each test, so the per-client guess limit starts empty. */
function freshBrowser() {
  const app = createApp(deps);
  return { app, browser: new TestBrowser(app, origin) };
}

/** Build a register row of a person of their own, so tests do not share accounts. */
function personRow(familyName: string): Record<string, string> {
  return { ...KAETHE_REGISTER_ROW, familienname: familyName };
}

async function codeRow(selector: string) {
  const [row] = await deps.database.db.select().from(activationCodes).where(eq(activationCodes.selector, selector));
  return row!;
}

describe("GET /aktivieren", () => {
  it("shows the code form in German", async () => {
    const { browser } = freshBrowser();
    const response = await browser.get("/aktivieren");
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("Aktivierungscode");
    expect(html).toContain('name="code"');
    expect(html).toContain("/static/activation-code.js");
  });

  it("shows the form in English with ?lang=en", async () => {
    const { browser } = freshBrowser();
    const html = await (await browser.get("/aktivieren?lang=en")).text();
    expect(html).toContain("Activation code");
  });
});

describe("activation with a letter code", () => {
  it("registers a passkey, creates the account and uses the code", async () => {
    const { app } = freshBrowser();
    const { code, selector, residentKey, weakResidentKey } = await createLetterCode(deps, { row: personRow("Aktivweg") });
    const { browser, form, response } = await activateWithCode(deps, app, code);

    expect(await form.text()).toContain("Passkey einrichten");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ redirect: "/mein-konto" });

    const [account] = await deps.database.db.select().from(residentAccounts).where(eq(residentAccounts.residentKey, residentKey));
    expect(account?.provenBy).toBe("letter");
    expect(account?.weakResidentKey?.equals(weakResidentKey)).toBe(true);
    expect(account?.facts.municipalityKey).toBe("14612000");
    expect(account?.factsProvenAt.toISOString()).toBe(deps.clock.now().toISOString());
    expect((await codeRow(selector)).usedAt).not.toBeNull();

    const area = await browser.get("/mein-konto");
    expect(area.status).toBe(200);
    expect(await area.text()).toContain("Mein Konto");
  });

  it("accepts the code in lower case without hyphens", async () => {
    const { app } = freshBrowser();
    const { code } = await createLetterCode(deps, { row: personRow("Kleinschrift") });
    const { response } = await activateWithCode(deps, app, code.replace(/-/g, "").toLowerCase());
    expect(response.status).toBe(200);
  });

  it("adds the passkey to an existing account and refreshes its facts", async () => {
    const { app } = freshBrowser();
    const row = personRow("Zweitbrief");
    const first = await createLetterCode(deps, { row });
    expect((await activateWithCode(deps, app, first.code)).response.status).toBe(200);

    const moved = { ...row, hauptwohnsitz_seit: "01.01.2020" };
    const second = await createLetterCode(deps, { row: moved });
    expect(second.residentKey.equals(first.residentKey)).toBe(true);
    expect((await activateWithCode(deps, app, second.code)).response.status).toBe(200);

    const accounts = await deps.database.db.select().from(residentAccounts).where(eq(residentAccounts.residentKey, first.residentKey));
    expect(accounts).toHaveLength(1);
    expect(accounts[0]!.facts.mainResidenceSince).toBe("2020-01-01");
    const passkeys = await deps.database.db.select().from(residentPasskeys).where(eq(residentPasskeys.residentAccountId, accounts[0]!.id));
    expect(passkeys).toHaveLength(2);
  });

  it("fills a missing weak resident key and never clears it", async () => {
    const { app } = freshBrowser();
    const row = personRow("Altbrief");
    const withoutWeakKey = async () => {
      const letter = await createLetterCode(deps, { row });
      // As a code from an upload file written before the weak_resident_key column.
      await deps.database.db.update(activationCodes).set({ weakResidentKey: null }).where(eq(activationCodes.selector, letter.selector));
      return letter;
    };
    const accountOf = async (residentKey: Buffer) => (await deps.database.db.select().from(residentAccounts).where(eq(residentAccounts.residentKey, residentKey)))[0];

    const old = await withoutWeakKey();
    expect((await activateWithCode(deps, app, old.code)).response.status).toBe(200);
    expect((await accountOf(old.residentKey))?.weakResidentKey).toBeNull();

    const current = await createLetterCode(deps, { row });
    expect((await activateWithCode(deps, app, current.code)).response.status).toBe(200);
    expect((await accountOf(old.residentKey))?.weakResidentKey?.equals(current.weakResidentKey)).toBe(true);

    expect((await activateWithCode(deps, app, (await withoutWeakKey()).code)).response.status).toBe(200);
    expect((await accountOf(old.residentKey))?.weakResidentKey?.equals(current.weakResidentKey)).toBe(true);
  });

  it("leaves the code unused when the passkey lacks user verification", async () => {
    const { app } = freshBrowser();
    const { code, selector } = await createLetterCode(deps, { row: personRow("Ohneuv") });
    const browser = new TestBrowser(app, origin);
    expect((await browser.postForm("/aktivieren", { code })).status).toBe(200);
    const options = (await (await browser.postJson("/aktivieren/optionen", {})).json()) as { challenge: string; authenticatorSelection: { userVerification: string } };
    expect(options.authenticatorSelection.userVerification).toBe("required");
    const authenticator = newResidentAuthenticator(deps);
    const response = await browser.postJson("/aktivieren/passkey", {
      response: authenticator.createRegistrationResponse(options, { userVerified: false }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe("USER_NOT_VERIFIED");
    expect((await codeRow(selector)).usedAt).toBeNull();
  });

  it("refuses the passkey step without a checked code", async () => {
    const { browser } = freshBrowser();
    const response = await browser.postJson("/aktivieren/optionen", {});
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain("Geben Sie den Code erneut ein");
  });
});

describe("rejected codes", () => {
  it("says a used code was used", async () => {
    const { app } = freshBrowser();
    const { code } = await createLetterCode(deps, { row: personRow("Verbraucht") });
    expect((await activateWithCode(deps, app, code)).response.status).toBe(200);
    const again = await new TestBrowser(app, origin).postForm("/aktivieren", { code });
    expect(again.status).toBe(410);
    expect(await again.text()).toContain("Dieser Code wurde schon verwendet");
  });

  it("says an expired code expired and names the citizens' office", async () => {
    const { browser } = freshBrowser();
    const { code } = await createLetterCode(deps, { row: personRow("Abgelaufen"), expiresOn: "2026-03-14" });
    const response = await browser.postForm("/aktivieren", { code });
    const html = await response.text();
    expect(response.status).toBe(410);
    expect(html).toContain("Dieser Code ist abgelaufen");
    expect(html).toContain("Bürgeramt");
  });

  it("rejects an unknown selector with an error summary", async () => {
    const { browser } = freshBrowser();
    const response = await browser.postForm("/aktivieren", { code: "0000-0000-0000-0000-0000-0000" });
    const html = await response.text();
    expect(response.status).toBe(422);
    expect(html).toContain("Fehler: ");
    expect(html).toContain('class="error-summary"');
    expect(html).toContain("Diesen Code gibt es nicht");
  });

  it.each([
    ["", 400, "Geben Sie den Aktivierungscode"],
    ["ABC", 422, "24 Zeichen"],
  ])("rejects the input %j", async (code, status, message) => {
    const { browser } = freshBrowser();
    const response = await browser.postForm("/aktivieren", { code });
    expect(response.status).toBe(status);
    expect(await response.text()).toContain(message);
  });

  it("counts wrong verifiers and locks the code at five", async () => {
    const { browser } = freshBrowser();
    const { code, selector } = await createLetterCode(deps, { row: personRow("Rater") });
    const wrong = `${code.slice(0, 10)}${code.slice(10, 11) === "0" ? "1" : "0"}${code.slice(11)}`;

    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const response = await browser.postForm("/aktivieren", { code: wrong });
      expect(response.status).toBe(422);
      expect(await response.text()).toContain("Der Code ist falsch");
      expect((await codeRow(selector)).failedAttempts).toBe(attempt);
    }
    const fifth = await browser.postForm("/aktivieren", { code: wrong });
    expect(fifth.status).toBe(410);
    expect(await fifth.text()).toContain("gesperrt");

    const right = await browser.postForm("/aktivieren", { code });
    expect(right.status).toBe(410);
    expect(await right.text()).toContain("gesperrt");
  });

  it("limits wrong guesses per client with 429 and Retry-After", async () => {
    const { browser } = freshBrowser();
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const response = await browser.postForm("/aktivieren", { code: `${String(attempt).padStart(4, "0")}-0000-0000-0000-0000-0000` });
      expect(response.status).toBe(422);
    }
    const { code } = await createLetterCode(deps, { row: personRow("Gesperrt") });
    const limited = await browser.postForm("/aktivieren", { code });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.text()).toContain("Zu viele falsche Versuche");
  });
});
