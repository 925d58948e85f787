import { describe, expect, it } from "vitest";
import { invitationLink, inviteStaffMember } from "../../src/staff/invite-staff-member";
import { useBrowserSuite } from "../helpers/browser-suite";
import { registerStaffInBrowser } from "../helpers/browser-staff";
import { addVirtualAuthenticator, chromiumInstalled } from "../helpers/chromium";
import { checkPage } from "../helpers/page-checks";

describe.skipIf(!chromiumInstalled)("staff passkeys in Chromium", () => {
  const suite = useBrowserSuite();

  it("registers, renames, adds and signs in again", async () => {
    const { token } = await inviteStaffMember(
      suite.server.deps.database,
      { role: "admin", displayName: "Erika Muster", createdBy: null },
      suite.server.clock.now(),
    );
    const context = await suite.newContext();
    const page = await context.newPage();
    const laptop = await addVirtualAuthenticator(page);

    await page.goto(invitationLink(suite.server.origin, token));
    await expect.poll(() => page.getByRole("button", { name: "Passkey einrichten" }).isEnabled()).toBe(true);
    await checkPage(page, "staff-invitation");
    await page.getByLabel("Name des Passkeys").fill("Laptop Büro");
    await page.getByRole("button", { name: "Passkey einrichten" }).click();
    await page.waitForURL("**/verwaltung");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Willkommen, Erika Muster");
    expect(await laptop.credentialCount()).toBe(1);
    await checkPage(page, "staff-home");

    await page.getByRole("link", { name: "Meine Passkeys" }).click();
    await page.getByLabel("Neuer Name für „Laptop Büro“").fill("Laptop Rathaus");
    await page.getByRole("button", { name: "Umbenennen" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toBe("Der Passkey wurde umbenannt.");
    expect(await page.getByRole("heading", { level: 2, name: "Laptop Rathaus" }).count()).toBe(1);

    await page.getByLabel("Name des Passkeys").fill("Laptop zweiter Versuch");
    await page.getByRole("button", { name: "Passkey hinzufügen" }).click();
    await expect
      .poll(() => page.locator(".passkey-ceremony .passkey-status").textContent())
      .toBe("Auf diesem Gerät ist schon ein Passkey für Ihr Konto gespeichert. Fügen Sie den weiteren Passkey auf einem anderen Gerät oder mit einem Sicherheitsschlüssel hinzu.");

    await laptop.remove();
    const phone = await addVirtualAuthenticator(page);
    await page.getByLabel("Name des Passkeys").fill("Smartphone");
    await page.getByRole("button", { name: "Passkey hinzufügen" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 2, name: "Smartphone" }).count()).toBe(1);
    expect(await page.getByRole("status").first().textContent()).toBe("Der Passkey wurde hinzugefügt.");
    expect(await phone.credentialCount()).toBe(1);
    await checkPage(page, "staff-passkeys");

    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.waitForURL("**/anmelden");
    await expect.poll(() => page.getByRole("status").first().textContent()).toBe("Sie sind abgemeldet.");
    await expect.poll(() => page.getByRole("button", { name: "Mit Passkey anmelden" }).isEnabled()).toBe(true);
    await checkPage(page, "staff-sign-in");
    await page.getByRole("button", { name: "Mit Passkey anmelden" }).click();
    await page.waitForURL("**/verwaltung");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Willkommen, Erika Muster");
    await page.getByRole("link", { name: "Meine Passkeys" }).click();
    await page.waitForURL("**/verwaltung/passkeys");
    expect(await page.getByText("Zuletzt verwendet am").count()).toBe(1);
    expect(await page.locator(".passkey-current").textContent()).toBe(
      "Mit diesem Passkey sind Sie gerade angemeldet. Wenn Sie ihn entfernen, werden Sie abgemeldet.",
    );

    // The session was signed in with the smartphone's passkey, so removing the laptop's keeps it.
    await page.getByRole("button", { name: "Passkey „Laptop Rathaus“ entfernen" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toBe("Der Passkey wurde entfernt. Wer mit ihm angemeldet war, ist jetzt abgemeldet.");
    expect(await page.getByRole("heading", { level: 2, name: "Laptop Rathaus" }).count()).toBe(0);
    expect(await page.locator(".passkey-current").textContent()).toBe("Mit diesem Passkey sind Sie gerade angemeldet.");

    await context.close();
  });

  it("keeps a sign-in when another tab starts one", async () => {
    const context = await suite.newContext();
    const firstTab = await context.newPage();
    await addVirtualAuthenticator(firstTab);
    await registerStaffInBrowser(firstTab, suite.server, { role: "organiser", name: "Tamara Tab" });
    await firstTab.getByRole("button", { name: "Abmelden" }).click();
    await firstTab.waitForURL("**/anmelden");

    // Hold the first tab's signed response until a second tab has started its own sign-in.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let held: () => void = () => {};
    const responseHeld = new Promise<void>((resolve) => {
      held = resolve;
    });
    await firstTab.route("**/anmelden/pruefen*", async (route) => {
      held();
      await released;
      await route.continue();
    });
    const firstButton = firstTab.getByRole("button", { name: "Mit Passkey anmelden" });
    await expect.poll(() => firstButton.isEnabled()).toBe(true);
    await firstButton.click();
    await responseHeld;

    // The second tab's device holds no passkey, so its prompt fails, but it has asked for options first.
    const secondTab = await context.newPage();
    await addVirtualAuthenticator(secondTab);
    await secondTab.goto("/anmelden");
    const secondButton = secondTab.getByRole("button", { name: "Mit Passkey anmelden" });
    await expect.poll(() => secondButton.isEnabled()).toBe(true);
    await secondButton.click();
    await expect.poll(() => secondTab.locator(".passkey-status").textContent()).toMatch(/^Es wurde kein Passkey freigegeben/);

    release();
    await firstTab.waitForURL("**/verwaltung");
    await expect.poll(() => firstTab.getByRole("heading", { level: 1 }).textContent()).toBe("Willkommen, Tamara Tab");

    await context.close();
  });

  it("explains a sign-in without a passkey", async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    await addVirtualAuthenticator(page);
    await page.goto("/anmelden");
    const button = page.getByRole("button", { name: "Mit Passkey anmelden" });
    await expect.poll(() => button.isEnabled()).toBe(true);

    await button.click();

    await expect.poll(() => page.locator(".passkey-status").textContent()).toMatch(/^Es wurde kein Passkey freigegeben/);
    expect(await button.isEnabled()).toBe(true);
    expect(new URL(page.url()).pathname).toBe("/anmelden");
    await checkPage(page, "staff-sign-in-no-passkey");

    await context.close();
  });

  it("shows the sign-in page in English", async () => {
    const context = await suite.browser.newContext({ baseURL: suite.server.origin, locale: "en-GB", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/anmelden?lang=en");

    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Sign in for staff");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await checkPage(page, "staff-sign-in-en-mobile");

    await context.close();
  });
});
