import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { officePaths } from "../../../src/office/office-paths";
import { erasePetition } from "../../../src/privacy/erase-petition";
import { findErasure } from "../../../src/privacy/find-erasure";
import { createLogger } from "../../../src/log";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { signPetition } from "../../../src/signing/sign-petition";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { validPaperLine } from "../../helpers/review";
import { residentNamed, signContextFor, signForResidents } from "../../helpers/signature-log";
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

async function petitionWithSignatures(count: number) {
  const petition = await createTestPetition(deps.database, { now: deps.clock.now() });
  await signForResidents(signContextFor(deps.database, deps.clock), petition, count, "Wahlamtseite");
  return petition;
}

describe("office petition page", () => {
  it("shows counts, log head and the check button", async () => {
    const petition = await petitionWithSignatures(3);
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const response = await app.request(officePaths(petition.id).petition, { headers: { Cookie: office.session.cookie } });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(petition.title);
    expect(html).toContain("Unterschriftenprotokoll");
    expect(html).toContain("Protokoll jetzt prüfen");
    expect(html).toContain(`action="${officePaths(petition.id).verifyLog}"`);
    expect(html).toContain(`value="${office.session.csrfToken}"`);
  });

  it("shows quorum count of paper-only petition", async () => {
    const petition = await createTestPetition(deps.database, { now: deps.clock.now(), serverSecret: deps.serverSecret, signatureKinds: ["paper"], quorum: 5 });
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const log = createLogger("silent");
    const lines = [validPaperLine(residentNamed("Papier 1"), 1, 1), validPaperLine(residentNamed("Papier 2"), 1, 2)];
    expect((await recordPaperLines({ database: deps.database, serverSecret: deps.serverSecret, clock: deps.clock, log }, { petitionId: petition.id, staffId: office.id, lines })).ok).toBe(true);
    const signing = { database: deps.database, serverSecret: deps.serverSecret, officeEvidenceKey: deps.officeEvidenceKey, clock: deps.clock, log };
    expect((await signPetition(signing, { petition, identity: residentNamed("Online 1"), channel: "passkey" })).ok).toBe(true);

    const response = await app.request(officePaths(petition.id).petition, { headers: { Cookie: office.session.cookie } });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('data-toward-quorum="2"');
    expect(html).toContain("Für das Quorum zählen 2 von 5 nötigen Unterschriften.");
    expect(html).toContain("Wallet (zählt nicht)");
    expect(html).toContain("Passkey (zählt nicht)");
    expect(html).not.toContain("Papier (zählt nicht)");
    expect(html).toContain("zählen bei diesem Bürgerbegehren nicht für das Quorum");
    const english = await app.request(`${officePaths(petition.id).petition}?lang=en`, { headers: { Cookie: office.session.cookie } });
    expect(await english.text()).toContain("2 of the 5 signatures needed count toward the quorum.");
  });

  it("marks no channel when all count", async () => {
    const petition = await petitionWithSignatures(3);
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const html = await (await app.request(officePaths(petition.id).petition, { headers: { Cookie: office.session.cookie } })).text();

    expect(html).toContain("Für das Quorum zählen");
    expect(html).not.toContain("(zählt nicht)");
  });

  it("checks the log and shows the result as a page", async () => {
    const petition = await petitionWithSignatures(3);
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const response = await app.request(officePaths(petition.id).verifyLog, { method: "POST", headers: office.session.postHeaders });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<html");
    expect(html).toContain("Ergebnis: in Ordnung.");
    expect(html).toContain("Länge: 3 Einträge");
  });

  it("returns only the result to htmx", async () => {
    const petition = await petitionWithSignatures(2);
    const office = await createSignedInStaff(deps, { role: "admin" });

    const response = await app.request(officePaths(petition.id).verifyLog, {
      method: "POST",
      headers: { ...office.session.postHeaders, "HX-Request": "true" },
    });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toContain("<html");
    expect(html).toContain("Ergebnis: in Ordnung.");
  });

  it("names the first bad sequence number", async () => {
    const petition = await petitionWithSignatures(4);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    await app.request(officePaths(petition.id).verifyLog, { method: "POST", headers: office.session.postHeaders });
    await deps.database.rows("update signature_log_entries set reason = 'changed' where petition_id = $1 and seq = 3", [petition.id]);

    const response = await app.request(officePaths(petition.id).verifyLog, {
      method: "POST",
      headers: { ...office.session.postHeaders, "HX-Request": "true" },
    });

    const html = await response.text();
    expect(html).toContain("Ergebnis: FEHLER ab Laufnummer 3. Ein Eintrag wurde verändert");
    expect(html).toContain("notice-error");
  });

  it("reports altered daily counters and duplicate lines", async () => {
    const petition = await petitionWithSignatures(2);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    await deps.database.rows("update signature_daily_counts set count = count + 1 where petition_id = $1 and count > 0", [petition.id]);
    await deps.database.rows(
      `insert into paper_duplicate_lines (petition_id, sheet, line, existing_channel, entered_at, nullifier, status)
       values ($1, 5, 6, 'passkey', $2, (select nullifier from signatures where petition_id = $1 limit 1), 'confirmed')`,
      [petition.id, new Date(deps.clock.now().getTime() - 86_400_000).toISOString()],
    );

    const response = await app.request(officePaths(petition.id).verifyLog, {
      method: "POST",
      headers: { ...office.session.postHeaders, "HX-Request": "true" },
    });

    const html = await response.text();
    expect(html).toContain("Ergebnis: FEHLER bei den Tageszählern. Ein Tageszähler weicht von der Zahl der Unterschriften ab");
    expect(html).toContain("Tageszähler: Die Tageszähler ergeben zusammen eine andere Zahl als das Protokoll.");
    expect(html).toContain("Doppelte Papierzeile: Eine doppelte Papierzeile verweist auf eine frühere Unterschrift");
    expect(html).toContain("Blatt 5, Zeile 6, frühere Unterschrift: Passkey.");
  });

  it("shows the kept head and counts of an erased petition", async () => {
    const petition = await petitionWithSignatures(2);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const erasure = await erasePetition(deps.database, deps.serverSecret, {
      petitionId: petition.id,
      retentionStartedOn: "2026-01-01",
      retentionDays: 1,
      now: deps.clock.now(),
    });
    if (erasure === undefined) throw new Error("the petition was not erased");
    const headHash = (await findErasure(deps.database, petition.id))!.logHeadHash.toString("hex");

    const page = await app.request(officePaths(petition.id).petition, { headers: { Cookie: office.session.cookie } });
    const check = await app.request(officePaths(petition.id).verifyLog, {
      method: "POST",
      headers: { ...office.session.postHeaders, "HX-Request": "true" },
    });
    const checkPage = await app.request(officePaths(petition.id).verifyLog, { method: "POST", headers: office.session.postHeaders });

    expect(page.status).toBe(200);
    const pageHtml = await page.text();
    expect(pageHtml).not.toContain("Protokoll jetzt prüfen");
    expect(pageHtml).toContain("nach Ablauf der Aufbewahrungsfrist gelöscht");
    expect(pageHtml).toContain(`2 Einträge, Kopf-Hash ${headHash}`);
    expect(check.status).toBe(200);
    const checkHtml = await check.text();
    expect(checkHtml).toContain("Unterschriften bei der Löschung:");
    expect(checkHtml).toContain(`2 Einträge, Kopf-Hash ${headHash}`);
    expect(checkHtml).not.toContain("FEHLER");
    expect(checkPage.status).toBe(200);
    expect(await checkPage.text()).toContain("data-erased-log");
  });

  it("shows the result in English", async () => {
    const petition = await petitionWithSignatures(1);
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const response = await app.request(`${officePaths(petition.id).verifyLog}?lang=en`, {
      method: "POST",
      headers: { ...office.session.postHeaders, "HX-Request": "true" },
    });

    expect(await response.text()).toContain("Result: valid.");
  });

  it("rejects organisers with 403", async () => {
    const petition = await petitionWithSignatures(1);
    const organiser = await createSignedInStaff(deps, { role: "organiser", teamPetitionIds: [petition.id] });

    const page = await app.request(officePaths(petition.id).petition, { headers: { Cookie: organiser.session.cookie } });
    const check = await app.request(officePaths(petition.id).verifyLog, { method: "POST", headers: organiser.session.postHeaders });

    expect(page.status).toBe(403);
    expect(check.status).toBe(403);
  });

  it("rejects a check without CSRF token", async () => {
    const petition = await petitionWithSignatures(1);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const { "X-CSRF-Token": _token, ...withoutToken } = office.session.postHeaders;

    const response = await app.request(officePaths(petition.id).verifyLog, { method: "POST", headers: withoutToken });

    expect(response.status).toBe(403);
  });

  it("sends visitors without a session to sign in", async () => {
    const petition = await petitionWithSignatures(1);

    const response = await app.request(officePaths(petition.id).petition);

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/^\/anmelden\?weiter=/);
  });

  it("answers 404 for drafts and unknown ids", async () => {
    const draft = await createTestPetition(deps.database, { now: deps.clock.now(), status: "draft" });
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const draftPage = await app.request(officePaths(draft.id).petition, { headers: { Cookie: office.session.cookie } });
    const unknown = await app.request(officePaths("00000000-0000-4000-8000-000000000000").petition, { headers: { Cookie: office.session.cookie } });

    expect(draftPage.status).toBe(404);
    expect(unknown.status).toBe(404);
  });
});
