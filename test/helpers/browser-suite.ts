import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type BrowserTestServer, startBrowserTestServer } from "./browser-server";
import { launchChromium, newGermanContext } from "./chromium";

/** The server and Chromium of one browser test file, available inside its tests. */
export type BrowserSuite = {
  readonly server: BrowserTestServer;
  readonly browser: Browser;
  /** A new German browser context on the server, as a new visitor opens the site. */
  newContext(): Promise<BrowserContext>;
};

/**
 * Start the test server and Chromium before the tests of the enclosing
 * describe block and stop both after them. Call it in the describe body.
 */
export function useBrowserSuite(): BrowserSuite {
  let server: BrowserTestServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startBrowserTestServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("server and browser are not started yet: read them inside a test, not in the describe body");
    return value;
  };

  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    newContext: () => newGermanContext(started(browser), started(server).origin),
  };
}
