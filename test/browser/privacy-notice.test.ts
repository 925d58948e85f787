import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserTestServer, startBrowserTestServer } from "../helpers/browser-server";
import { chromiumInstalled, launchChromium, newGermanContext } from "../helpers/chromium";
import { checkPage } from "../helpers/page-checks";

describe.skipIf(!chromiumInstalled)("privacy notice in Chromium", () => {
  let server: BrowserTestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startBrowserTestServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens from the footer in both languages", async () => {
    const context = await newGermanContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto("/");

    await page.locator("footer").getByRole("link", { name: "Datenschutz" }).click();
    await page.waitForURL("**/datenschutz");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Datenschutzhinweise");
    await checkPage(page, "privacy-notice");

    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL("**/datenschutz?lang=en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Privacy notice");
    await checkPage(page, "privacy-notice-en");

    await context.close();
  });
});
