import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { officePaths } from "../../src/office/office-paths";
import { registerStaffInBrowser } from "../helpers/browser-staff";
import { useBrowserSuite } from "../helpers/browser-suite";
import { addVirtualAuthenticator, chromiumInstalled } from "../helpers/chromium";
import { checkPage } from "../helpers/page-checks";
import { createTestPetition } from "../helpers/petitions";

/** Type the values into the fields in order, moving on with Tab, and save with Enter in the last one. */
async function typeLine(page: Page, values: string[]): Promise<void> {
  for (const [index, value] of values.entries()) {
    if (value !== "") await page.keyboard.type(value);
    await page.keyboard.press(index === values.length - 1 ? "Enter" : "Tab");
  }
  await page.waitForLoadState("load");
}

/** Read the id of the focused element; the test files compile without the DOM typings, hence the cast. */
function focusedId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id);
}

describe.skipIf(!chromiumInstalled)("paper entry in Chromium", () => {
  const suite = useBrowserSuite();

  it("enters lines with the keyboard only", async () => {
    const { server } = suite;
    const petition = await createTestPetition(server.deps.database, { now: server.clock.now(), serverSecret: server.deps.serverSecret, title: "Mehr Bänke am Elbufer" });
    const paths = officePaths(petition.id);
    const context = await suite.newContext();
    const page = await context.newPage();
    await addVirtualAuthenticator(page);
    await registerStaffInBrowser(page, server, { role: "election_office", name: "Erik Wahlamt" });

    await page.goto(`${paths.paper}?bogen=1&zeile=1`);
    await expect.poll(() => focusedId(page)).toBe("paper-familyName");
    await checkPage(page, "office-paper-entry");

    await typeLine(page, ["Weiß", "Anna Lena", "17.05.1980", "Dresden", "Markt 1, 01067 Dresden"]);
    await expect.poll(() => page.locator("#paper-last-entry").textContent()).toContain("Blatt 1, Zeile 1: gespeichert, gültig.");
    await expect.poll(() => focusedId(page)).toBe("paper-familyName");
    expect(await page.locator("#paper-sheet").inputValue()).toBe("1");
    expect(await page.locator("#paper-line").inputValue()).toBe("2");

    await typeLine(page, ["WEISS", "ANNA  LENA", "1980-05-17", "Dresden", "Markt 1"]);
    await expect.poll(() => page.locator("#paper-last-entry").textContent()).toContain("Diese Person hat schon unterschrieben (Papier, Blatt 1, Zeile 1).");
    expect(await page.locator("#paper-line").inputValue()).toBe("3");
    await checkPage(page, "office-paper-duplicate");

    await typeLine(page, ["Klein", "Tom", "2012-01-01", "", "Markt 2"]);
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Geburtsort laut Melderegister: Das Feld ist leer.");
    expect(await page.title()).toMatch(/^Fehler: /);
    await expect.poll(() => focusedId(page)).toBe("paper-placeOfBirth");
    expect(await page.locator("#paper-placeOfBirth").getAttribute("aria-describedby")).toContain("paper-placeOfBirth-error");
    await checkPage(page, "office-paper-error");

    await page.goto(paths.petition);
    const valid = page.locator('tr[data-tally="valid"] td');
    expect(await valid.allTextContents()).toEqual(["0", "0", "1", "1"]);
    const duplicates = page.locator('tr[data-tally="duplicates"] td');
    expect(await duplicates.allTextContents()).toEqual(["0", "0", "1", "1"]);
    await checkPage(page, "office-petition-tally");

    await context.close();
  });
});
