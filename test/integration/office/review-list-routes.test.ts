import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { createLogger } from "../../../src/log";
import { officePaths } from "../../../src/office/office-paths";
import { petitionTally } from "../../../src/review/petition-tally";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { verifySignatureLog } from "../../../src/signature-log/verify-signature-log";
import { signPetition } from "../../../src/signing/sign-petition";
import { workspacePaths } from "../../../src/workspace/workspace-paths";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { validPaperLine } from "../../helpers/review";
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

/** Create a petition with one provisional wallet signature and one proven passkey signature, and an office member. */
async function setUp() {
  const petition = await createTestPetition(deps.database, { now: deps.clock.now(), serverSecret: deps.serverSecret });
  const ctx = { database: deps.database, serverSecret: deps.serverSecret, officeEvidenceKey: deps.officeEvidenceKey, clock: deps.clock, log: createLogger("silent") };
  await signPetition(ctx, { petition, identity: residentNamed("Offen", { mainResidenceSince: undefined }), channel: "wallet", credentialType: "urn:eudi:pid:de:1" });
  await signPetition(ctx, { petition, identity: residentNamed("Belegt", { familyName: "Beispiel" }), channel: "passkey" });
  const rows = await deps.database.rows<{ id: string; status: string }>("select id, status from signatures where petition_id = $1", [petition.id]);
  const idOf = (status: string) => Number(rows.find((row) => row.status === status)!.id);
  const office = await createSignedInStaff(deps, { role: "election_office" });
  return { petition, office, paths: officePaths(petition.id), provisionalId: idOf("provisional"), provenId: idOf("proven") };
}

/** Follow a redirect with the session cookie and the cookies the redirect set, as a browser does. */
function follow(response: Response, sessionCookie: string) {
  const setCookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  return app.request(response.headers.get("location") ?? "", { headers: { Cookie: [sessionCookie, ...setCookies].join("; ") } });
}

function decide(path: string, headers: Record<string, string>, values: Record<string, string>) {
  return app.request(path, { method: "POST", headers, body: new URLSearchParams({ expectedReason: "", auswahl: "offen", ...values }) });
}

