import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { createLogger } from "../../../src/log";
import { officePaths } from "../../../src/office/office-paths";
import { petitionTally } from "../../../src/review/petition-tally";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { verifySignatureLog } from "../../../src/signature-log/verify-signature-log";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { invalidPaperLine, paperLineForm, validPaperLine } from "../../helpers/review";
import { residentNamed } from "../../helpers/signature-log";
import { createSignedInStaff } from "../../helpers/staff";

let deps: AppDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
});

afterAll(async () => {
  await deps.database.close();
});

/** Create a petition with one valid paper line at sheet 3, line 7, and a signed-in office member. */
async function setUp() {
  const petition = await createTestPetition(deps.database, { now: deps.clock.now(), serverSecret: deps.serverSecret });
  const office = await createSignedInStaff(deps, { role: "election_office" });
  const ctx = { database: deps.database, serverSecret: deps.serverSecret, clock: deps.clock, log: createLogger("silent") };
  await recordPaperLines(ctx, { petitionId: petition.id, staffId: office.id, lines: [validPaperLine(residentNamed("Vertippt"), 3, 7)] });
  return { petition, office, paths: officePaths(petition.id) };
}

function post(office: Awaited<ReturnType<typeof setUp>>["office"], path: string, values: Record<string, string>) {
  return app.request(path, { method: "POST", headers: office.session.postHeaders, body: new URLSearchParams(values) });
}

