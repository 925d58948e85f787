import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { officePaths } from "../../../src/office/office-paths";
import { listHandedInSheets, readPaperSheetTotals } from "../../../src/paper-lists/handed-in-sheets";
import { listIssuedRanges } from "../../../src/paper-lists/issued-sheets";
import { paperListPaths } from "../../../src/paper-lists/paper-list-paths";
import type { Petition } from "../../../src/petitions/queries";
import { workspacePaths } from "../../../src/workspace/workspace-paths";
import { createTestDeps } from "../../helpers/app";
import { cookieHeaderAfter } from "../../helpers/flash";
import { extractPdfText } from "../../helpers/pdf-text";
import { createTestPetition } from "../../helpers/petitions";
import { createSignedInStaff, type TestStaffSession } from "../../helpers/staff";

let deps: AppDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
});

afterAll(async () => {
  await deps.database.close();
});

type Team = { petition: Petition; session: TestStaffSession };

async function petitionWithTeam(overrides: Parameters<typeof createTestPetition>[1] = {}): Promise<Team> {
  const petition = await createTestPetition(deps.database, { now: deps.clock.now(), ...overrides });
  const organiser = await createSignedInStaff(deps, { role: "organiser", teamPetitionIds: [petition.id] });
  return { petition, session: organiser.session };
}

