import { describe, expect, it } from "vitest";
import { useBrowserSuite } from "../helpers/browser-suite";
import { registerStaffInBrowser, signInWithPasskey } from "../helpers/browser-staff";
import { addVirtualAuthenticator, chromiumInstalled } from "../helpers/chromium";
import { checkPage } from "../helpers/page-checks";

describe.skipIf(!chromiumInstalled)("expired staff session in Chromium", () => {
  const suite = useBrowserSuite();

  it("sends an htmx refresh to sign-in", async () => {
    const [demoPetition] = await suite.server.deps.database.rows<{ id: string }>("select id from petitions limit 1");
    const dashboardPath = `/verwaltung/buergerbegehren/${demoPetition?.id}`;
    const context = await suite.newContext();
    const page = await context.newPage();
    await addVirtualAuthenticator(page);
    await registerStaffInBrowser(page, suite.server, { role: "admin", name: "Ada Admin" });
    await page.goto(dashboardPath);
    await page.waitForFunction(() => "htmx" in globalThis);

    suite.server.clock.advance((suite.server.deps.config.staffSessions.idleTimeoutMinutes + 1) * 60_000);
    // The same request the dashboard's 10-second trigger sends, started now instead of waiting for it.
    await page.evaluate((path) => {
      const htmx = (globalThis as unknown as { htmx: { ajax(verb: string, path: string, target: string): Promise<void> } }).htmx;
      return htmx.ajax("GET", `${path}/stand`, "#dashboard-figures");
    }, dashboardPath);
    await page.waitForURL("**/anmelden?**");

    expect(new URL(page.url()).searchParams.get("weiter")).toBe(dashboardPath);
    await checkPage(page, "staff-sign-in-after-timeout");
    await signInWithPasskey(page);
    expect(new URL(page.url()).pathname).toBe(dashboardPath);

    await context.close();
  });

  it("lets the dashboard's refreshes not keep the session", async () => {
    const [demoPetition] = await suite.server.deps.database.rows<{ id: string }>("select id from petitions limit 1");
    const dashboardPath = `/verwaltung/buergerbegehren/${demoPetition?.id}`;
    const idleMs = suite.server.deps.config.staffSessions.idleTimeoutMinutes * 60_000;
    const context = await suite.newContext();
    const page = await context.newPage();
    await addVirtualAuthenticator(page);
    await registerStaffInBrowser(page, suite.server, { role: "admin", name: "Bea Beispiel" });
    await page.goto(dashboardPath);
    await page.waitForFunction(() => "htmx" in globalThis);

    // The request the dashboard's 10-second trigger sends, with the figures' hx-headers, started now.
    const refresh = () =>
      page.evaluate(
        (path) => {
          const htmx = (globalThis as unknown as { htmx: { ajax(verb: string, path: string, context: object): Promise<void> } }).htmx;
          return htmx.ajax("GET", `${path}/stand`, { source: "#dashboard-figures", target: "#dashboard-figures", swap: "innerHTML" });
        },
        dashboardPath,
      );

    suite.server.clock.advance(idleMs - 60_000);
    const answered = page.waitForResponse((response) => response.url().endsWith("/stand"));
    await refresh();
    const response = await answered;
    expect(response.status()).toBe(200);
    expect(response.request().headers()["x-background-refresh"]).toBe("1");
    expect(new URL(page.url()).pathname).toBe(dashboardPath);

    suite.server.clock.advance(2 * 60_000);
    await refresh();
    await page.waitForURL("**/anmelden?**");
    expect(new URL(page.url()).searchParams.get("weiter")).toBe(dashboardPath);

    await context.close();
  });
});