describe("paper line page", () => {
  it("opens an entered line", async () => {
    const { office, paths } = await setUp();

    const response = await app.request(`${paths.paperLine}?bogen=3&zeile=7`, { headers: { Cookie: office.session.cookie } });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Blatt 3, Zeile 7: gültig");
    expect(html).toMatch(/<input id="line-familyName"[^>]*autofocus/);
    expect(html).toContain("Eintrag löschen");
    expect(html).toContain("Unterschrift zurückziehen");
  });

  it("answers 404 for an unknown line", async () => {
    const { office, paths } = await setUp();

    const response = await app.request(`${paths.paperLine}?bogen=3&zeile=8`, { headers: { Cookie: office.session.cookie } });

    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain("Blatt 3, Zeile 8 ist nicht erfasst.");
    expect(html).toContain(`href="${paths.paper}"`);
  });

  it("answers 422 for a bad lookup", async () => {
    const { office, paths } = await setUp();

    const response = await app.request(`${paths.paperLine}?bogen=x&zeile=7`, { headers: { Cookie: office.session.cookie } });

    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Geben Sie die Blatt-Nummer als ganze Zahl von 1 bis 99.999 ein.");
  });

  it("saves a correction", async () => {
    const { petition, office, paths } = await setUp();

    const response = await post(office, paths.paperLine, paperLineForm({ givenNames: "Richtig", birthDate: "01.01.2012", sheet: "3", line: "7" }));

    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Berichtigung gespeichert. Blatt 3, Zeile 7: gespeichert, ungültig (Mindestalter nicht erreicht).");
    const tally = await petitionTally(deps.database, petition.id);
    expect(tally.valid.total).toBe(0);
    expect(tally.invalidByReason.under_age.paper).toBe(1);
    expect((await verifySignatureLog(deps.database, petition.id)).ok).toBe(true);
  });

  it("answers 422 with the correction kept", async () => {
    const { office, paths } = await setUp();

    const response = await post(office, paths.paperLine, paperLineForm({ givenNames: "Behalten", birthDate: "31.02.1980", sheet: "3", line: "7" }));

    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("<title>Fehler: ");
    expect(html).toMatch(/<input id="line-givenNames"[^>]*value="Behalten"/);
    expect(html).toContain("Das ist kein gültiges Datum.");
  });

  it("answers 404 when correcting an unknown line", async () => {
    const { office, paths } = await setUp();

    const response = await post(office, paths.paperLine, paperLineForm({ sheet: "4", line: "1" }));

    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Blatt 4, Zeile 1 ist nicht erfasst.");
    const invalid = await post(office, paths.paperLine, paperLineForm({ birthDate: "31.02.1980", sheet: "4", line: "1" }));
    expect(invalid.status).toBe(404);
    const invalidHtml = await invalid.text();
    expect(invalidHtml).toContain("Blatt 4, Zeile 1 ist nicht erfasst.");
    expect(invalidHtml).not.toContain("Das ist kein gültiges Datum.");
  });

  it("deletes only when confirmed", async () => {
    const { petition, office, paths } = await setUp();

    const unconfirmed = await post(office, paths.paperLineDelete, { sheet: "3", line: "7" });
    expect(unconfirmed.status).toBe(422);
    expect(await unconfirmed.text()).toContain("Bestätigen Sie, dass die Zeile auf dem Blatt leer ist.");
    expect((await petitionTally(deps.database, petition.id)).valid.paper).toBe(1);

    const confirmed = await post(office, paths.paperLineDelete, { sheet: "3", line: "7", bestaetigt: "ja" });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain("Blatt 3, Zeile 7: Eintrag gelöscht.");
    expect((await petitionTally(deps.database, petition.id)).signatures.total).toBe(0);
  });

  it("withdraws a paper signature", async () => {
    const { petition, office, paths } = await setUp();

    const response = await post(office, paths.paperLineWithdraw, { sheet: "3", line: "7", bestaetigt: "ja" });

    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Blatt 3, Zeile 7: Unterschrift zurückgezogen.");
    expect((await petitionTally(deps.database, petition.id)).withdrawn.paper).toBe(1);
  });

  it("names the duplicate line that counts after a deletion", async () => {
    const { petition, office, paths } = await setUp();
    const ctx = { database: deps.database, serverSecret: deps.serverSecret, clock: deps.clock, log: createLogger("silent") };
    const person = residentNamed("Zweifach");
    await recordPaperLines(ctx, { petitionId: petition.id, staffId: office.id, lines: [validPaperLine(person, 2, 5), validPaperLine(person, 2, 6)] });

    const response = await post(office, paths.paperLineDelete, { sheet: "2", line: "5", bestaetigt: "ja" });

    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Blatt 2, Zeile 6 war eine doppelte Zeile derselben Person und zählt jetzt an ihrer Stelle");
  });

  it("names the duplicate lines a withdrawal takes along", async () => {
    const { petition, office, paths } = await setUp();
    const ctx = { database: deps.database, serverSecret: deps.serverSecret, clock: deps.clock, log: createLogger("silent") };
    const person = residentNamed("Zweifach");
    await recordPaperLines(ctx, { petitionId: petition.id, staffId: office.id, lines: [validPaperLine(person, 2, 5), validPaperLine(person, 2, 6)] });

    const response = await post(office, paths.paperLineWithdraw, { sheet: "2", line: "5", bestaetigt: "ja" });

    expect(response.status).toBe(200);
    expect(await response.text()).toContain("deshalb zählen auch ihre doppelten Zeilen nicht mehr: Blatt 2, Zeile 6.");
    const again = await post(office, paths.paper, paperLineForm({ sheet: "2", line: "6" }));
    expect(again.status).toBe(409);
    const againHtml = await again.text();
    expect(againHtml).toContain("Blatt 2, Zeile 6: zurückgezogen am 15.03.2026.");
    expect(againHtml).not.toContain("schriftlich");
  });

  it("answers 410 for a withdrawn line", async () => {
    const { office, paths } = await setUp();
    await post(office, paths.paperLineWithdraw, { sheet: "3", line: "7", bestaetigt: "ja" });

    const lookup = await app.request(`${paths.paperLine}?bogen=3&zeile=7`, { headers: { Cookie: office.session.cookie } });
    expect(lookup.status).toBe(410);
    const lookupHtml = await lookup.text();
    expect(lookupHtml).toContain("Blatt 3, Zeile 7: zurückgezogen am 15.03.2026.");
    expect(lookupHtml).not.toContain("ist nicht erfasst");

    const deletion = await post(office, paths.paperLineDelete, { sheet: "3", line: "7", bestaetigt: "ja" });
    expect(deletion.status).toBe(410);
    expect(await deletion.text()).toContain("Blatt 3, Zeile 7: zurückgezogen am 15.03.2026.");

    const english = await app.request(`${paths.paperLine}?bogen=3&zeile=7&lang=en`, { headers: { Cookie: office.session.cookie } });
    expect(await english.text()).toContain("sheet 3, line 7: withdrawn on 15 Mar 2026.");
  });

  it("names invalid signature behind duplicate", async () => {
    const { petition, office, paths } = await setUp();
    const ctx = { database: deps.database, serverSecret: deps.serverSecret, clock: deps.clock, log: createLogger("silent") };
    const person = residentNamed("Ungültig");
    await recordPaperLines(ctx, {
      petitionId: petition.id,
      staffId: office.id,
      lines: [invalidPaperLine(person, 2, 5, "no_main_residence"), validPaperLine(person, 2, 6)],
    });

    const response = await app.request(`${paths.paperLine}?bogen=2&zeile=6`, { headers: { Cookie: office.session.cookie } });

    expect(response.status).toBe(200);
    expect(await response.text()).toContain(
      "Blatt 2, Zeile 6: doppelte Zeile, die Person hatte schon unterschrieben (Papier), und das Wahlamt hat diese Unterschrift für ungültig erklärt (kein Hauptwohnsitz in der Gemeinde)",
    );
  });

  it("answers 409 for withdrawing an invalid line", async () => {
    const { petition, office, paths } = await setUp();
    const ctx = { database: deps.database, serverSecret: deps.serverSecret, clock: deps.clock, log: createLogger("silent") };
    const lines = [invalidPaperLine(residentNamed("Zugezogen"), 5, 3, "no_main_residence"), invalidPaperLine(undefined, 5, 2, "incomplete_or_illegible")];
    expect((await recordPaperLines(ctx, { petitionId: petition.id, staffId: office.id, lines })).ok).toBe(true);

    const noResidence = await post(office, paths.paperLineWithdraw, { sheet: "5", line: "3", bestaetigt: "ja" });
    expect(noResidence.status).toBe(409);
    const noResidenceHtml = await noResidence.text();
    expect(noResidenceHtml).toContain("Blatt 5, Zeile 3 ist als ungültig erfasst (kein Hauptwohnsitz in der Gemeinde) und zählt nicht");
    expect(noResidenceHtml).toContain("löschen Sie den Eintrag");
    const incomplete = await post(office, paths.paperLineWithdraw, { sheet: "5", line: "2", bestaetigt: "ja" });
    expect(incomplete.status).toBe(409);
    expect(await incomplete.text()).toContain("Blatt 5, Zeile 2 ist als ungültig erfasst");

    const tally = await petitionTally(deps.database, petition.id);
    expect(tally.withdrawn.paper).toBe(0);
    expect(tally.invalidByReason.no_main_residence.paper).toBe(1);
    expect(tally.invalidByReason.incomplete_or_illegible.paper).toBe(1);
  });

  it("answers 409 for a withdrawal after collection", async () => {
    const { petition, office, paths } = await setUp();
    await deps.database.rows("update petitions set status = 'submitted' where id = $1", [petition.id]);

    const response = await post(office, paths.paperLineWithdraw, { sheet: "3", line: "7", bestaetigt: "ja" });

    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Zurückziehen ist nur möglich, solange das Bürgerbegehren Unterschriften sammelt.");
  });

  it("answers 409 once admissibility is decided", async () => {
    const { petition, office, paths } = await setUp();
    await deps.database.rows("update petitions set status = 'decided' where id = $1", [petition.id]);

    const response = await post(office, paths.paperLineDelete, { sheet: "3", line: "7", bestaetigt: "ja" });

    expect(response.status).toBe(409);
  });

  it("speaks English", async () => {
    const { office, paths } = await setUp();

    const response = await app.request(`${paths.paperLine}?bogen=3&zeile=7&lang=en`, { headers: { Cookie: office.session.cookie } });

    expect(await response.text()).toContain("sheet 3, line 7: valid");
  });
});

