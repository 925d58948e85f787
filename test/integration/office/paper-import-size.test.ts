import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { createLogger } from "../../../src/log";
import { officePaths } from "../../../src/office/office-paths";
import { petitionTally } from "../../../src/review/petition-tally";
import { verifySignatureLog } from "../../../src/signature-log/verify-signature-log";
import { signPetition } from "../../../src/signing/sign-petition";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { residentNamed } from "../../helpers/signature-log";
import { createSignedInStaff } from "../../helpers/staff";

const HEADER = "familienname;vornamen;geburtsdatum;geburtsort;anschrift;blatt;zeile";
const LINES_PER_SHEET = 10;

let deps: AppDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  deps = await createTestDeps();
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

function upload(setup: Awaited<ReturnType<typeof setUp>>, text: string) {
  const form = new FormData();
  form.set("datei", new File([text], "papier.csv", { type: "text/csv" }));
  return app.request(setup.paths.paperImport, { method: "POST", headers: setup.office.session.postHeaders, body: form });
}

/** CSV line number `index` (from 0) of a file of different adults, ten to a sheet. */
function personLine(index: number, givenNames = `Person ${index}`): string {
  return `Musterfrau;${givenNames};17.05.1980;Dresden;Markt 1;${Math.floor(index / LINES_PER_SHEET) + 1};${(index % LINES_PER_SHEET) + 1}`;
}

describe("paper import of large files", () => {
  it("stores a thousand lines with their duplicates", { timeout: 120_000 }, async () => {
    const setup = await setUp();
    const ctx = { database: deps.database, serverSecret: deps.serverSecret, officeEvidenceKey: deps.officeEvidenceKey, clock: deps.clock, log: createLogger("silent") };
    await signPetition(ctx, { petition: setup.petition, identity: residentNamed("Person 7"), channel: "passkey" });
    // Lines 100 to 104 repeat the people of lines 0 to 4.
    const lines = Array.from({ length: 1000 }, (_, index) => personLine(index, index >= 100 && index < 105 ? `Person ${index - 100}` : undefined));

    const response = await upload(setup, [HEADER, ...lines].join("\n"));

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("1.000 Zeilen gespeichert");
    expect(html).toContain("doppelt, zählen nicht: 6");
    expect(html).toContain("Zeile 102 (Blatt 11, Zeile 1): schon unterschrieben, Papier, Blatt 1, Zeile 1");
    expect(html).toContain("Zeile 9 (Blatt 1, Zeile 8): schon unterschrieben, Passkey");
    const tally = await petitionTally(deps.database, setup.petition.id);
    expect(tally.valid.paper).toBe(994);
    expect(tally.duplicateAttempts.total).toBe(6);
    expect((await verifySignatureLog(deps.database, setup.petition.id)).problems).toEqual([]);
  });

  it("lists the first 50 problems of a bad file", { timeout: 120_000 }, async () => {
    const setup = await setUp();
    const lines = Array.from({ length: 2000 }, (_, index) => personLine(index).replace("17.05.1980", "31.02.1980"));

    const response = await upload(setup, [HEADER, ...lines].join("\n"));

    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("Nichts gespeichert: 2.000 Fehler in der Datei");
    expect(html).toContain("Zeile 51, Spalte geburtsdatum");
    expect(html).not.toContain("Zeile 52, Spalte geburtsdatum");
    expect(html).toContain("und 1.950 weitere Fehler");
    expect(html).toContain("Fehler je Spalte: geburtsdatum: 2.000.");
    expect(html.length).toBeLessThan(40_000);
    expect((await petitionTally(deps.database, setup.petition.id)).signatures.total).toBe(0);
  });
});
