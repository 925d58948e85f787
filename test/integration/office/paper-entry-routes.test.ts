import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { createLogger } from "../../../src/log";
import { officePaths } from "../../../src/office/office-paths";
import { MAX_PAPER_IMPORT_BYTES } from "../../../src/office/review-routes";
import { decideSignature } from "../../../src/review/decide-signature";
import { petitionTally } from "../../../src/review/petition-tally";
import { verifySignatureLog } from "../../../src/signature-log/verify-signature-log";
import { signPetition } from "../../../src/signing/sign-petition";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { paperLineForm } from "../../helpers/review";
import { residentNamed } from "../../helpers/signature-log";
import { createSignedInStaff } from "../../helpers/staff";

let deps: AppDeps;
let app: ReturnType<typeof createApp>;
const logLines: string[] = [];

beforeAll(async () => {
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      logLines.push(String(chunk));
      callback();
    },
  });
  deps = await createTestDeps({ logger: createLogger("info", destination) });
  app = createApp(deps);
});

afterAll(async () => {
  await deps.database.close();
});

async function setUp() {
  const petition = await createTestPetition(deps.database, { now: deps.clock.now(), serverSecret: deps.serverSecret });
  const office = await createSignedInStaff(deps, { role: "election_office" });
  return { petition, office, paths: officePaths(petition.id) };
}

function formBody(values: Record<string, string>): URLSearchParams {
  return new URLSearchParams(values);
}

