import { describe, expect, it } from "vitest";
import { useBrowserSuite } from "../helpers/browser-suite";
import { registerStaffInBrowser } from "../helpers/browser-staff";
import { addVirtualAuthenticator, chromiumInstalled } from "../helpers/chromium";
import { checkPage } from "../helpers/page-checks";

describe.skipIf(!chromiumInstalled)("administration in Chromium", () => {
  const suite = useBrowserSuite();

  it("invites, withdraws the invitation and reads the audit log", async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    await addVirtualAuthenticator(page);
    await registerStaffInBrowser(page, suite.server, { role: "admin", name: "Ada Admin" });

    await page.getByRole("link", { name: "Mitarbeitende einladen" }).click();
    await page.waitForURL("**/verwaltung/mitarbeitende");
    await page.getByLabel("Name", { exact: true }).fill("Ines Irrtum");
    await page.getByLabel("Rolle").selectOption("election_office");
    await page.getByRole("button", { name: "Einladungslink erzeugen" }).click();
    const link = (await page.locator(".invitation-link code").textContent()) ?? "";
    expect(link).toMatch(/\/einladung\?code=/);

    await page.getByRole("link", { name: "Zurück zu den Mitarbeitenden" }).click();
    await page.waitForURL("**/verwaltung/mitarbeitende");
    expect(await page.getByRole("heading", { level: 2, name: "Offene Einladungen" }).count()).toBe(1);
    await checkPage(page, "staff-admin-open-invitations");
    await page.getByRole("button", { name: "Einladung für Ines Irrtum zurückziehen" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toBe("Die Einladung für Ines Irrtum ist zurückgezogen. Ihr Link funktioniert nicht mehr.");
    expect(await page.getByRole("button", { name: "Einladung für Ines Irrtum zurückziehen" }).count()).toBe(0);

    const invitee = await (await suite.newContext()).newPage();
    const response = await invitee.goto(link);
    expect(response?.status()).toBe(410);
    expect(await invitee.getByRole("heading", { level: 1 }).textContent()).toBe("Einladung nicht mehr gültig");
    expect(await invitee.getByRole("button", { name: "Passkey einrichten" }).count()).toBe(0);
    await checkPage(invitee, "staff-invitation-withdrawn");
    await invitee.context().close();

    await page.goto("/verwaltung");
    await page.getByRole("link", { name: "Protokoll der Änderungen" }).click();
    await page.waitForURL("**/verwaltung/protokoll");
    const firstRow = page.locator(".data-table tbody tr").first();
    expect(await firstRow.locator("td").allTextContents()).toEqual([
      expect.any(String),
      "Ada Admin",
      "Einladung zurückgezogen",
      "",
      "Einladung für Ines Irrtum als Wahlamt",
    ]);
    await checkPage(page, "staff-audit-log");

    await context.close();
  });
});
