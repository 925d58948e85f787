import fs from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium, which .ci/run installs. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Whether Chromium is installed; test/vitest.config.ts fails the run instead when REQUIRE_BROWSER=1. */
export const chromiumInstalled = fs.existsSync(CHROMIUM_PATH);

/**
 * Flags that keep Chromium headless and silent: it contacts no Google
 * service, fetches no component and speaks no QUIC, so every request it
 * makes goes to the test server on loopback. --no-sandbox because CI runs
 * as root, where Chromium's sandbox cannot start.
 */
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Date inputs take their format from the browser's language, not the page's.
  "--lang=de-DE",
];

/** Launch Chromium with a fresh temporary profile, which Playwright deletes on close. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

/** Open a browser context in German at a desktop size, with no cookies, as a new visitor has. */
export function newGermanContext(browser: Browser, origin: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL: origin, locale: "de-DE", viewport: { width: 1280, height: 800 } });
}

export type VirtualAuthenticator = {
  /** Count the passkeys (resident credentials) stored in the authenticator. */
  credentialCount(): Promise<number>;
  /** Detach the authenticator, as when the user switches to another device. */
  remove(): Promise<void>;
};

/**
 * Attach a virtual platform authenticator to the page through the DevTools
 * protocol: it stores resident keys, verifies the user and approves every
 * prompt at once, as a phone or laptop with a fingerprint reader would.
 * It stays attached for the page's lifetime, across navigations.
 */
export async function addVirtualAuthenticator(page: Page): Promise<VirtualAuthenticator> {
  const session = await page.context().newCDPSession(page);
  await session.send("WebAuthn.enable");
  const { authenticatorId } = await session.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentialCount: async () => (await session.send("WebAuthn.getCredentials", { authenticatorId })).credentials.length,
    remove: async () => {
      await session.send("WebAuthn.removeVirtualAuthenticator", { authenticatorId });
      await session.detach();
    },
  };
}
