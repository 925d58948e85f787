import { describe, expect, it } from "vitest";
import { useBrowserSuite } from "../helpers/browser-suite";
import { addDays, berlinToday, registerStaffInBrowser, signInWithPasskey } from "../helpers/browser-staff";
import { addVirtualAuthenticator, chromiumInstalled } from "../helpers/chromium";
import { checkPage } from "../helpers/page-checks";

const TITLE = "Freibad Elbwiesen erhalten";

describe.skipIf(!chromiumInstalled)("organiser and resident in Chromium", () => {
  const suite = useBrowserSuite();

  it("drafts, publishes, is signed and counts", async () => {
    const organiserContext = await suite.newContext();
    const page = await organiserContext.newPage();
    await addVirtualAuthenticator(page);
    await registerStaffInBrowser(page, suite.server, { role: "organiser", name: "Olga Organisatorin" });
    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.waitForURL("**/anmelden");
    await expect.poll(() => page.getByRole("status").first().textContent()).toBe("Sie sind abgemeldet.");
    await signInWithPasskey(page);

    // A draft with mistakes: no yes-or-no question, no cost coverage, no deputy, the period backwards.
    await page.getByRole("link", { name: "Meine Bürgerbegehren" }).click();
    await page.waitForURL("**/verwaltung/buergerbegehren");
    await checkPage(page, "workspace-list");
    await page.getByRole("link", { name: "Neues Bürgerbegehren anlegen" }).click();
    const today = berlinToday(suite.server.clock.now());
    await page.getByLabel("Titel", { exact: true }).fill(TITLE);
    await page.getByLabel("Entscheidungsvorschlag (Fragestellung)").fill("Das Freibad Elbwiesen bleibt geöffnet.");
    await page.getByLabel("Begründung").fill("Das Freibad ist das einzige im Stadtteil.\n\nSchulen nutzen es für den Schwimmunterricht.");
    await page.getByRole("group", { name: "Vertrauensperson", exact: true }).getByLabel("Name").fill("Olga Organisatorin");
    await page.getByRole("group", { name: "Vertrauensperson", exact: true }).getByLabel("Kontakt (Anschrift, E-Mail oder Telefon)").fill("olga@example.org");
    await page.getByLabel("Nötige Unterschriften").fill("21786");
    await page.getByLabel("Datum der Anzeige bei der Gemeinde").fill(today);
    await page.getByLabel("Erster Sammeltag").fill(addDays(today, 10));
    await page.getByLabel("Letzter Sammeltag").fill(today);
    await page.getByLabel("Online-Unterschriften").check();
    const rejected = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("button", { name: "Entwurf speichern" }).click();
    expect((await rejected).status()).toBe(422);
    await page.waitForURL((url) => url.pathname === "/verwaltung/buergerbegehren");

    expect(await page.title()).toMatch(/^Fehler: /);
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { className: string } } }).document.activeElement.className)).toBe("error-summary");
    const summary = page.getByRole("alert");
    expect(await summary.getByRole("link").allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Formulieren Sie den Entscheidungsvorschlag als Ja-Nein-Frage"),
        expect.stringContaining("Geben Sie einen Kostendeckungsvorschlag ein"),
        expect.stringContaining("Geben Sie den Namen der stellvertretenden Vertrauensperson ein"),
        expect.stringContaining("Der letzte Sammeltag liegt vor dem ersten"),
      ]),
    );
    expect(await page.locator("#decisionProposal-error").textContent()).toContain("Ja-Nein-Frage");
    expect(await page.locator("#costCoverageProposal-error").textContent()).toContain("Kostendeckungsvorschlag");
    expect(await page.locator("#deputyName-error").textContent()).toContain("stellvertretenden Vertrauensperson");
    expect(await page.locator("#collectionEnd-error").textContent()).toContain("Der letzte Sammeltag liegt vor dem ersten");
    expect(await page.getByLabel("Titel", { exact: true }).inputValue()).toBe(TITLE);
    expect(await page.getByLabel("Entscheidungsvorschlag (Fragestellung)").inputValue()).toBe("Das Freibad Elbwiesen bleibt geöffnet.");
    expect(await page.getByLabel("Nötige Unterschriften").inputValue()).toBe("21786");
    expect(await page.getByLabel("Erster Sammeltag").inputValue()).toBe(addDays(today, 10));
    expect(await page.getByLabel("Online-Unterschriften").isChecked()).toBe(true);
    await checkPage(page, "workspace-draft-errors");

    // The summary links move the focus to the field.
    await summary.getByRole("link", { name: /Kostendeckungsvorschlag/ }).click();
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe("costCoverageProposal");

    await page.getByLabel("Entscheidungsvorschlag (Fragestellung)").fill("Soll das Freibad Elbwiesen geöffnet bleiben?");
    await page.getByLabel("Kostendeckungsvorschlag").fill("Der Betrieb kostet 180.000 Euro im Jahr und wird aus der Rücklage für Sportstätten bezahlt.");
    await page.getByRole("group", { name: "Stellvertretende Vertrauensperson" }).getByLabel("Name").fill("Paul Stellvertreter");
    await page.getByRole("group", { name: "Stellvertretende Vertrauensperson" }).getByLabel("Kontakt (Anschrift, E-Mail oder Telefon)").fill("paul@example.org");
    await page.getByLabel("Erster Sammeltag").fill(today);
    await page.getByLabel("Letzter Sammeltag").fill(addDays(today, 90));
    await page.getByRole("button", { name: "Entwurf speichern" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toBe("Der Entwurf ist gespeichert.");
    await checkPage(page, "workspace-draft");

    await page.getByRole("link", { name: "Vorschau ansehen" }).click();
    await page.waitForURL("**/vorschau");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(TITLE);
    await checkPage(page, "workspace-preview");
    await page.getByRole("link", { name: "Zurück zum Entwurf" }).click();

    // A second tab edits the draft while the first still shows the form it opened before.
    await page.getByRole("link", { name: "Entwurf bearbeiten" }).click();
    await page.waitForURL("**/bearbeiten");
    const secondTab = await organiserContext.newPage();
    await secondTab.goto(page.url());
    await secondTab.getByLabel("Titel", { exact: true }).fill(`${TITLE} – für alle`);
    await secondTab.getByRole("button", { name: "Entwurf speichern" }).click();
    await expect.poll(() => secondTab.getByRole("status").first().textContent()).toBe("Der Entwurf ist gespeichert.");
    await secondTab.close();

    await page.getByLabel("Begründung").fill("Das Freibad ist das einzige im Stadtteil, und die Schulen brauchen es.");
    const conflict = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("button", { name: "Entwurf speichern" }).click();
    expect((await conflict).status()).toBe(409);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Entwurf inzwischen geändert");
    // The typed title and reasoning differ from the second tab's version, so both are shown for copying.
    expect(await page.locator(".typed-text").allTextContents()).toEqual([TITLE, "Das Freibad ist das einzige im Stadtteil, und die Schulen brauchen es."]);
    await checkPage(page, "workspace-draft-conflict");
    await page.getByRole("link", { name: "Aktuelle Fassung laden und erneut bearbeiten" }).click();
    await page.waitForURL("**/bearbeiten");
    expect(await page.getByLabel("Titel", { exact: true }).inputValue()).toBe(`${TITLE} – für alle`);
    await page.getByLabel("Titel", { exact: true }).fill(TITLE);
    await page.getByRole("button", { name: "Entwurf speichern" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toBe("Der Entwurf ist gespeichert.");

    await page.getByRole("link", { name: "Veröffentlichen …" }).click();
    await page.waitForURL("**/veroeffentlichen");
    expect(await page.getByRole("heading", { level: 2, name: "Diese Angaben werden festgeschrieben" }).count()).toBe(1);
    await checkPage(page, "workspace-publish-confirm");
    await page.getByRole("button", { name: "Verbindlich veröffentlichen" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toBe("Das Bürgerbegehren ist veröffentlicht.");
    const dashboardUrl = new URL(page.url());
    const petitionId = dashboardUrl.pathname.split("/").at(-1) ?? "";
    expect(await page.locator('[data-figure="wallet"]').textContent()).toBe("0");
    await checkPage(page, "workspace-dashboard-empty");

    // A resident, in a browser of their own, signs through the demo wallet.
    const residentContext = await suite.newContext();
    const resident = await residentContext.newPage();
    await resident.goto(`/petitionen/${petitionId}`);
    expect(await resident.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
    await checkPage(resident, "petition-public");
    await resident.getByRole("button", { name: "Mit Wallet unterschreiben" }).click();
    await resident.waitForURL("**/wallet/**");
    await checkPage(resident, "wallet-request");
    await resident.getByRole("link", { name: "Im Demo-Wallet öffnen" }).click();
    await resident.waitForURL("**/demo/wallet?**");
    await checkPage(resident, "demo-wallet");
    await resident.getByRole("button", { name: "Nachweis von Käthe Luise Großmann freigeben" }).click();
    await expect.poll(() => resident.locator(".wallet-outcome-success").count(), { timeout: 15_000 }).toBe(1);
    await checkPage(resident, "wallet-signed");
    await resident.goto(`/petitionen/${petitionId}?lang=en`);
    expect(await resident.locator("html").getAttribute("lang")).toBe("en");
    await checkPage(resident, "petition-public-en");
    await residentContext.close();

    await page.reload();
    expect(await page.locator('[data-figure="wallet"]').textContent()).toBe("1");
    expect(await page.locator("#dashboard-count-label").textContent()).toBe("1 von 21.786 nötigen Unterschriften");
    await checkPage(page, "workspace-dashboard");

    await organiserContext.close();
  });
});
