import { describe, expect, it } from "vitest";
import { useBrowserSuite } from "../helpers/browser-suite";
import { addVirtualAuthenticator, chromiumInstalled } from "../helpers/chromium";
import { checkPage } from "../helpers/page-checks";
import { createTestPetition } from "../helpers/petitions";
import { createLetterCode } from "../helpers/residents";

describe.skipIf(!chromiumInstalled)("withdrawal in Chromium", () => {
  const suite = useBrowserSuite();

  it("withdraws a passkey signature, shows the data and signs again", async () => {
    const { deps, clock } = suite.server;
    const petition = await createTestPetition(deps.database, { now: clock.now(), serverSecret: deps.serverSecret, title: "Sitzbänke an der Prießnitz" });
    const { code } = await createLetterCode(deps);
    const context = await suite.newContext();
    const page = await context.newPage();
    await addVirtualAuthenticator(page);

    await page.goto("/aktivieren");
    await page.getByLabel("Aktivierungscode").fill(code);
    await page.getByRole("button", { name: "Code prüfen" }).click();
    const register = page.getByRole("button", { name: "Passkey einrichten" });
    await expect.poll(() => register.isEnabled()).toBe(true);
    await register.click();
    await page.waitForURL("**/mein-konto");

    const sign = page.getByRole("button", { name: "Mit Passkey unterschreiben" });
    await page.goto(`/petitionen/${petition.id}`);
    await expect.poll(() => sign.isEnabled()).toBe(true);
    await sign.click();
    await page.waitForURL(`**/petitionen/${petition.id}/passkey/ergebnis`);

    // The signed-in resident sees on the petition page that they signed, and the way to withdraw.
    await page.goto(`/petitionen/${petition.id}`);
    expect(await page.getByRole("heading", { name: "Sie haben dieses Bürgerbegehren unterschrieben." }).count()).toBe(1);
    await checkPage(page, "withdrawal-petition-signed");
    await page.getByRole("link", { name: "Unterschrift zurückziehen" }).first().click();
    await page.waitForURL(`**/petitionen/${petition.id}/ruecknahme`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Unterschrift zurückziehen");
    await checkPage(page, "withdrawal-confirm");

    const withdraw = page.getByRole("button", { name: "Mit Passkey zurückziehen" });
    await expect.poll(() => withdraw.isEnabled()).toBe(true);
    await withdraw.click();
    await page.waitForURL(`**/petitionen/${petition.id}/ruecknahme/ergebnis`);
    await expect.poll(() => page.getByRole("heading", { level: 2 }).first().textContent()).toBe("Ihre Unterschrift ist zurückgezogen");
    await checkPage(page, "withdrawal-withdrawn");

    // A second withdrawal finds nothing to withdraw.
    await page.goto(`/petitionen/${petition.id}/ruecknahme`);
    await expect.poll(() => withdraw.isEnabled()).toBe(true);
    await withdraw.click();
    await page.waitForURL(`**/petitionen/${petition.id}/ruecknahme/ergebnis`);
    await expect.poll(() => page.getByRole("heading", { level: 2 }).first().textContent()).toBe("Keine Unterschrift zum Zurückziehen");

    await page.goto("/mein-konto/daten");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Ihre gespeicherten Daten");
    expect(await page.getByText("zurückgezogen", { exact: true }).count()).toBe(1);
    await checkPage(page, "data-access");

    await page.goto(`/petitionen/${petition.id}`);
    expect(await page.getByRole("heading", { name: "Sie haben dieses Bürgerbegehren unterschrieben." }).count()).toBe(0);
    await expect.poll(() => sign.isEnabled()).toBe(true);
    await sign.click();
    await page.waitForURL(`**/petitionen/${petition.id}/passkey/ergebnis`);
    await expect.poll(() => page.getByRole("heading", { level: 2 }).first().textContent()).toBe("Ihre Unterschrift ist gezählt");

    await context.close();
  });
});
