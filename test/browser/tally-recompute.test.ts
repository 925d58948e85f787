import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffSessionCookieName } from "../../src/http/staff-session";
import { officePaths } from "../../src/office/office-paths";
import type { Petition } from "../../src/petitions/queries";
import { correctPaperLine, deletePaperLine } from "../../src/review/correct-paper-line";
import { recordPaperLines } from "../../src/review/record-paper-lines";
import { residentKeyOf } from "../../src/signing/resident-key";
import { withdrawSignature } from "../../src/signing/withdraw-signature";
import type { PublishedLog } from "../../src/tally/published-log-entries";
import { publicTallyPaths } from "../../src/tally/public-tally-paths";
import { createTally } from "../../src/tally/create-tally";
import { listTallies } from "../../src/tally/tally-queries";
import { type BrowserTestServer, startBrowserTestServer } from "../helpers/browser-server";
import { chromiumInstalled, launchChromium, newGermanContext } from "../helpers/chromium";
import { checkPage } from "../helpers/page-checks";
import { createTestPetition } from "../helpers/petitions";
import { invalidPaperLine, validPaperLine } from "../helpers/review";
import { residentNamed, signContextFor, signForResidents } from "../helpers/signature-log";
import { createTestStaffMember, signInTestStaff } from "../helpers/staff";

