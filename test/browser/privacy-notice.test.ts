import { describe, expect, it } from "vitest";
import { useBrowserSuite } from "../helpers/browser-suite";
import { chromiumInstalled } from "../helpers/chromium";
import { checkPage } from "../helpers/page-checks";

describe.skipIf(!chromiumInstalled)("privacy notice in Chromium", () => {
  const suite = useBrowserSuite();

  it("opens from the footer in both languages", async () => {
    const context = await suite.newContext();
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
