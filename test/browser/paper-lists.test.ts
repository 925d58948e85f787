import type { BrowserContext } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffRole } from "../../src/staff/signed-in-staff";
import { signedInStaffContext } from "../helpers/browser-staff";
import { useBrowserSuite } from "../helpers/browser-suite";
import { chromiumInstalled } from "../helpers/chromium";
import { extractPdfText } from "../helpers/pdf-text";
import { checkPage } from "../helpers/page-checks";

describe.skipIf(!chromiumInstalled)("paper signature lists in Chromium", () => {
  const suite = useBrowserSuite();
  let petitionId: string;

  beforeAll(async () => {
    const [petition] = await suite.server.deps.database.rows<{ id: string }>("select id from petitions where status = 'collecting' limit 1");
    if (petition === undefined) throw new Error("the demo petition was not seeded");
    petitionId = petition.id;
  });

  const staffContext = (role: StaffRole, name: string, teamPetitionIds: string[] = []): Promise<BrowserContext> =>
    signedInStaffContext(suite.browser, suite.server, { role, name, teamPetitionIds });

  it("downloads sheets, records those handed in and shows totals", async () => {
    const page = await (await staffContext("organiser", "Olga Organisatorin", [petitionId])).newPage();

    await page.goto(`/verwaltung/buergerbegehren/${petitionId}`);
    await page.getByRole("link", { name: "Unterschriftenlisten auf Papier" }).click();
    await page.waitForURL("**/unterschriftenlisten");
    await checkPage(page, "paper-lists");

    await page.getByLabel("Anzahl der Blätter").fill("3");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "PDF herunterladen" }).click()]);
    expect(download.suggestedFilename()).toBe("unterschriftenlisten-1-3.pdf");
    const path = await download.path();
    const { readFile } = await import("node:fs/promises");
    const pdf = await extractPdfText(await readFile(path));
    expect(pdf.text).toContain("Blatt-Nr. 3");
    expect(pdf.text).toContain("Freibad Elbwiesen");

    await page.reload();
    expect(await page.getByText("Bisher ausgegebene Blatt-Nummern: 1–3.").count()).toBe(1);
    await page.getByLabel("Blatt-Nummern").fill("1-4");
    await page.getByLabel("Unterschriften auf jedem dieser Blätter").fill("9");
    await page.getByRole("button", { name: "Blätter erfassen" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fehler: /);
    expect(await page.locator(".error-summary a").first().textContent()).toBe("Diese Blatt-Nummern wurden nie ausgegeben: 4. Prüfen Sie die Nummern auf den Blättern.");
    await checkPage(page, "paper-lists-error");

    await page.getByLabel("Blatt-Nummern").fill("1-3");
    await page.getByRole("button", { name: "Blätter erfassen" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toBe("3 Blätter erfasst.");
    expect(await page.locator("p[data-paper-totals]").textContent()).toBe("3 Blätter mit zusammen 27 Unterschriften erfasst.");
    await page.getByLabel("Unterschriften auf Blatt 2").fill("4");
    await page.locator("tr", { hasText: "Blatt 2 entfernen" }).getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toBe("Blatt 2 geändert.");
    expect(await page.locator("p[data-paper-totals]").textContent()).toBe("3 Blätter mit zusammen 22 Unterschriften erfasst.");
    await checkPage(page, "paper-lists-recorded");

    const office = await (await staffContext("election_office", "Erik Wahlamt")).newPage();
    await office.goto(`/verwaltung/wahlamt/buergerbegehren/${petitionId}`);
    expect(await office.locator("dd[data-paper-totals]").textContent()).toBe("3 Blätter, 22 Unterschriften");
  });
});