describe.skipIf(!chromiumInstalled)("tally recompute in Chromium", () => {
  let server: BrowserTestServer;
  let browser: Browser;
  let petition: Petition;
  /** Path of the public recompute page of the tally the office generated in the first test's setup. */
  let publicPage: string;

  beforeAll(async () => {
    server = await startBrowserTestServer();
    browser = await launchChromium();
    petition = await createTestPetition(server.deps.database, { now: server.clock.now(), title: "Straßenbäume „Grüne Allee“ erhalten" });
    const signContext = signContextFor(server.deps.database, server.clock);
    await signForResidents(signContext, petition, 9, "Nachrechnen");
    const office = await createTestStaffMember(server.deps.database, { role: "election_office", name: "Erika Zählerin" });
    await recordPaperLines(signContext, {
      petitionId: petition.id,
      staffId: office.id,
      lines: [
        validPaperLine(residentNamed("Papierliste"), 1, 1),
        invalidPaperLine(residentNamed("Zu jung"), 1, 2, "under_age"),
        invalidPaperLine(undefined, 1, 3, "incomplete_or_illegible"),
        validPaperLine(residentNamed("Leerzeile"), 1, 4),
      ],
    });
    // A corrected and a deleted line leave "removed" entries, which the page must replay too.
    const corrected = await correctPaperLine(signContext, { petitionId: petition.id, staffId: office.id, line: validPaperLine(residentNamed("Papierliste B"), 1, 1) });
    const deleted = await deletePaperLine(signContext, { petitionId: petition.id, staffId: office.id, sheetLine: { sheet: 1, line: 4 } });
    if (!corrected.ok || !deleted.ok) throw new Error("the test correction or deletion of a paper line failed");
    // signForResidents gave position 1 the passkey channel.
    const withdrawn = await withdrawSignature(signContext, {
      petition,
      residentKey: residentKeyOf(signContext.serverSecret, residentNamed("Nachrechnen 1")),
      requestChannel: "passkey",
    });
    if (!withdrawn.ok) throw new Error(`the test withdrawal failed with ${withdrawn.error}`);

    const session = await signInTestStaff(server.deps, office.id);
    const context = await newGermanContext(browser, server.origin);
    await context.addCookies([{ name: staffSessionCookieName(server.origin), value: session.token, url: server.origin, httpOnly: true, sameSite: "Lax" }]);
    const page = await context.newPage();
    await page.goto(officePaths(petition.id).petition);
    await page.getByRole("button", { name: "Beglaubigte Auszählung erstellen" }).click();
    await page.waitForURL(`**${officePaths(petition.id).petition}#auszaehlungen`);
    await checkPage(page, "office-tallies");
    await page.getByRole("link", { name: /^Prüfseite öffnen/ }).click();
    await page.waitForURL("**/auszaehlung/*");
    publicPage = new URL(page.url()).pathname;
    await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Open the public page in a fresh context without cookies and wait until the script has given its verdict. */
  async function openAndRecompute(path: string, prepare?: (page: Page) => Promise<void>): Promise<{ page: Page; context: BrowserContext }> {
    const context = await newGermanContext(browser, server.origin);
    const page = await context.newPage();
    await prepare?.(page);
    await page.goto(path);
    await page.waitForSelector("#tally-recompute[data-result='match'], #tally-recompute[data-result='mismatch'], #tally-recompute[data-result='error']");
    return { page, context };
  }

  /** Read the verdict of a table row, named by its data-check value or by "outcome/channel" for a count. */
  function verdictOf(page: Page, row: string): Promise<string | null> {
    const [outcome, channel] = row.split("/");
    const selector = channel === undefined ? `tr[data-check='${row}']` : `tr[data-outcome='${outcome}'][data-channel='${channel}']`;
    return page.locator(`${selector} .verdict`).textContent();
  }

  it("shows match for the true log", async () => {
    const { page, context } = await openAndRecompute(publicPage);

    expect(await page.locator("#tally-recompute").getAttribute("data-result")).toBe("match");
    expect(await page.locator("#recompute-status").textContent()).toContain("stimmen mit den Einträgen des Protokolls überein");
    const verdicts = await page.locator("tr[data-check] .verdict").allTextContents();
    expect(verdicts.length).toBeGreaterThan(10);
    expect(verdicts.filter((verdict) => verdict !== "stimmt überein")).toEqual([]);
    const [tally] = await listTallies(server.deps.database, petition.id);
    expect(await page.locator("tr[data-check='head'] .recomputed").textContent()).toBe(Buffer.from(tally!.headHash).toString("hex"));
    expect(await page.locator("tr[data-check='length'] .recomputed").textContent()).toBe(String(tally!.logLength));
    expect(tally!.logLength).toBe(17);
    expect(await page.locator("tr[data-outcome='withdrawn'][data-channel='passkey'] .recomputed").textContent()).toBe("1");
    expect(await page.locator("tr[data-outcome='invalid'][data-reason='under_age'][data-channel='paper'] .recomputed").textContent()).toBe("1");
    await checkPage(page, "tally-recompute");
    await context.close();
  });

  it("shows mismatch for altered entries", async () => {
    const { page, context } = await openAndRecompute(publicPage, async (target) => {
      await target.route("**/eintraege.json", async (route) => {
        const response = await route.fetch();
        const log = (await response.json()) as PublishedLog;
        const provisional = log.entries.find((entry) => entry.status === "provisional");
        if (provisional === undefined) throw new Error("the test log has no provisional signature");
        provisional.status = "proven";
        await route.fulfill({ response, json: log });
      });
    });

    expect(await page.locator("#tally-recompute").getAttribute("data-result")).toBe("mismatch");
    expect(await page.locator("#recompute-status").textContent()).toContain("ABWEICHUNG");
    expect(await verdictOf(page, "head")).toBe("weicht ab");
    expect(await verdictOf(page, "valid/wallet")).toBe("weicht ab");
    expect(await verdictOf(page, "provisional/wallet")).toBe("weicht ab");
    expect(await verdictOf(page, "valid/paper")).toBe("stimmt überein");
    expect(await verdictOf(page, "length")).toBe("stimmt überein");
    await context.close();
  });

  it("shows mismatch for an entry removed", async () => {
    const { page, context } = await openAndRecompute(publicPage, async (target) => {
      await target.route("**/eintraege.json", async (route) => {
        const response = await route.fetch();
        const log = (await response.json()) as PublishedLog;
        log.entries.splice(3, 1);
        await route.fulfill({ response, json: log });
      });
    });

    expect(await page.locator("#tally-recompute").getAttribute("data-result")).toBe("mismatch");
    expect(await page.locator("#recompute-status").textContent()).toContain("Laufnummer 5");
    expect(await verdictOf(page, "length")).toBe("weicht ab");
    expect(await verdictOf(page, "head")).toBe("weicht ab");
    await context.close();
  });

  it("shows mismatch for altered published figures", async () => {
    const office = await createTestStaffMember(server.deps.database, { role: "election_office" });
    const created = await createTally(server.deps, { petition, staff: office });
    if (!created.ok) throw new Error(`generating the tally failed with ${created.error}`);
    await server.deps.database.rows(
      "update tally_snapshots set figures = jsonb_set(figures, '{valid,paper}', to_jsonb((figures->'valid'->>'paper')::int + 1)) where id = $1",
      [created.value.id],
    );

    const { page, context } = await openAndRecompute(publicTallyPaths(created.value.publicToken).page);

    expect(await page.locator("#tally-recompute").getAttribute("data-result")).toBe("mismatch");
    expect(await verdictOf(page, "valid/paper")).toBe("weicht ab");
    expect(await verdictOf(page, "valid/wallet")).toBe("stimmt überein");
    expect(await verdictOf(page, "head")).toBe("stimmt überein");
    await context.close();
  });
});