describe("paper entry page", () => {
  it("shows the form with focus on the first field", async () => {
    const { office, paths } = await setUp();

    const response = await app.request(`${paths.paper}?bogen=4&zeile=2`, { headers: { Cookie: office.session.cookie } });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Papierlisten erfassen");
    expect(html).toMatch(/<input id="paper-familyName"[^>]*autofocus/);
    expect(html).toMatch(/<input id="paper-sheet"[^>]*value="4"/);
    expect(html).toMatch(/<input id="paper-line"[^>]*value="2"/);
    expect(html).toContain(`value="${office.session.csrfToken}"`);
  });

  it("saves a line, keeps the sheet and advances the line", async () => {
    const { petition, office, paths } = await setUp();

    const response = await app.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm()) });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Blatt 3, Zeile 7: gespeichert, gültig.");
    expect(html).toContain("Das Ergebnis wurde aus dem Geburtsdatum abgeleitet.");
    expect(html).toMatch(/<input id="paper-sheet"[^>]*value="3"/);
    expect(html).toMatch(/<input id="paper-line"[^>]*value="8"/);
    expect(html).toMatch(/<input id="paper-familyName"[^>]*value=""[^>]*autofocus/);
    expect((await petitionTally(deps.database, petition.id)).confirmed.paper).toBe(1);
  });

  it("derives under age and shows the reason", async () => {
    const { petition, office, paths } = await setUp();

    const response = await app.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm({ birthDate: "01.01.2012" })) });

    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Blatt 3, Zeile 7: gespeichert, ungültig (Mindestalter nicht erreicht).");
    expect((await petitionTally(deps.database, petition.id)).invalidByReason.under_age.paper).toBe(1);
  });

  it("says a paper line replaced online support", async () => {
    const petition = await createTestPetition(deps.database, { now: deps.clock.now(), serverSecret: deps.serverSecret, signatureKinds: ["paper"] });
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const ctx = { database: deps.database, serverSecret: deps.serverSecret, officeEvidenceKey: deps.officeEvidenceKey, clock: deps.clock, log: createLogger("silent") };
    const identity = residentNamed("Jürgen Maria", { familyName: "Größer-Weiß", birthDate: "1975-03-12", placeOfBirth: "Görlitz" });
    expect((await signPetition(ctx, { petition, identity, channel: "wallet", credentialType: "urn:eudi:pid:de:1" })).ok).toBe(true);

    const response = await app.request(officePaths(petition.id).paper, {
      method: "POST",
      headers: office.session.postHeaders,
      body: formBody(paperLineForm({ familyName: "Größer-Weiß", givenNames: "Jürgen Maria" })),
    });

    expect(response.status).toBe(200);
    expect(await response.text()).toContain("gespeichert, gültig. Die Online-Unterstützung dieser Person (Wallet) ist damit ersetzt, weil hier nur Unterschriften auf Papier zählen.");
  });

  it("shows the wallet signature behind a duplicate line", async () => {
    const { petition, office, paths } = await setUp();
    const ctx = { database: deps.database, serverSecret: deps.serverSecret, officeEvidenceKey: deps.officeEvidenceKey, clock: deps.clock, log: createLogger("silent") };
    await signPetition(ctx, {
      petition,
      identity: residentNamed("Jürgen Maria", { familyName: "Größer-Weiß", birthDate: "1975-03-12", placeOfBirth: "Görlitz" }),
      channel: "wallet",
      credentialType: "urn:eudi:pid:de:1",
    });

    const response = await app.request(paths.paper, {
      method: "POST",
      headers: office.session.postHeaders,
      body: formBody(paperLineForm({ familyName: "GRÖSSER – WEISS", givenNames: "Juergen  Maria" })),
    });

    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Diese Person hat schon unterschrieben (Wallet).");
    const tally = await petitionTally(deps.database, petition.id);
    expect(tally.duplicateAttempts.paper).toBe(1);
    expect(tally.signatures.total).toBe(1);
    expect((await verifySignatureLog(deps.database, petition.id)).ok).toBe(true);
  });

  it("names invalid earlier signature", async () => {
    const { petition, office, paths } = await setUp();
    const ctx = { database: deps.database, serverSecret: deps.serverSecret, officeEvidenceKey: deps.officeEvidenceKey, clock: deps.clock, log: createLogger("silent") };
    const identity = residentNamed("Jürgen Maria", { familyName: "Größer-Weiß", birthDate: "1975-03-12", placeOfBirth: "Görlitz" });
    expect((await signPetition(ctx, { petition, identity, channel: "passkey" })).ok).toBe(true);
    const [signature] = await deps.database.rows<{ id: number; status: "proven" | "provisional" }>("select id, status from signatures where petition_id = $1", [petition.id]);
    const decided = await decideSignature(ctx, {
      petitionId: petition.id,
      signatureId: Number(signature!.id),
      expected: { status: signature!.status, reason: null },
      decision: { kind: "invalidate", reason: "no_main_residence" },
      staffId: office.id,
    });
    expect(decided.ok).toBe(true);

    const response = await app.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm()) });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Diese Person hat schon unterschrieben (Passkey), und das Wahlamt hat diese Unterschrift für ungültig erklärt (kein Hauptwohnsitz in der Gemeinde).");
    expect(html).toContain("Die Zeile zählt nicht und ist als doppelte Zeile vermerkt.");
    const english = await app.request(`${paths.paper}?lang=en`, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm({ line: "8" })) });
    expect(await english.text()).toContain("the election office declared that signature invalid (no main residence in the municipality)");
  });

  it("answers 422 with the values kept", async () => {
    const { office, paths } = await setUp();

    const response = await app.request(paths.paper, {
      method: "POST",
      headers: office.session.postHeaders,
      body: formBody(paperLineForm({ placeOfBirth: "", birthDate: "32.01.1980" })),
    });

    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toMatch(/<title>Fehler: /);
    expect(html).toContain("Geburtsdatum: Das ist kein gültiges Datum.");
    expect(html).toContain("Geburtsort laut Melderegister: Das Feld ist leer.");
    expect(html).toMatch(/<input id="paper-familyName"[^>]*value="Größer-Weiß"/);
    expect(html).not.toMatch(/<input id="paper-familyName"[^>]*autofocus/);
    expect(html).toMatch(/<input id="paper-birthDate"[^>]*aria-describedby="[^"]*paper-birthDate-error[^"]*"[^>]*aria-invalid="true"[^>]*autofocus/);
    expect(html).not.toMatch(/<input id="paper-placeOfBirth"[^>]*autofocus/);
    expect(html).not.toMatch(/class="error-summary"[^>]*autofocus/);
  });

  it("focuses the outcome when only it is wrong", async () => {
    const { office, paths } = await setUp();

    const response = await app.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm({ outcome: "egal" })) });

    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(/<select id="paper-outcome"[^>]*autofocus/);
  });

  it.each([
    [{ birthDate: "24.12.1899" }, "Geburtsdatum: Das Geburtsdatum liegt vor dem 01.01.1900."],
    [{ birthDate: "12.03.1975", signedOn: "11.03.1975" }, "Datum der Unterschrift (falls nötig): Das Datum der Unterschrift liegt vor dem Geburtsdatum."],
    [{ sheet: "" }, "Blatt: Die Blatt-Nummer fehlt."],
    [{ line: "" }, "Zeile: Die Zeilennummer fehlt."],
  ])("answers 422 for %j", async (overrides, message) => {
    const { office, paths } = await setUp();

    const response = await app.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm(overrides)) });

    expect(response.status).toBe(422);
    expect(await response.text()).toContain(message);
  });

  it("starts the next sheet after line 10", async () => {
    const { office, paths } = await setUp();

    const response = await app.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm({ sheet: "12", line: "10" })) });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Blatt 12, Zeile 10: gespeichert, gültig.");
    expect(html).toMatch(/<input id="paper-sheet"[^>]*value="13"/);
    expect(html).toMatch(/<input id="paper-line"[^>]*value="1"/);
  });

  it("answers 422 for line 11", async () => {
    const { office, paths } = await setUp();

    const response = await app.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm({ line: "11" })) });

    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("Geben Sie die Zeile als ganze Zahl von 1 bis 10 ein. Jedes Blatt der amtlichen Liste hat 10 Zeilen.");
    expect(html).toContain("Nach Zeile 10, der letzten eines Blatts, geht es mit Zeile 1 des nächsten Blatts weiter.");
  });

  it("answers 422 for a sheet never issued", async () => {
    const { petition, office, paths } = await setUp();
    await deps.database.rows("insert into paper_sheet_issues (petition_id, first_sheet, last_sheet, issued_at) values ($1, 1, 20, $2)", [
      petition.id,
      deps.clock.now().toISOString(),
    ]);

    const outside = await app.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm({ sheet: "21" })) });
    expect(outside.status).toBe(422);
    const outsideHtml = await outside.text();
    expect(outsideHtml).toContain("Dieses Blatt wurde nie ausgegeben.");
    expect(outsideHtml).toMatch(/<input id="paper-sheet"[^>]*value="21"/);

    const inside = await app.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm({ sheet: "20" })) });
    expect(inside.status).toBe(200);
    expect(await inside.text()).not.toContain("keine Unterschriftenlisten ausgegeben");
  });

  it("warns when no sheets were issued", async () => {
    const { office, paths } = await setUp();

    const response = await app.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm({ sheet: "500" })) });

    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Für dieses Bürgerbegehren wurden keine Unterschriftenlisten ausgegeben, deshalb ist die Blatt-Nummer nicht geprüft.");
  });

  it("asks for the signing date when needed", async () => {
    const { office, paths } = await setUp();

    const response = await app.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm({ birthDate: "10.03.2008" })) });

    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Geben Sie das Datum der Unterschrift von der Liste ein");
  });

  it("answers 409 for a line entered before", async () => {
    const { petition, office, paths } = await setUp();
    await app.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm()) });

    const response = await app.request(paths.paper, {
      method: "POST",
      headers: office.session.postHeaders,
      body: formBody(paperLineForm({ givenNames: "Jemand Anderes" })),
    });

    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Blatt 3, Zeile 7 ist schon erfasst.");
    expect((await petitionTally(deps.database, petition.id)).signatures.total).toBe(1);
  });

  it("answers 409 for a petition not open for review", async () => {
    const { petition, office, paths } = await setUp();
    await deps.database.rows("update petitions set status = 'draft' where id = $1", [petition.id]);

    const page = await app.request(paths.paper, { headers: { Cookie: office.session.cookie } });

    expect(page.status).toBe(404);
  });

  it("refuses paper lines where only online signatures count", async () => {
    const { petition, office, paths } = await setUp();
    await deps.database.rows(`update petitions set signature_kinds = '["online"]'::jsonb where id = $1`, [petition.id]);
    const form = await app.request(paths.paper, { headers: { Cookie: office.session.cookie } });
    const post = await app.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm()) });
    const page = await app.request(paths.petition, { headers: { Cookie: office.session.cookie } });

    expect(form.status).toBe(409);
    expect(await form.text()).toContain("Papierunterschriften zählen hier nicht");
    expect(post.status).toBe(409);
    expect((await petitionTally(deps.database, petition.id)).valid.paper).toBe(0);
    expect(await page.text()).not.toContain(paths.paperImport);
  });

  it("answers 409 once admissibility is decided", async () => {
    const { petition, office, paths } = await setUp();
    await deps.database.rows("update petitions set status = 'decided' where id = $1", [petition.id]);

    const page = await app.request(paths.paper, { headers: { Cookie: office.session.cookie } });
    const save = await app.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm()) });

    expect(page.status).toBe(409);
    expect(await page.text()).toContain("Nicht in Prüfung");
    expect(save.status).toBe(409);
  });

  it("logs no personal data", async () => {
    const { office, paths } = await setUp();
    const before = logLines.length;

    await app.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm({ sheet: "77" })) });

    const written = logLines.slice(before).join("");
    expect(written).toContain("paper_lines.entered");
    expect(written).not.toMatch(/Größer|Groesser|Jürgen|1975|Görlitz|Hauptstraße/);
  });

  it("speaks English", async () => {
    const { office, paths } = await setUp();

    const response = await app.request(`${paths.paper}?lang=en`, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm({ sheet: "5" })) });

    expect(await response.text()).toContain("sheet 5, line 7: saved, valid.");
  });
});

