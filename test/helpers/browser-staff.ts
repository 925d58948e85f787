import type { Browser, BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import type { StaffRole } from "../../src/staff/signed-in-staff";
import { invitationLink, inviteStaffMember } from "../../src/staff/invite-staff-member";
import { staffSessionCookieName } from "../../src/http/staff-session";
import type { BrowserTestServer } from "./browser-server";
import { newGermanContext } from "./chromium";
import { createTestStaffMember, signInTestStaff } from "./staff";

/**
 * Invite a staff member, open the link in the page and register a passkey on
 * the page's virtual authenticator, which must be attached already. Returns
 * once the staff home page shows the member signed in.
 */
export async function registerStaffInBrowser(page: Page, server: BrowserTestServer, member: { role: StaffRole; name: string }): Promise<void> {
  const { token } = await inviteStaffMember(server.deps.database, { role: member.role, displayName: member.name, createdBy: null }, server.clock.now());
  await page.goto(invitationLink(server.origin, token));
  const button = page.getByRole("button", { name: "Passkey einrichten" });
  await expect.poll(() => button.isEnabled()).toBe(true);
  await button.click();
  await page.waitForURL("**/verwaltung");
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(`Willkommen, ${member.name}`);
}

/** Sign in from the sign-in page with the passkey on the page's virtual authenticator. */
export async function signInWithPasskey(page: Page): Promise<void> {
  const button = page.getByRole("button", { name: "Mit Passkey anmelden" });
  await expect.poll(() => button.isEnabled()).toBe(true);
  await button.click();
  await page.waitForURL((url) => !url.pathname.startsWith("/anmelden"));
}

/** Today's calendar date in Berlin as YYYY-MM-DD, the day the petition rules count in. */
export function berlinToday(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(now);
}

/** Add days to a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Open a browser context signed in as a new staff member, through a session
 * stored directly: signing in with a passkey is tested where staff accounts are.
 */
export async function signedInStaffContext(
  browser: Browser,
  server: BrowserTestServer,
  member: { role: StaffRole; name: string; teamPetitionIds?: string[] },
): Promise<BrowserContext> {
  const created = await createTestStaffMember(server.deps.database, member);
  const session = await signInTestStaff(server.deps, created.id);
  const context = await newGermanContext(browser, server.origin);
  await context.addCookies([{ name: staffSessionCookieName(server.origin), value: session.token, url: server.origin, httpOnly: true, sameSite: "Lax" }]);
  return context;
}
