import type { BrowserContext } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffRole } from "../../src/staff/signed-in-staff";
import { berlinToday, signedInStaffContext } from "../helpers/browser-staff";
import { useBrowserSuite } from "../helpers/browser-suite";
import { chromiumInstalled } from "../helpers/chromium";
import { checkPage } from "../helpers/page-checks";

describe.skipIf(!chromiumInstalled)("submission and admissibility in Chromium", () => {
  const suite = useBrowserSuite();
  let petitionId: string;

  beforeAll(async () => {
    const [petition] = await suite.server.deps.database.rows<{ id: string }>("select id from petitions where status = 'collecting' limit 1");
    if (petition === undefined) throw new Error("the demo petition was not seeded");
    petitionId = petition.id;
  });

  const staffContext = (role: StaffRole, name: string, teamPetitionIds: string[] = []): Promise<BrowserContext> =>
    signedInStaffContext(suite.browser, suite.server, { role, name, teamPetitionIds });

  it("organiser submits, office sets quorum and decides, organiser sees it", async () => {
    const today = berlinToday(suite.server.clock.now());
    const organiser = await (await staffContext("organiser", "Olga Organisatorin", [petitionId])).newPage();

    await organiser.goto(`/verwaltung/buergerbegehren/${petitionId}`);
    await organiser.getByRole("link", { name: "Beim Wahlamt einreichen" }).click();
    await organiser.waitForURL("**/einreichen");
    expect(await organiser.getByRole("heading", { level: 1 }).textContent()).toBe("Bürgerbegehren beim Wahlamt einreichen");
    await checkPage(organiser, "submission-confirm");
    await organiser.getByRole("button", { name: "Jetzt verbindlich einreichen" }).click();
    await expect.poll(() => organiser.getByRole("status").first().textContent()).toBe("Das Bürgerbegehren ist eingereicht. Die Sammlung ist beendet.");
    await checkPage(organiser, "submission-dashboard");

    const office = await (await staffContext("election_office", "Erik Wahlamt")).newPage();
    await office.goto("/verwaltung");
    await office.getByRole("link", { name: "Wahlamt: eingereichte Bürgerbegehren" }).click();
    await office.waitForURL("**/verwaltung/wahlamt");
    await checkPage(office, "office-queue");
    await office.locator(".office-queue").first().getByRole("link").first().click();
    await office.waitForURL(`**/verwaltung/wahlamt/buergerbegehren/${petitionId}`);

    await office.getByLabel("Zahl der Berechtigten").fill("viele");
    await office.getByLabel("Stichtag").fill(today);
    await office.getByRole("button", { name: "Quorum speichern" }).click();
    await expect.poll(() => office.title()).toMatch(/^Fehler: /);
    expect(await office.locator(".error-summary a").first().textContent()).toContain("Geben Sie die Zahl der Berechtigten als ganze Zahl");
    expect(await office.evaluate(() => (globalThis as unknown as { document: { activeElement: { className: string } } }).document.activeElement.className)).toContain(
      "error-summary",
    );
    await checkPage(office, "office-quorum-error");

    await office.getByLabel("Zahl der Berechtigten").fill("435.720");
    await office.getByRole("button", { name: "Quorum speichern" }).click();
    await expect.poll(() => office.getByRole("status").first().textContent()).toBe("Gespeichert. Das Quorum ist 21.786 Unterschriften.");

    await office.getByLabel("Ja, zulässig").check();
    await office.getByLabel("Datum der Entscheidung").fill(today);
    await office.getByLabel("Aktenzeichen").fill("33.1-2026/014");
    await office.getByLabel("Anmerkung").fill("Die Fragestellung ist mit Ja oder Nein zu beantworten.");
    await office.getByRole("button", { name: "Entscheidung speichern" }).click();
    await expect.poll(() => office.getByRole("status").first().textContent()).toBe("Die Entscheidung ist gespeichert.");
    expect(await office.getByRole("heading", { level: 2, name: "Zulässigkeitsentscheidung berichtigen" }).count()).toBe(1);
    await checkPage(office, "office-decided");

    await organiser.reload();
    expect(await organiser.locator("[data-decision]").textContent()).toContain("Zulässig, entschieden am");
    expect(await organiser.locator(".submission-record").textContent()).toContain("21.786 Unterschriften: 5 % von 435.720 Berechtigten");
    await organiser.goto(`/petitionen/${petitionId}`);
    expect(await organiser.locator(".admissibility-decision").textContent()).toContain("für zulässig erklärt (Aktenzeichen 33.1-2026/014)");
    expect(await organiser.getByRole("button", { name: /unterschreiben/i }).count()).toBe(0);
    await checkPage(organiser, "submission-public-page");
  });
});
