import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.1 level A and AA, the level BITV 2.0 requires of German public websites. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

/** Where the run stores a PNG of each page checked; git ignores test-results/. */
export const SCREENSHOT_DIR = path.join(import.meta.dirname, "..", "..", "test-results", "screenshots");

type AxeApi = { run(context: unknown, options: object): Promise<{ violations: unknown[] }> };

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };

/**
 * Run axe-core on the page as it is now and return one line per serious or
 * critical WCAG 2.1 AA violation and element: rule id, CSS target, help text.
 * The source goes in through the DevTools protocol, which the page's Content
 * Security Policy does not restrict, so the page is tested with its real CSP.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const alreadyLoaded = await page.evaluate(() => "axe" in globalThis);
  if (!alreadyLoaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    // The callback runs in the page, where globalThis is the window.
    const window = globalThis as unknown as { axe: AxeApi; document: unknown };
    const results = await window.axe.run(window.document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return results.violations;
  }, AXE_TAGS);
  return (violations as AxeViolation[])
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ""))
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${node.target.join(" ")}: ${violation.help}`),
    );
}

/** Save a PNG of the page's viewport, small enough for the README, under test-results/screenshots/NAME.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/**
 * Fail the test when axe finds serious or critical violations on the page,
 * listing each one, then save a screenshot named after the page.
 */
export async function checkPage(page: Page, screenshotName: string): Promise<void> {
  expect(await accessibilityViolations(page), `axe-core on ${new URL(page.url()).pathname}`).toEqual([]);
  await saveScreenshot(page, screenshotName);
}