describe("paper import", () => {
  function upload(paths: ReturnType<typeof officePaths>, headers: Record<string, string>, content: string | Uint8Array) {
    const form = new FormData();
    form.set("datei", new File([content], "papier.csv", { type: "text/csv" }));
    return app.request(paths.paperImport, { method: "POST", headers, body: form });
  }

  const HEADER = "familienname;vornamen;geburtsdatum;geburtsort;anschrift;blatt;zeile;ergebnis";

  it("explains the all-or-nothing rule", async () => {
    const { office, paths } = await setUp();

    const html = await (await app.request(paths.paperImport, { headers: { Cookie: office.session.cookie } })).text();

    expect(html).toContain("Die Datei wird ganz oder gar nicht übernommen");
    expect(html).toContain('enctype="multipart/form-data"');
  });

  it("stores every line and lists duplicates", async () => {
    const { petition, office, paths } = await setUp();
    const text = [HEADER, "Weiß;Anna;17.05.1980;Dresden;Markt 1;1;1;", "Weiss;Anna;1980-05-17;Dresden;Markt 1;1;2;", ";;;;;1;3;unleserlich", "Klein;Tom;01.01.2012;Dresden;Markt 2;1;4;"].join("\n");

    const response = await upload(paths, office.session.postHeaders, text);

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("4 Zeilen gespeichert");
    expect(html).toContain("gültig: 1");
    expect(html).toContain("ungültig: 2");
    expect(html).toContain("doppelt, zählen nicht: 1");
    expect(html).toContain("Zeile 3 (Blatt 1, Zeile 2): schon unterschrieben, Papier, Blatt 1, Zeile 1");
    const tally = await petitionTally(deps.database, petition.id);
    expect(tally.signatures.paper).toBe(3);
    expect(tally.duplicateAttempts.paper).toBe(1);
  });

  it("names the reason when a duplicate repeats an invalid line", async () => {
    const { office, paths } = await setUp();
    const text = [HEADER, "Weiß;Anna;17.05.1980;Dresden;Markt 1;1;1;kein_hauptwohnsitz", "Weiss;Anna;1980-05-17;Dresden;Markt 1;1;2;"].join("\n");

    const html = await (await upload(paths, office.session.postHeaders, text)).text();

    expect(html).toContain("Zeile 3 (Blatt 1, Zeile 2): schon unterschrieben, Papier, Blatt 1, Zeile 1; diese Unterschrift hat das Wahlamt für ungültig erklärt (kein Hauptwohnsitz in der Gemeinde)");
  });

  it("stores nothing when a line is bad", async () => {
    const { petition, office, paths } = await setUp();
    const text = [HEADER, "Weiß;Anna;17.05.1980;Dresden;Markt 1;1;1;", "Weiß;Berta;17.13.1980;Dresden;Markt 1;1;2;", "Weiß;Clara;17.05.1980;Dresden;Markt 1;1;3;;zu viel"].join("\n");

    const response = await upload(paths, office.session.postHeaders, text);

    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("Nichts gespeichert: 2 Fehler in der Datei");
    expect(html).toContain("Zeile 3, Spalte geburtsdatum: Das ist kein gültiges Datum.");
    expect(html).toContain("Zeile 4: Die Zeile hat 9 statt 8 Spalten.");
    expect((await petitionTally(deps.database, petition.id)).signatures.total).toBe(0);
  });

  it("answers 409 when the file was imported before", async () => {
    const { petition, office, paths } = await setUp();
    const text = [HEADER, "Weiß;Anna;17.05.1980;Dresden;Markt 1;2;1;", "Weiß;Berta;17.05.1980;Dresden;Markt 1;2;2;"].join("\n");
    await upload(paths, office.session.postHeaders, text);

    const again = await upload(paths, office.session.postHeaders, text);

    expect(again.status).toBe(409);
    const html = await again.text();
    expect(html).toContain("Nichts gespeichert: Diese Zeilen der Listen sind schon erfasst");
    expect(html).toContain("Blatt 2, Zeile 2");
    expect((await petitionTally(deps.database, petition.id)).signatures.total).toBe(2);
  });

  it("names the comma of a comma-separated line", async () => {
    const { office, paths } = await setUp();
    const text = [HEADER.replaceAll(";", ","), "Weiß,Anna,17.05.1980,Dresden,Markt 1, 01067 Dresden,1,1,"].join("\n");

    const response = await upload(paths, office.session.postHeaders, text);

    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Zeile 2: Die Zeile hat 9 statt 8 Spalten. Prüfen Sie die Kommas. Ein Komma im Text muss in Anführungszeichen stehen");
  });

  it("explains UTF-16 without BOM", async () => {
    const { office, paths } = await setUp();
    const text = [HEADER, "Weiß;Anna;17.05.1980;Dresden;Markt 1;1;1;"].join("\r\n");
    const utf16 = new Uint8Array([...text].flatMap((character) => [character.charCodeAt(0) & 0xff, character.charCodeAt(0) >> 8]));

    const response = await upload(paths, office.session.postHeaders, utf16);

    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Die Datei ist in UTF-16 ohne Byte-Order-Mark gespeichert");
  });

  it("rejects a wrong header with 422", async () => {
    const { office, paths } = await setUp();

    const response = await upload(paths, office.session.postHeaders, "name;vorname\nA;B\n");

    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Die Spalte „name“ ist unbekannt.");
  });

  it("rejects a missing file with 422", async () => {
    const { office, paths } = await setUp();

    const response = await app.request(paths.paperImport, { method: "POST", headers: office.session.postHeaders, body: new FormData() });

    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Wählen Sie eine CSV-Datei aus.");
  });

  it("rejects a file over the limit with 413", async () => {
    const { office, paths } = await setUp();

    const response = await upload(paths, office.session.postHeaders, new Uint8Array(MAX_PAPER_IMPORT_BYTES + 1).fill(0x41));

    expect(response.status).toBe(413);
    expect(await response.text()).toContain(`Erlaubt sind höchstens ${MAX_PAPER_IMPORT_BYTES / (1024 * 1024)} MB.`);
  });

  it("names the limit of an oversize entry form", async () => {
    const { office, paths } = await setUp();

    const response = await app.request(paths.paper, {
      method: "POST",
      headers: office.session.postHeaders,
      body: formBody(paperLineForm({ address: "x".repeat(70 * 1024) })),
    });

    expect(response.status).toBe(413);
    expect(await response.text()).toContain("Erlaubt sind höchstens 64 KB.");
  });

  it("keeps the staff navigation on a declared oversize upload", async () => {
    const { office, paths } = await setUp();
    const body = `--grenze\r\nContent-Disposition: form-data; name="datei"; filename="papier.csv"\r\n\r\n${"A".repeat(MAX_PAPER_IMPORT_BYTES)}\r\n--grenze--\r\n`;

    const response = await app.request(paths.paperImport, {
      method: "POST",
      headers: { ...office.session.postHeaders, "Content-Type": "multipart/form-data; boundary=grenze", "Content-Length": String(Buffer.byteLength(body)) },
      body,
    });

    expect(response.status).toBe(413);
    const html = await response.text();
    expect(html).toContain(`Erlaubt sind höchstens ${MAX_PAPER_IMPORT_BYTES / (1024 * 1024)} MB.`);
    expect(html).toContain('class="staff-navigation"');
  });
});