describe("paper line forms over the rate limit", () => {
  it("keep the correction and the opened line", async () => {
    const limited = createApp({ ...deps, config: { ...deps.config, rateLimits: { ...deps.config.rateLimits, other: { requests: 1, windowSeconds: 60 } } } });
    const { petition, office, paths } = await setUp();
    const request = (path: string, values: Record<string, string>) =>
      limited.request(path, { method: "POST", headers: office.session.postHeaders, body: new URLSearchParams(values) });
    await request(paths.paperLineDelete, { sheet: "3", line: "7" });

    const correction = await request(paths.paperLine, paperLineForm({ givenNames: "Getippt", sheet: "3", line: "7" }));
    expect(correction.status).toBe(429);
    expect(correction.headers.get("retry-after")).toBe("60");
    const correctionHtml = await correction.text();
    expect(correctionHtml).toContain("Nichts geändert, weil in kurzer Zeit zu viele Anfragen kamen.");
    expect(correctionHtml).toMatch(/<input id="line-givenNames"[^>]*value="Getippt"/);
    expect(correctionHtml).toContain("Blatt 3, Zeile 7: gültig");
    expect(correctionHtml).toContain('class="staff-navigation"');

    for (const path of [paths.paperLineDelete, paths.paperLineWithdraw]) {
      const response = await request(path, { sheet: "3", line: "7", bestaetigt: "ja" });
      expect(response.status).toBe(429);
      const html = await response.text();
      expect(html).toContain("Nichts geändert, weil in kurzer Zeit zu viele Anfragen kamen.");
      expect(html).toContain("Blatt 3, Zeile 7: gültig");
    }
    expect((await petitionTally(deps.database, petition.id)).valid.paper).toBe(1);
  });
});
