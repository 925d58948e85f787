import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserTestServer, startBrowserTestServer } from "../helpers/browser-server";
import { addVirtualAuthenticator, chromiumInstalled, launchChromium, newGermanContext } from "../helpers/chromium";
import { checkPage } from "../helpers/page-checks";
import { createTestPetition } from "../helpers/petitions";
import { createLetterCode } from "../helpers/residents";

describe.skipIf(!chromiumInstalled)("resident passkeys in Chromium", () => {
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

  it("activates a letter code, signs and deletes the account", async () => {
    const { code } = await createLetterCode(server.deps);
    const petition = await createTestPetition(server.deps.database, {
      now: server.clock.now(),
      serverSecret: server.deps.serverSecret,
      title: "Mehr Bänke im Großen Garten",
    });
    const context = await newGermanContext(browser, server.origin);
    const page = await context.newPage();
    const phone = await addVirtualAuthenticator(page);

    // A mistyped code: the error summary takes the focus and names the problem.
    await page.goto("/aktivieren");
    await page.getByLabel("Aktivierungscode").fill("ABC");
    await page.getByRole("button", { name: "Code prüfen" }).click();
    await expect.poll(() => page.locator(".error-summary").textContent()).toContain("24 Zeichen");
    expect(await page.title()).toMatch(/^Fehler: /);
    await checkPage(page, "resident-activation-error");

    // The letter's QR code link carries the code in the fragment, which the script copies into the field.
    await page.goto(`/aktivieren#code=${code}`);
    await expect.poll(() => page.getByLabel("Aktivierungscode").inputValue()).toBe(code);
    expect(new URL(page.url()).hash).toBe("");
    await checkPage(page, "resident-activation");
    await page.getByRole("button", { name: "Code prüfen" }).click();

    const register = page.getByRole("button", { name: "Passkey einrichten" });
    await expect.poll(() => register.isEnabled()).toBe(true);
    await checkPage(page, "resident-activation-passkey");
    await page.getByLabel("Name des Passkeys").fill("Smartphone");
    await register.click();
    await page.waitForURL("**/mein-konto");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Mein Konto");
    expect(await phone.credentialCount()).toBe(1);
    expect(await page.getByText("Sie haben noch kein laufendes Bürgerbegehren unterschrieben.").count()).toBe(1);
    await checkPage(page, "resident-account");

    await page.goto(`/petitionen/${petition.id}`);
    const sign = page.getByRole("button", { name: "Mit Passkey unterschreiben" });
    await expect.poll(() => sign.isEnabled()).toBe(true);
    await sign.click();
    await page.waitForURL(`**/petitionen/${petition.id}/passkey/ergebnis`);
    await expect.poll(() => page.getByRole("heading", { level: 2 }).first().textContent()).toBe("Ihre Unterschrift ist gezählt");
    await checkPage(page, "resident-passkey-signed");

    await page.goto(`/petitionen/${petition.id}`);
    await expect.poll(() => sign.isEnabled()).toBe(true);
    await sign.click();
    await page.waitForURL(`**/petitionen/${petition.id}/passkey/ergebnis`);
    await expect.poll(() => page.getByRole("heading", { level: 2 }).first().textContent()).toBe("Sie haben bereits unterschrieben");

    await page.goto("/mein-konto");
    expect(await page.getByRole("link", { name: "Mehr Bänke im Großen Garten" }).count()).toBe(1);

    await page.getByRole("link", { name: "Konto löschen …" }).click();
    await page.waitForURL("**/mein-konto/loeschen");
    expect(await page.getByText("bleiben gezählt").count()).toBe(1);
    await checkPage(page, "resident-delete");
    await page.getByRole("button", { name: "Ja, Konto endgültig löschen" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Ihr Konto ist gelöscht");
    await checkPage(page, "resident-deleted");

    await page.goto("/mein-konto");
    await page.waitForURL("**/mein-konto/anmelden");

    await context.close();
  });
});
