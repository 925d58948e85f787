import fs from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { fixedClock } from "../../src/clock";
import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db/client";
import { loadDemoIssuer } from "../../src/demo/demo-issuer";
import { staffSessionCookieName } from "../../src/http/staff-session";
import { loadVerifierIdentity } from "../../src/openid4vp/load-verifier-identity";
import { addDays, berlinDate } from "../../src/petitions/collection-period";
import { createTestDeps } from "../helpers/app";
import { chromiumInstalled } from "../helpers/chromium";
import { noStatusLists } from "../helpers/credentials";
import { createTestStaffMember, signInTestStaff } from "../helpers/staff";

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const CHROMIUM = "/usr/bin/chromium";
/** Screenshots of the main pages; the README shows copies from docs/screenshots/. */
const SCREENSHOT_DIR = path.resolve("test-results/screenshots");

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Run axe-core with the WCAG 2.1 A and AA rules on the page and return the serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  // A string, because the test files are compiled without the DOM library.
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }).then((result) => result.violations)`,
  )) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}

async function checkPage(page: Page, screenshot?: string): Promise<void> {
  expect(await seriousViolations(page), `axe on ${page.url()}`).toEqual([]);
  if (screenshot !== undefined) await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${screenshot}.png`), fullPage: true });
}