describe("paper entry over the rate limit", () => {
  it("keeps the line and the staff navigation", async () => {
    const limited = createApp({ ...deps, config: { ...deps.config, rateLimits: { ...deps.config.rateLimits, other: { requests: 2, windowSeconds: 60 } } } });
    const { petition, office, paths } = await setUp();
    const post = (line: string) =>
      limited.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: formBody(paperLineForm({ familyName: `Zeile${line}`, line })) });
    await post("1");
    await post("2");

    const response = await post("3");

    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("60");
    const html = await response.text();
    expect(html).toContain("Die Zeile wurde nicht gespeichert, weil in kurzer Zeit zu viele Anfragen kamen.");
    expect(html).toContain("Speichern Sie die Zeile in einer Minute erneut.");
    expect(html).toMatch(/<input id="paper-familyName"[^>]*value="Zeile3"/);
    expect(html).toMatch(/<input id="paper-line"[^>]*value="3"/);
    expect(html).toContain('class="staff-navigation"');
    expect((await petitionTally(deps.database, petition.id)).confirmed.paper).toBe(2);
  });

  it("shows the staff navigation on other staff pages", async () => {
    const limited = createApp({ ...deps, config: { ...deps.config, rateLimits: { ...deps.config.rateLimits, other: { requests: 1, windowSeconds: 60 } } } });
    const { office, paths } = await setUp();
    await limited.request(paths.paperImport, { method: "POST", headers: office.session.postHeaders, body: new FormData() });

    const response = await limited.request(paths.paperImport, { method: "POST", headers: office.session.postHeaders, body: new FormData() });

    expect(response.status).toBe(429);
    const html = await response.text();
    expect(html).toContain("Zu viele Versuche");
    expect(html).toContain('class="staff-navigation"');
  });
});