describe("review list", () => {
  it("lists provisional signatures without personal data", async () => {
    const { office, paths, provisionalId, provenId } = await setUp();

    const response = await app.request(paths.review, { headers: { Cookie: office.session.cookie } });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`U-${provisionalId}`);
    expect(html).not.toContain(`U-${provenId}`);
    expect(html).toContain("<caption>1 Unterschrift</caption>");
    expect(html).toContain("Wohndauer");
    expect(html).toContain('Deutscher Personalausweis-Nachweis (PID) <span class="field-hint">(<code>urn:eudi:pid:de:1</code>)</span>');
    expect(html).not.toContain("Musterfrau");
  });

  it("names the credential type in English", async () => {
    const { office, paths } = await setUp();

    const html = await (await app.request(`${paths.review}?lang=en`, { headers: { Cookie: office.session.cookie } })).text();

    expect(html).toContain("German identity card credential (PID)");
  });

  it("lists duplicate paper lines", async () => {
    const { petition, office, paths } = await setUp();
    const ctx = { database: deps.database, serverSecret: deps.serverSecret, clock: deps.clock, log: createLogger("silent") };
    await recordPaperLines(ctx, { petitionId: petition.id, staffId: office.id, lines: [validPaperLine(residentNamed("Belegt", { familyName: "Beispiel" }), 6, 9)] });

    const html = await (await app.request(paths.review, { headers: { Cookie: office.session.cookie } })).text();

    expect(html).toContain("Blatt 6, Zeile 9: schon unterschrieben (Passkey), zählt nicht");
  });

  it("shows every signature on request", async () => {
    const { office, paths, provenId } = await setUp();

    const html = await (await app.request(`${paths.review}?auswahl=alle`, { headers: { Cookie: office.session.cookie } })).text();

    expect(html).toContain(`U-${provenId}`);
    expect(html).toContain("<caption>2 Unterschriften</caption>");
  });

  it("confirms and redirects to the row", async () => {
    const { petition, office, paths, provisionalId } = await setUp();

    const response = await decide(paths.decide(provisionalId), office.session.postHeaders, { decision: "confirm", expectedStatus: "provisional" });

    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    expect(location).toBe(`${paths.review}?auswahl=offen#u-${provisionalId}`);
    const page = await (await follow(response, office.session.cookie)).text();
    expect(page).toContain(`U-${provisionalId} ist jetzt bestätigt.`);
    expect((await petitionTally(deps.database, petition.id)).confirmed.wallet).toBe(1);
    expect((await verifySignatureLog(deps.database, petition.id)).ok).toBe(true);
  });

  it("invalidates a proven signature with a reason", async () => {
    const { petition, office, paths, provenId } = await setUp();

    const response = await decide(paths.decide(provenId), office.session.postHeaders, { decision: "invalidate", reason: "no_main_residence", expectedStatus: "proven" });

    expect(response.status).toBe(303);
    expect((await petitionTally(deps.database, petition.id)).invalidByReason.no_main_residence.passkey).toBe(1);
  });

  it("answers 409 to the second official", async () => {
    const { office, paths, provisionalId } = await setUp();
    const other = await createSignedInStaff(deps, { role: "admin" });
    await decide(paths.decide(provisionalId), office.session.postHeaders, { decision: "confirm", expectedStatus: "provisional" });

    const response = await decide(paths.decide(provisionalId), other.session.postHeaders, { decision: "invalidate", reason: "under_age", expectedStatus: "provisional" });

    expect(response.status).toBe(409);
    expect(await response.text()).toContain(`U-${provisionalId} wurde inzwischen von jemand anderem entschieden und ist jetzt bestätigt.`);
  });

  it("shows the notice once", async () => {
    const { office, paths, provisionalId } = await setUp();
    const response = await decide(paths.decide(provisionalId), office.session.postHeaders, { decision: "confirm", expectedStatus: "provisional" });
    const flash = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);

    const first = await (await follow(response, office.session.cookie)).text();
    const onAnotherPetition = await app.request(officePaths((await setUp()).petition.id).review, {
      headers: { Cookie: [office.session.cookie, ...flash].join("; ") },
    });

    expect(first).toContain(`U-${provisionalId} ist jetzt bestätigt.`);
    expect(await onAnotherPetition.text()).not.toContain("ist jetzt bestätigt");
  });

  it("ignores a notice in the query", async () => {
    const { office, paths, provisionalId } = await setUp();

    const response = await app.request(`${paths.review}?entschieden=${provisionalId}&status=invalid&verschieden=1-2`, { headers: { Cookie: office.session.cookie } });

    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).not.toContain("ist jetzt ungültig");
    expect(html).not.toContain("verschiedene Personen vermerkt");
  });

  it("names a repeated invalidation as done", async () => {
    const { office, paths, provenId } = await setUp();
    const values = { decision: "invalidate", reason: "no_main_residence", expectedStatus: "proven" };
    await decide(paths.decide(provenId), office.session.postHeaders, values);

    const response = await decide(paths.decide(provenId), office.session.postHeaders, values);

    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain(`U-${provenId} ist bereits für ungültig erklärt, Grund: kein Hauptwohnsitz in der Gemeinde. Es wurde nichts geändert.`);
    expect(html).toContain("Zum Berichtigen wählen Sie „Alle Unterschriften“");
    expect(html).not.toContain("jemand anderem");
  });

  it("names a repeated confirmation as done", async () => {
    const { office, paths, provisionalId } = await setUp();
    const values = { decision: "confirm", expectedStatus: "provisional" };
    await decide(paths.decide(provisionalId), office.session.postHeaders, values);

    const response = await decide(paths.decide(provisionalId), office.session.postHeaders, values);

    expect(response.status).toBe(409);
    expect(await response.text()).toContain(`U-${provisionalId} ist bereits bestätigt. Es wurde nichts geändert.`);
  });

  it("answers 422 without a reason", async () => {
    const { office, paths, provisionalId } = await setUp();

    const response = await decide(paths.decide(provisionalId), office.session.postHeaders, { decision: "invalidate", reason: "", expectedStatus: "provisional" });

    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Wählen Sie einen Grund");
  });

  it("answers 422 to an unknown decision", async () => {
    const { office, paths, provisionalId } = await setUp();

    const response = await decide(paths.decide(provisionalId), office.session.postHeaders, { decision: "vielleicht", expectedStatus: "provisional" });

    expect(response.status).toBe(422);
  });

  it("answers 409 to confirming a proven signature", async () => {
    const { office, paths, provenId } = await setUp();

    const response = await decide(paths.decide(provenId), office.session.postHeaders, { decision: "confirm", expectedStatus: "proven" });

    expect(response.status).toBe(409);
    expect(await response.text()).toContain("diese Entscheidung ist dafür nicht möglich");
  });

  it("answers 404 for unknown signatures", async () => {
    const { office, paths } = await setUp();

    const unknown = await decide(paths.decide(999_999_999), office.session.postHeaders, { decision: "confirm", expectedStatus: "provisional" });
    const malformed = await decide(`${paths.review}/abc`, office.session.postHeaders, { decision: "confirm", expectedStatus: "provisional" });

    expect(unknown.status).toBe(404);
    expect(malformed.status).toBe(404);
  });

  it("rejects organisers with 403", async () => {
    const { petition, paths, provisionalId } = await setUp();
    const organiser = await createSignedInStaff(deps, { role: "organiser", teamPetitionIds: [petition.id] });

    const response = await decide(paths.decide(provisionalId), organiser.session.postHeaders, { decision: "confirm", expectedStatus: "provisional" });

    expect(response.status).toBe(403);
  });

  it("shows review counts on the dashboard", async () => {
    const { petition, office, paths, provenId } = await setUp();
    await decide(paths.decide(provenId), office.session.postHeaders, { decision: "invalidate", reason: "under_age", expectedStatus: "proven" });
    const organiser = await createSignedInStaff(deps, { role: "organiser", teamPetitionIds: [petition.id] });

    const html = await (await app.request(workspacePaths(petition.id).overview, { headers: { Cookie: organiser.session.cookie } })).text();

    expect(html).toContain("Prüfung durch das Wahlamt");
    expect(html).toMatch(/data-tally="invalid-under_age"><th[^>]*>davon Mindestalter nicht erreicht<\/th><td>0<\/td><td>1<\/td>/);
    expect(html).not.toContain("Musterfrau");
  });

  it("shows the tally on the office page", async () => {
    const { office, paths } = await setUp();

    const html = await (await app.request(paths.petition, { headers: { Cookie: office.session.cookie } })).text();

    expect(html).toContain("Auszählung");
    expect(html).toMatch(/data-tally="provisional"><th[^>]*>vorläufig, noch zu prüfen<\/th><td>1<\/td><td>0<\/td><td>0<\/td><td>1<\/td>/);
    expect(html).toContain(`href="${paths.paper}"`);
    expect(html).toContain(`href="${paths.review}"`);
  });

  describe("possible duplicates", () => {
    /** Add a paper line with the provisional wallet signer's family name and birth date but another first name, so the two are a possible duplicate. */
    async function withPossibleDuplicate() {
      const setup = await setUp();
      const ctx = { database: deps.database, serverSecret: deps.serverSecret, clock: deps.clock, log: createLogger("silent") };
      await recordPaperLines(ctx, { petitionId: setup.petition.id, staffId: setup.office.id, lines: [validPaperLine(residentNamed("Offene"), 2, 5)] });
      const [paper] = await deps.database.rows<{ id: string }>("select id from signatures where petition_id = $1 and channel = 'paper'", [setup.petition.id]);
      return { ...setup, paperId: Number(paper!.id) };
    }

    it("lists only marked signatures with the filter", async () => {
      const { office, paths, provisionalId, provenId, paperId } = await withPossibleDuplicate();

      const html = await (await app.request(`${paths.review}?auswahl=doppelt`, { headers: { Cookie: office.session.cookie } })).text();

      expect(html).toContain(`<th scope="row">U-${provisionalId}</th>`);
      expect(html).toContain(`<th scope="row">U-${paperId}</th>`);
      expect(html).not.toContain(`<th scope="row">U-${provenId}</th>`);
      expect(html).toContain(`mit U-${paperId} (Papier, Blatt 2, Zeile 5)`);
      expect(html).toContain(`mit U-${provisionalId} (Wallet)`);
      expect(html).not.toContain("Musterfrau");
    });

    it("states open possible duplicates on the office page", async () => {
      const { office, paths } = await withPossibleDuplicate();

      const html = await (await app.request(paths.petition, { headers: { Cookie: office.session.cookie } })).text();

      expect(html).toContain('data-open-possible-duplicates="1"');
      expect(html).toContain("1 mögliche Doppelunterschrift ist noch zu klären.");
      expect(html).toContain(`href="${paths.review}?auswahl=doppelt"`);
    });

    it("marks different people and redirects", async () => {
      const { petition, office, paths, provisionalId, paperId } = await withPossibleDuplicate();

      const response = await app.request(paths.markDistinct(paperId), {
        method: "POST",
        headers: office.session.postHeaders,
        body: new URLSearchParams({ andere: String(provisionalId), auswahl: "doppelt" }),
      });

      expect(response.status).toBe(303);
      const location = response.headers.get("location") ?? "";
      expect(location).toBe(`${paths.review}?auswahl=doppelt#u-${paperId}`);
      const page = await (await follow(response, office.session.cookie)).text();
      expect(page).toContain(`U-${paperId} und U-${provisionalId} sind als verschiedene Personen vermerkt.`);
      expect(page).toContain("Keine Unterschriften in dieser Auswahl.");
      expect((await petitionTally(deps.database, petition.id)).openPossibleDuplicates).toBe(0);
    });

    it("answers 409 to marking a pair twice", async () => {
      const { office, paths, provisionalId, paperId } = await withPossibleDuplicate();
      const mark = () =>
        app.request(paths.markDistinct(paperId), {
          method: "POST",
          headers: office.session.postHeaders,
          body: new URLSearchParams({ andere: String(provisionalId), auswahl: "doppelt" }),
        });
      await mark();

      const response = await mark();

      expect(response.status).toBe(409);
      expect(await response.text()).toContain(`U-${paperId} und U-${provisionalId} sind bereits als verschiedene Personen vermerkt.`);
    });

    it("answers 422 to pairing a signature with itself", async () => {
      const { office, paths, paperId } = await withPossibleDuplicate();

      const response = await app.request(paths.markDistinct(paperId), {
        method: "POST",
        headers: office.session.postHeaders,
        body: new URLSearchParams({ andere: String(paperId), auswahl: "doppelt" }),
      });

      expect(response.status).toBe(422);
      const html = await response.text();
      expect(html).toContain(`U-${paperId} lässt sich nicht mit sich selbst als verschiedene Personen vermerken.`);
      expect(html).not.toContain("gibt es nicht mehr");
    });

    it("answers 404 to a malformed other signature", async () => {
      const { office, paths, paperId } = await withPossibleDuplicate();

      const response = await app.request(paths.markDistinct(paperId), { method: "POST", headers: office.session.postHeaders, body: new URLSearchParams({ andere: "x" }) });

      expect(response.status).toBe(404);
    });

    it("rejects organisers with 403", async () => {
      const { petition, paths, provisionalId, paperId } = await withPossibleDuplicate();
      const organiser = await createSignedInStaff(deps, { role: "organiser", teamPetitionIds: [petition.id] });

      const response = await app.request(paths.markDistinct(paperId), {
        method: "POST",
        headers: organiser.session.postHeaders,
        body: new URLSearchParams({ andere: String(provisionalId) }),
      });

      expect(response.status).toBe(403);
    });
  });
});