function post(path: string, fields: Record<string, string>, session: TestStaffSession) {
  return app.request(path, {
    method: "POST",
    headers: { ...session.postHeaders, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
}

async function issued(team: Team, sheetCount: string, firstSheet: string): Promise<Response> {
  return post(paperListPaths(team.petition.id).download, { sheetCount, firstSheet }, team.session);
}

describe("GET paper lists page", () => {
  it("offers the next free sheet number", async () => {
    const team = await petitionWithTeam();
    await issued(team, "3", "1");

    const response = await app.request(paperListPaths(team.petition.id).page, { headers: { Cookie: team.session.cookie } });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Bisher ausgegebene Blatt-Nummern: 1–3.");
    expect(html).toContain('name="firstSheet" type="text" inputmode="numeric" maxlength="6" class="input-short" value="4"');
  });

  it("is linked from the dashboard", async () => {
    const team = await petitionWithTeam();

    const html = await (await app.request(workspacePaths(team.petition.id).overview, { headers: { Cookie: team.session.cookie } })).text();

    expect(html).toContain(`href="${paperListPaths(team.petition.id).page}"`);
    expect(html).toContain("Abgegebene Papierlisten: 0 Blätter, 0 Unterschriften laut Initiatoren.");
  });

  it("responds 403 to another team and the office", async () => {
    const team = await petitionWithTeam();
    const other = await createSignedInStaff(deps, { role: "organiser" });
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const byOther = await app.request(paperListPaths(team.petition.id).page, { headers: { Cookie: other.session.cookie } });
    const byOffice = await app.request(paperListPaths(team.petition.id).page, { headers: { Cookie: office.session.cookie } });

    expect(byOther.status).toBe(403);
    expect(byOffice.status).toBe(403);
  });

  it("responds 409 for a draft", async () => {
    const team = await petitionWithTeam({ status: "draft" });

    const response = await app.request(paperListPaths(team.petition.id).page, { headers: { Cookie: team.session.cookie } });

    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Veröffentlichen Sie es zuerst.");
  });

  it("responds 409 when only online signatures count", async () => {
    const team = await petitionWithTeam({ signatureKinds: ["online"] });

    const response = await app.request(paperListPaths(team.petition.id).page, { headers: { Cookie: team.session.cookie } });

    expect(response.status).toBe(409);
    expect(await response.text()).toContain("zählen nur Online-Unterschriften");
  });

  it("ignores a notice in the query", async () => {
    const team = await petitionWithTeam();

    const page = await (await app.request(`${paperListPaths(team.petition.id).page}?erledigt=erfasst-99999`, { headers: { Cookie: team.session.cookie } })).text();

    expect(page).not.toContain("99.999 Blätter erfasst.");
    expect(page).not.toContain('role="status"');
  });
});

describe("POST paper lists PDF", () => {
  it("prints the full text on every sheet", async () => {
    const team = await petitionWithTeam({ title: "Grünfläche „Am Weißen Hirsch“ erhalten", costCoverageProposal: "Die Kosten von 12.000 € trägt der Fonds für Straßenbäume." });

    const response = await issued(team, "2", "7");

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="unterschriftenlisten-7-8.pdf"');
    const pdf = await extractPdfText(Buffer.from(await response.arrayBuffer()));
    const sheetPages = (sheet: number) => pdf.pages.filter((page) => page.includes(`Blatt-Nr. ${sheet}`));
    for (const sheet of [7, 8]) {
      const text = sheetPages(sheet).join("\n");
      expect(text).toContain("Grünfläche „Am Weißen Hirsch“ erhalten");
      expect(text).toContain("Soll die Landeshauptstadt Dresden das Freibad Elbwiesen");
      expect(text).toContain("Das Freibad Elbwiesen ist das einzige Freibad");
      expect(text).toContain("Die Kosten von 12.000 € trägt der Fonds für Straßenbäume.");
      expect(text).toContain(`Vertrauensperson: ${team.petition.representative.name}`);
      expect(text).toContain(`Stellvertretende Vertrauensperson: ${team.petition.deputy.name}`);
      expect(text).toContain("Familienname");
      expect(text).toContain("Geburtsdatum");
      expect(text).toContain("Unterschrift");
      expect(text).toContain("Hinweis zum Datenschutz");
      expect(text).toContain(`Das Bürgerbegehren im Internet: http://localhost:3000/petitionen/${team.petition.id}`);
      expect(text).toMatch(/Blatt-Nr\. \d+ · Seite 1 von \d+ dieses Blatts/);
    }
    expect(pdf.pages.every((page) => /Blatt-Nr\. [78] · Seite \d von \d dieses Blatts/.test(page))).toBe(true);
    expect(pdf.info.Title).toBe("Unterschriftenliste zum Bürgerbegehren „Grünfläche „Am Weißen Hirsch“ erhalten“");
    expect(pdf.info.Creator).toBe("mitzeichnen");
    expect(await listIssuedRanges(deps.database, team.petition.id)).toEqual([{ first: 7, last: 8 }]);
  });

  it("continues a long text on further pages", async () => {
    const paragraph = "Die Bäume an der Königsbrücker Straße spenden Schatten und kühlen die Luft. ".repeat(20);
    const team = await petitionWithTeam({ reasoning: Array.from({ length: 8 }, () => paragraph).join("\n\n") });

    const response = await issued(team, "2", "1");

    const pdf = await extractPdfText(Buffer.from(await response.arrayBuffer()));
    const firstSheet = pdf.pages.filter((page) => page.includes("Blatt-Nr. 1 ·"));
    expect(firstSheet.length).toBeGreaterThan(1);
    expect(firstSheet.every((page) => page.includes("Blatt-Nr. 1"))).toBe(true);
    expect(firstSheet.at(-1)).toContain(`Seite ${firstSheet.length} von ${firstSheet.length} dieses Blatts`);
    expect(firstSheet.at(-1)).toContain("Familienname");
    expect(pdf.pages.filter((page) => page.includes("Blatt-Nr. 2 ·")).length).toBe(firstSheet.length);
  });

  const badInputs: [string, Record<string, string>, string][] = [
    ["no count", { sheetCount: "", firstSheet: "1" }, "Geben Sie die Anzahl der Blätter ein."],
    ["zero sheets", { sheetCount: "0", firstSheet: "1" }, "als ganze Zahl von 1 bis 50 ein"],
    ["too many sheets", { sheetCount: "51", firstSheet: "1" }, "als ganze Zahl von 1 bis 50 ein"],
    ["letters", { sheetCount: "zehn", firstSheet: "1" }, "als ganze Zahl von 1 bis 50 ein"],
    ["sheet zero", { sheetCount: "1", firstSheet: "0" }, "erste Blatt-Nummer als ganze Zahl von 1 bis 99.999"],
    ["a last sheet too high", { sheetCount: "5", firstSheet: "99998" }, "Die letzte Blatt-Nummer wäre größer als 99.999."],
  ];
  for (const [name, fields, message] of badInputs) {
    it(`responds 422 for ${name}`, async () => {
      const team = await petitionWithTeam();

      const response = await post(paperListPaths(team.petition.id).download, fields, team.session);

      expect(response.status).toBe(422);
      expect(await response.text()).toContain(message);
      expect(await listIssuedRanges(deps.database, team.petition.id)).toEqual([]);
    });
  }

  it("responds 409 after submission", async () => {
    const team = await petitionWithTeam();
    await app.request(workspacePaths(team.petition.id).submit, { method: "POST", headers: team.session.postHeaders });

    const response = await issued(team, "1", "1");

    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Neue Unterschriftenlisten gibt es nicht mehr.");
  });

  it("responds 403 without CSRF token", async () => {
    const team = await petitionWithTeam();
    const { "X-CSRF-Token": _token, ...withoutToken } = team.session.postHeaders;

    const response = await app.request(paperListPaths(team.petition.id).download, {
      method: "POST",
      headers: { ...withoutToken, "Content-Type": "application/x-www-form-urlencoded" },
      body: "sheetCount=1&firstSheet=1",
    });

    expect(response.status).toBe(403);
  });
});

describe("POST sheets handed in", () => {
  it("records ranges and shows totals", async () => {
    const team = await petitionWithTeam();
    await issued(team, "10", "1");

    const response = await post(paperListPaths(team.petition.id).sheets, { sheets: "1-3, 5", signatureCount: "8" }, team.session);

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(paperListPaths(team.petition.id).page);
    expect(await readPaperSheetTotals(deps.database, team.petition.id)).toEqual({ sheets: 4, signatures: 32 });
    const page = await (await app.request(response.headers.get("location") ?? "", { headers: { Cookie: cookieHeaderAfter(response, team.session.cookie) } })).text();
    expect(page).toContain("4 Blätter erfasst.");
    const reloaded = await (await app.request(paperListPaths(team.petition.id).page, { headers: { Cookie: team.session.cookie } })).text();
    expect(reloaded).not.toContain("4 Blätter erfasst.");
    expect(page).toContain("4 Blätter mit zusammen 32 Unterschriften erfasst.");
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const officePage = await (await app.request(officePaths(team.petition.id).petition, { headers: { Cookie: office.session.cookie } })).text();
    expect(officePage).toContain("4 Blätter, 32 Unterschriften");
  });

  const badInputs: [string, Record<string, string>, string][] = [
    ["no sheets", { sheets: " ", signatureCount: "5" }, "Geben Sie mindestens eine Blatt-Nummer ein."],
    ["a word", { sheets: "1, drei", signatureCount: "5" }, "„drei“ ist keine Blatt-Nummer und kein Bereich."],
    ["a reversed range", { sheets: "5-3", signatureCount: "5" }, "Im Bereich „5-3“ ist die erste Nummer größer als die letzte."],
    ["a huge range", { sheets: "1-600", signatureCount: "5" }, "Erfassen Sie höchstens 500 Blätter auf einmal."],
    ["sheets never issued", { sheets: "9-12", signatureCount: "5" }, "Diese Blatt-Nummern wurden nie ausgegeben: 11–12."],
    ["too many signatures", { sheets: "1", signatureCount: "11" }, "als ganze Zahl von 0 bis 10 ein. Ein Blatt hat 10 Zeilen."],
    ["no signature count", { sheets: "1", signatureCount: "" }, "Geben Sie die Zahl der Unterschriften ein."],
  ];
  for (const [name, fields, message] of badInputs) {
    it(`responds 422 for ${name}`, async () => {
      const team = await petitionWithTeam();
      await issued(team, "10", "1");

      const response = await post(paperListPaths(team.petition.id).sheets, fields, team.session);

      expect(response.status).toBe(422);
      const html = await response.text();
      expect(html).toContain(message);
      expect(html).toContain(`value="${fields.sheets}"`);
      expect(await listHandedInSheets(deps.database, team.petition.id)).toEqual([]);
    });
  }

  it("responds 422 for a sheet recorded twice", async () => {
    const team = await petitionWithTeam();
    await issued(team, "10", "1");
    await post(paperListPaths(team.petition.id).sheets, { sheets: "2-4", signatureCount: "10" }, team.session);

    const response = await post(paperListPaths(team.petition.id).sheets, { sheets: "4-6", signatureCount: "3" }, team.session);

    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Diese Blätter sind schon erfasst: 4.");
    expect(await readPaperSheetTotals(deps.database, team.petition.id)).toEqual({ sheets: 3, signatures: 30 });
  });

  it("corrects and removes a sheet", async () => {
    const team = await petitionWithTeam();
    await issued(team, "5", "1");
    await post(paperListPaths(team.petition.id).sheets, { sheets: "1-3", signatureCount: "10" }, team.session);

    const corrected = await post(paperListPaths(team.petition.id).sheet(2), { signatureCount: "7" }, team.session);
    const removed = await post(paperListPaths(team.petition.id).removeSheet(3), {}, team.session);

    expect(corrected.status).toBe(303);
    expect(removed.status).toBe(303);
    expect((await listHandedInSheets(deps.database, team.petition.id)).map((sheet) => [sheet.sheetNumber, sheet.signatureCount])).toEqual([
      [1, 10],
      [2, 7],
    ]);
    const audit = await deps.database.rows<{ action: string; details: Record<string, unknown> }>(
      "select action, details from audit_log where petition_id = $1 and action like 'paper_sheets.%' order by id",
      [team.petition.id],
    );
    expect(audit.map((entry) => entry.action)).toEqual(["paper_sheets.issued", "paper_sheets.recorded", "paper_sheets.corrected", "paper_sheets.removed"]);
    expect(audit[2]?.details).toMatchObject({ sheet: 2, signatureCount: 7, previousSignatureCount: 10 });
  });

  it("responds 422 to a bad correction", async () => {
    const team = await petitionWithTeam();
    await issued(team, "5", "1");
    await post(paperListPaths(team.petition.id).sheets, { sheets: "1", signatureCount: "10" }, team.session);

    const response = await post(paperListPaths(team.petition.id).sheet(1), { signatureCount: "12" }, team.session);

    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("als ganze Zahl von 0 bis 10 ein");
    expect(html).toContain('value="12"');
    expect((await listHandedInSheets(deps.database, team.petition.id))[0]?.signatureCount).toBe(10);
  });

  it("responds 404 for an unrecorded sheet", async () => {
    const team = await petitionWithTeam();

    const corrected = await post(paperListPaths(team.petition.id).sheet(4), { signatureCount: "3" }, team.session);
    const removed = await post(paperListPaths(team.petition.id).removeSheet(4), {}, team.session);
    const malformed = await post(`${paperListPaths(team.petition.id).sheets}/vier/entfernen`, {}, team.session);

    expect(corrected.status).toBe(404);
    expect(removed.status).toBe(404);
    expect(malformed.status).toBe(404);
  });

  it("accepts sheets after submission and rejects them after the decision", async () => {
    const team = await petitionWithTeam();
    await issued(team, "5", "1");
    await app.request(workspacePaths(team.petition.id).submit, { method: "POST", headers: team.session.postHeaders });
    const afterSubmission = await post(paperListPaths(team.petition.id).sheets, { sheets: "1", signatureCount: "9" }, team.session);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    await post(officePaths(team.petition.id).quorumBasis, { eligibleResidents: "1000", referenceDate: "2026-03-01" }, office.session);
    await post(officePaths(team.petition.id).decision, { admissible: "no", decidedOn: "2026-03-15", reference: "Az. 1", note: "" }, office.session);

    const afterDecision = await post(paperListPaths(team.petition.id).sheets, { sheets: "2", signatureCount: "9" }, team.session);

    expect(afterSubmission.status).toBe(303);
    expect(afterDecision.status).toBe(409);
    expect(await afterDecision.text()).toContain("Über die Zulässigkeit ist entschieden.");
    expect(await readPaperSheetTotals(deps.database, team.petition.id)).toEqual({ sheets: 1, signatures: 9 });
  });
});
