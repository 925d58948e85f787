import { describe, expect, it } from "vitest";
import { useBrowserSuite } from "../helpers/browser-suite";
import { addVirtualAuthenticator, chromiumInstalled } from "../helpers/chromium";
import { checkPage } from "../helpers/page-checks";
import { createTestPetition } from "../helpers/petitions";
import { createLetterCode } from "../helpers/residents";

describe.skipIf(!chromiumInstalled)("resident passkeys in Chromium", () => {
  const suite = useBrowserSuite();

  /** Create a collecting petition and open a new German browser page with a virtual authenticator. */
  async function petitionAndPhone(title: string) {
    const petition = await createTestPetition(suite.server.deps.database, { now: suite.server.clock.now(), serverSecret: suite.server.deps.serverSecret, title });
    const context = await suite.newContext();
    const page = await context.newPage();
    const phone = await addVirtualAuthenticator(page);
    return { petition, context, page, phone };
  }

  it("activates a letter code, signs and deletes the account", async () => {
    const { code } = await createLetterCode(suite.server.deps);
    const { petition, context, page, phone } = await petitionAndPhone("Mehr Bänke im Großen Garten");

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

    // Signed in and signed already: the page names the signature and offers no second signing.
    await page.goto(`/petitionen/${petition.id}`);
    expect(await page.getByRole("heading", { name: "Sie haben dieses Bürgerbegehren unterschrieben." }).count()).toBe(1);
    expect(await sign.count()).toBe(0);

    await page.goto("/mein-konto");
    expect(await page.getByRole("link", { name: "Mehr Bänke im Großen Garten", exact: true }).count()).toBe(1);

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

  it("proves eligibility with the demo wallet, registers a passkey and signs", async () => {
    const { petition, context, page, phone } = await petitionAndPhone("Radweg an der Elbe beleuchten");

    // The demo wallet posts its response over real HTTP and redirects the browser back with the response code.
    const proveWithWallet = async (screenshotPrefix: string | undefined) => {
      await page.goto("/aktivieren");
      await page.getByRole("button", { name: "Mit der Wallet nachweisen" }).click();
      await page.waitForURL("**/wallet/**");
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Mit der Wallet nachweisen");
      if (screenshotPrefix !== undefined) await checkPage(page, `${screenshotPrefix}-request`);
      await page.getByRole("link", { name: "Im Demo-Wallet öffnen" }).click();
      await page.waitForURL("**/demo/wallet?**");
      await page.getByRole("button", { name: "Nachweis von Jörg-Peter Böhme-Weiß freigeben" }).click();
      await page.waitForURL("**/ergebnis?**");
      await expect.poll(() => page.getByRole("heading", { level: 2 }).first().textContent()).toBe("Ihre Berechtigung ist nachgewiesen");
      if (screenshotPrefix !== undefined) await checkPage(page, `${screenshotPrefix}-bound`);
      await page.getByRole("button", { name: "Weiter zum Passkey" }).click();
    };

    await proveWithWallet("wallet-binding");
    const register = page.getByRole("button", { name: "Passkey einrichten" });
    await expect.poll(() => register.isEnabled()).toBe(true);
    await checkPage(page, "wallet-binding-passkey");
    await page.getByLabel("Name des Passkeys").fill("Laptop");
    await register.click();
    await page.waitForURL("**/mein-konto");
    expect(await phone.credentialCount()).toBe(1);
    expect(await page.getByText("(Wallet)", { exact: false }).count()).toBe(1);

    await page.goto(`/petitionen/${petition.id}`);
    const sign = page.getByRole("button", { name: "Mit Passkey unterschreiben" });
    await expect.poll(() => sign.isEnabled()).toBe(true);
    await sign.click();
    await page.waitForURL(`**/petitionen/${petition.id}/passkey/ergebnis`);
    await expect.poll(() => page.getByRole("heading", { level: 2 }).first().textContent()).toBe("Ihre Unterschrift ist gezählt");

    // Proving again finds the account, and signing in with its passkey refreshes the facts.
    await proveWithWallet(undefined);
    expect(await page.getByText("Für Sie gibt es schon ein Konto").count()).toBe(1);
    await checkPage(page, "wallet-binding-existing-account");
    const signIn = page.getByRole("button", { name: "Mit Passkey anmelden" });
    await expect.poll(() => signIn.isEnabled()).toBe(true);
    await signIn.click();
    await page.waitForURL("**/mein-konto");
    expect(await phone.credentialCount()).toBe(1);
    expect(await page.getByRole("link", { name: "Radweg an der Elbe beleuchten", exact: true }).count()).toBe(1);

    await context.close();
  });
});