describe.skipIf(!chromiumInstalled)("organiser workspace in Chromium", () => {
  let server: ServerType;
  let database: Database;
  let browser: Browser;
  let organiserContext: BrowserContext;
  let residentContext: BrowserContext;
  let publicUrl: string;
  const today = berlinDate(new Date());

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    let handler: (request: Request) => Response | Promise<Response> = () => new Response("starting", { status: 503 });
    server = serve({ fetch: (request) => handler(request), port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    publicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mz-browser-test-"));
    const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, DEMO: "1", PUBLIC_URL: publicUrl });
    const clock = fixedClock(new Date());
    const demoIssuer = await loadDemoIssuer(config);
    const deps = await createTestDeps({
      config,
      clock,
      trustList: { issuers: [demoIssuer.trustedIssuer] },
      fetchStatusList: noStatusLists,
      verifierIdentity: await loadVerifierIdentity(config, clock.now()),
    });
    database = deps.database;
    const app = createApp(deps);
    handler = (request) => app.fetch(request);

    // NOTE: the organiser is signed in through a session row, not a passkey:
    // invitation, registration and sign-in are tested where staff accounts are.
    const organiser = await createTestStaffMember(database, { role: "organiser", name: "Olga Organisatorin" });
    const session = await signInTestStaff(deps, organiser.id);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--no-sandbox"],
    });
    organiserContext = await browser.newContext({ locale: "de-DE", viewport: { width: 1100, height: 900 } });
    await organiserContext.addCookies([{ name: staffSessionCookieName(publicUrl), value: session.token, url: publicUrl, httpOnly: true, sameSite: "Lax" }]);
    residentContext = await browser.newContext({ locale: "de-DE", viewport: { width: 420, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await database?.close();
  });

  it("creates, fixes, publishes and follows a petition while a resident signs", async () => {
    const page = await organiserContext.newPage();

    await page.goto(`${publicUrl}/verwaltung/buergerbegehren`);
    await checkPage(page, "workspace-list");
    await page.getByRole("link", { name: "Neues Bürgerbegehren anlegen" }).click();
    await expect.poll(() => page.title()).toBe("Neues Bürgerbegehren – mitzeichnen");
    await checkPage(page);

    await page.getByLabel("Titel", { exact: true }).fill("Spielplatz am Alaunpark erneuern");
    await page.getByLabel("Entscheidungsvorschlag (Fragestellung)").fill("Der Spielplatz wird erneuert.");
    await page.getByLabel("Begründung").fill("Der Spielplatz ist seit Jahren gesperrt.\n\nKinder im Viertel brauchen ihn.");
    await page.getByLabel("Kostendeckungsvorschlag").fill("Die 180.000 € kommen aus dem Budget für Grünanlagen 2027.");
    await page.locator("#representativeName").fill("Jürgen Weiß");
    await page.locator("#representativeContact").fill("juergen@example.org");
    await page.getByLabel("Nötige Unterschriften").fill("2");
    await page.getByLabel("Datum der Anzeige bei der Gemeinde").fill(today);
    await page.getByLabel("Erster Sammeltag").fill(today);
    await page.getByLabel("Letzter Sammeltag").fill(addDays(today, 60));
    await page.getByLabel("Online-Unterschriften").check();
    await page.getByRole("button", { name: "Entwurf speichern" }).click();

    await expect.poll(() => page.title()).toBe("Fehler: Neues Bürgerbegehren – mitzeichnen");
    // autofocus takes effect at the next rendering update, after the load event.
    await expect.poll(() => page.evaluate("document.activeElement?.className")).toBe("error-summary");
    const summary = page.locator(".error-summary");
    expect(await summary.getByRole("link").allTextContents()).toEqual([
      expect.stringContaining("Formulieren Sie den Entscheidungsvorschlag als Ja-Nein-Frage"),
      expect.stringContaining("Geben Sie den Namen der stellvertretenden Vertrauensperson ein."),
      expect.stringContaining("Geben Sie an, wie die stellvertretende Vertrauensperson zu erreichen ist."),
    ]);
    expect(await page.getByLabel("Titel", { exact: true }).inputValue()).toBe("Spielplatz am Alaunpark erneuern");
    await checkPage(page, "draft-form-errors");
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "draft-form-errors-top.png") });

    await summary.getByRole("link").first().click();
    await expect.poll(() => page.evaluate("document.activeElement?.id")).toBe("decisionProposal");
    await page.getByLabel("Entscheidungsvorschlag (Fragestellung)").fill("Soll die Stadt den Spielplatz am Alaunpark bis 2027 erneuern?");
    await page.locator("#deputyName").fill("Zoë Öztürk");
    await page.locator("#deputyContact").fill("zoe@example.org");
    await page.getByRole("button", { name: "Entwurf speichern" }).click();

    await expect.poll(() => page.title()).toBe("Entwurf: Spielplatz am Alaunpark erneuern – mitzeichnen");
    expect(await page.getByRole("status").textContent()).toBe("Der Entwurf ist gespeichert.");
    await checkPage(page, "draft-overview");
    const overviewUrl = `${publicUrl}${new URL(page.url()).pathname}`;

    await page.getByRole("link", { name: "Vorschau ansehen" }).click();
    await expect.poll(() => page.title()).toBe("Vorschau: Spielplatz am Alaunpark erneuern – mitzeichnen");
    await checkPage(page, "draft-preview");
    await page.goto(overviewUrl);

    const pdf = await page.request.get(`${overviewUrl}/anzeige.pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");

    await page.getByRole("link", { name: "Veröffentlichen …" }).click();
    await expect.poll(() => page.title()).toBe("Veröffentlichen: Spielplatz am Alaunpark erneuern – mitzeichnen");
    await page.getByRole("button", { name: "Verbindlich veröffentlichen" }).click();
    await expect.poll(() => page.title()).toBe("Sammlung: Spielplatz am Alaunpark erneuern – mitzeichnen");
    expect(await page.locator(".dashboard-count .signature-count-total").textContent()).toBe("0 von 2 nötigen Unterschriften");
    await checkPage(page);
    const petitionId = new URL(page.url()).pathname.split("/").at(-1) ?? "";

    const resident = await residentContext.newPage();
    await resident.goto(`${publicUrl}/petitionen/${petitionId}`);
    await checkPage(resident, "public-petition");
    await resident.getByRole("button", { name: "Mit Wallet unterschreiben" }).click();
    await resident.getByRole("link", { name: "Im Demo-Wallet öffnen" }).click();
    await resident.getByRole("button", { name: /^Nachweis von Käthe Luise .* freigeben$/ }).click();
    await resident.getByText("Ihre Unterschrift ist gezählt").waitFor();
    await checkPage(resident, "signed");

    // The dashboard polls its figures every 10 seconds through htmx, without a reload.
    await page.locator(".dashboard-count .signature-count-total", { hasText: "1 von 2 nötigen Unterschriften" }).waitFor({ timeout: 25_000 });
    expect(await page.locator('[data-figure="wallet"]').textContent()).toBe("1");
    await checkPage(page, "dashboard");
  });
});
