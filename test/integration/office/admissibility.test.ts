import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { OFFICE_PATH, officePaths } from "../../../src/office/office-paths";
import { findAdmissibilityDecision } from "../../../src/petitions/admissibility-decision";
import { findPetition, type Petition } from "../../../src/petitions/queries";
import { findQuorumBasis } from "../../../src/petitions/quorum-basis";
import { workspacePaths } from "../../../src/workspace/workspace-paths";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { createSignedInStaff, type TestStaffSession } from "../../helpers/staff";

let deps: AppDeps;
let app: ReturnType<typeof createApp>;
let office: TestStaffSession;

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  office = (await createSignedInStaff(deps, { role: "election_office" })).session;
});

afterAll(async () => {
  await deps.database.close();
});

type Team = { petition: Petition; organiser: Awaited<ReturnType<typeof createSignedInStaff>> };

async function submittedPetition(title = "Eingereichtes Begehren"): Promise<Team> {
  const petition = await createTestPetition(deps.database, { now: deps.clock.now(), title });
  const organiser = await createSignedInStaff(deps, { role: "organiser", teamPetitionIds: [petition.id] });
  const response = await app.request(workspacePaths(petition.id).submit, { method: "POST", headers: organiser.session.postHeaders });
  if (response.status !== 303) throw new Error(`submission failed with ${response.status}`);
  return { petition, organiser };
}

function post(path: string, fields: Record<string, string>, session: TestStaffSession = office) {
  return app.request(path, {
    method: "POST",
    headers: { ...session.postHeaders, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
}

const QUORUM_BASIS = { eligibleResidents: "435.720", referenceDate: "2026-03-01" };
const DECISION = { admissible: "yes", decidedOn: "15.03.2026", reference: "33.1-2026/014", note: "Quorum erreicht, Fragestellung zulässig." };

async function auditActions(petition: Petition): Promise<string[]> {
  const rows = await deps.database.rows<{ action: string }>("select action from audit_log where petition_id = $1 order by id", [petition.id]);
  return rows.map((row) => row.action);
}

describe("GET office queue", () => {
  it("lists submitted petitions first", async () => {
    const collecting = await createTestPetition(deps.database, { now: deps.clock.now(), title: "Noch sammelnd" });
    const { petition } = await submittedPetition("Wartet auf Entscheidung");

    const response = await app.request(OFFICE_PATH, { headers: { Cookie: office.cookie } });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html.indexOf("Wartet auf Entscheidung")).toBeGreaterThan(-1);
    expect(html.indexOf("Wartet auf Entscheidung")).toBeLessThan(html.indexOf("Noch sammelnd"));
    expect(html).toContain(`href="${officePaths(petition.id).petition}"`);
    expect(html).toContain(`href="${officePaths(collecting.id).petition}"`);
    expect(html).toContain("(noch nicht festgestellt)");
  });

  it("responds 403 to organisers", async () => {
    const organiser = await createSignedInStaff(deps, { role: "organiser" });

    const response = await app.request(OFFICE_PATH, { headers: { Cookie: organiser.session.cookie } });

    expect(response.status).toBe(403);
  });
});

describe("POST quorum basis", () => {
  it("sets the quorum to 5 % rounded up", async () => {
    const { petition } = await submittedPetition();

    const response = await post(officePaths(petition.id).quorumBasis, { eligibleResidents: "435.721", referenceDate: "01.03.2026" });

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(officePaths(petition.id).petition);
    expect((await findPetition(deps.database, petition.id))?.quorum).toBe(21_787);
    expect(await findQuorumBasis(deps.database, petition.id)).toMatchObject({ eligibleResidents: 435_721, referenceDate: "2026-03-01", quorumPercent: 5, quorum: 21_787 });
    expect(await auditActions(petition)).toEqual(["petition.submitted", "petition.quorum_basis_recorded"]);
    const flash = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
    const page = await (await app.request(response.headers.get("location") ?? "", { headers: { Cookie: [office.cookie, ...flash].join("; ") } })).text();
    expect(page).toContain("Gespeichert. Das Quorum ist 21.787 Unterschriften.");
    const crafted = await (await app.request(`${officePaths(petition.id).petition}?gespeichert=entscheidung`, { headers: { Cookie: office.cookie } })).text();
    expect(crafted).not.toContain("Die Entscheidung ist gespeichert.");
  });

  it("replaces an earlier entry", async () => {
    const { petition } = await submittedPetition();
    await post(officePaths(petition.id).quorumBasis, QUORUM_BASIS);

    const response = await post(officePaths(petition.id).quorumBasis, { eligibleResidents: "1000", referenceDate: "2026-03-02" });

    expect(response.status).toBe(303);
    expect((await findPetition(deps.database, petition.id))?.quorum).toBe(50);
    const [entry] = await deps.database.rows<{ details: { previous?: { eligibleResidents: number } } }>(
      "select details from audit_log where petition_id = $1 and action = 'petition.quorum_basis_recorded' order by id desc limit 1",
      [petition.id],
    );
    expect(entry?.details.previous?.eligibleResidents).toBe(435_720);
  });

  it("shows the basis on the public page and dashboard", async () => {
    const { petition, organiser } = await submittedPetition();
    await post(officePaths(petition.id).quorumBasis, QUORUM_BASIS);

    const publicPage = await (await app.request(`/petitionen/${petition.id}`)).text();
    const dashboard = await (await app.request(workspacePaths(petition.id).overview, { headers: { Cookie: organiser.session.cookie } })).text();

    expect(publicPage).toContain("Das Quorum sind 5 % der 435.720 Berechtigten am Stichtag 01.03.2026, aufgerundet.");
    expect(publicPage).toContain("21.786");
    expect(dashboard).toContain("21.786 Unterschriften: 5 % von 435.720 Berechtigten am Stichtag 01.03.2026");
  });

  const badInputs: [string, Record<string, string>, string][] = [
    ["empty number", { eligibleResidents: "", referenceDate: "2026-03-01" }, "Geben Sie die Zahl der Berechtigten ein."],
    ["letters", { eligibleResidents: "viele", referenceDate: "2026-03-01" }, "als ganze Zahl von 1 bis 5.000.000 ein"],
    ["zero", { eligibleResidents: "0", referenceDate: "2026-03-01" }, "als ganze Zahl von 1 bis 5.000.000 ein"],
    ["negative", { eligibleResidents: "-12", referenceDate: "2026-03-01" }, "als ganze Zahl von 1 bis 5.000.000 ein"],
    ["fraction", { eligibleResidents: "1200,5", referenceDate: "2026-03-01" }, "als ganze Zahl von 1 bis 5.000.000 ein"],
    ["too large", { eligibleResidents: "5000001", referenceDate: "2026-03-01" }, "als ganze Zahl von 1 bis 5.000.000 ein"],
    ["empty date", { eligibleResidents: "1000", referenceDate: "" }, "Geben Sie den Stichtag ein."],
    ["impossible date", { eligibleResidents: "1000", referenceDate: "31.02.2026" }, "Geben Sie „Stichtag“ als gültiges Datum ein"],
    ["future date", { eligibleResidents: "1000", referenceDate: "2026-03-16" }, "„Stichtag“ darf nicht in der Zukunft liegen."],
  ];
  for (const [name, fields, message] of badInputs) {
    it(`responds 422 for ${name}`, async () => {
      const { petition } = await submittedPetition();

      const response = await post(officePaths(petition.id).quorumBasis, fields);

      expect(response.status).toBe(422);
      const html = await response.text();
      expect(html).toContain(message);
      expect(html).toContain("<title>Fehler: ");
      expect(html).toContain(`value="${fields.eligibleResidents}"`);
      expect(await findQuorumBasis(deps.database, petition.id)).toBeUndefined();
    });
  }

  it("responds 409 before submission", async () => {
    const petition = await createTestPetition(deps.database, { now: deps.clock.now() });

    const response = await post(officePaths(petition.id).quorumBasis, QUORUM_BASIS);

    expect(response.status).toBe(409);
    expect(await response.text()).toContain("noch nicht eingereicht");
    expect(await findQuorumBasis(deps.database, petition.id)).toBeUndefined();
  });

  it("responds 409 after the decision", async () => {
    const { petition } = await submittedPetition();
    await post(officePaths(petition.id).quorumBasis, QUORUM_BASIS);
    await post(officePaths(petition.id).decision, DECISION);

    const response = await post(officePaths(petition.id).quorumBasis, { eligibleResidents: "10", referenceDate: "2026-03-01" });

    expect(response.status).toBe(409);
    expect(await response.text()).toContain("lässt sich das Quorum nicht mehr ändern");
    expect((await findPetition(deps.database, petition.id))?.quorum).toBe(21_786);
  });

  it("responds 403 to the team and without CSRF token", async () => {
    const { petition, organiser } = await submittedPetition();
    const { "X-CSRF-Token": _token, ...withoutToken } = office.postHeaders;

    const byOrganiser = await post(officePaths(petition.id).quorumBasis, QUORUM_BASIS, organiser.session);
    const withoutCsrf = await app.request(officePaths(petition.id).quorumBasis, {
      method: "POST",
      headers: { ...withoutToken, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(QUORUM_BASIS).toString(),
    });

    expect(byOrganiser.status).toBe(403);
    expect(withoutCsrf.status).toBe(403);
    expect(await findQuorumBasis(deps.database, petition.id)).toBeUndefined();
  });

  it("responds 404 for a draft", async () => {
    const draft = await createTestPetition(deps.database, { now: deps.clock.now(), status: "draft" });

    const response = await post(officePaths(draft.id).quorumBasis, QUORUM_BASIS);

    expect(response.status).toBe(404);
  });
});

describe("POST admissibility decision", () => {
  it("records the decision and shows it", async () => {
    const { petition, organiser } = await submittedPetition();
    await post(officePaths(petition.id).quorumBasis, QUORUM_BASIS);

    const response = await post(officePaths(petition.id).decision, DECISION);

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(officePaths(petition.id).petition);
    expect((await findPetition(deps.database, petition.id))?.status).toBe("decided");
    expect(await findAdmissibilityDecision(deps.database, petition.id)).toMatchObject({
      admissible: true,
      decidedOn: "2026-03-15",
      reference: "33.1-2026/014",
      note: DECISION.note,
      corrections: 0,
    });
    expect(await auditActions(petition)).toEqual(["petition.submitted", "petition.quorum_basis_recorded", "petition.admissibility_decided"]);

    const publicPage = await (await app.request(`/petitionen/${petition.id}`)).text();
    const dashboard = await (await app.request(workspacePaths(petition.id).overview, { headers: { Cookie: organiser.session.cookie } })).text();
    expect(publicPage).toContain("am 15.03.2026 für zulässig erklärt (Aktenzeichen 33.1-2026/014)");
    expect(publicPage).toContain(DECISION.note);
    expect(dashboard).toContain("Zulässig, entschieden am 15.03.2026, Aktenzeichen 33.1-2026/014");
  });

  it("records a correction with the old values", async () => {
    const { petition } = await submittedPetition();
    await post(officePaths(petition.id).quorumBasis, QUORUM_BASIS);
    await post(officePaths(petition.id).decision, DECISION);

    const response = await post(officePaths(petition.id).decision, { ...DECISION, admissible: "no", note: "Kostendeckungsvorschlag nicht tragfähig." });

    expect(response.status).toBe(303);
    const flash = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
    const page = await (await app.request(response.headers.get("location") ?? "", { headers: { Cookie: [office.cookie, ...flash].join("; ") } })).text();
    expect(page).toContain("Die Berichtigung ist gespeichert.");
    expect(await findAdmissibilityDecision(deps.database, petition.id)).toMatchObject({ admissible: false, corrections: 1 });
    const [entry] = await deps.database.rows<{ details: { previous?: { admissible: boolean; note: string } } }>(
      "select details from audit_log where petition_id = $1 and action = 'petition.admissibility_corrected'",
      [petition.id],
    );
    expect(entry?.details.previous).toMatchObject({ admissible: true, note: DECISION.note });
    const publicPage = await (await app.request(`/petitionen/${petition.id}`)).text();
    expect(publicPage).toContain("für unzulässig erklärt");
  });

  it("offers the correction form with the stored values", async () => {
    const { petition } = await submittedPetition();
    await post(officePaths(petition.id).quorumBasis, QUORUM_BASIS);
    await post(officePaths(petition.id).decision, DECISION);

    const html = await (await app.request(officePaths(petition.id).petition, { headers: { Cookie: office.cookie } })).text();

    expect(html).toContain("Zulässigkeitsentscheidung berichtigen");
    expect(html).toContain('value="33.1-2026/014"');
    expect(html).not.toContain(`action="${officePaths(petition.id).quorumBasis}"`);
  });

  it("responds 409 before the quorum basis", async () => {
    const { petition } = await submittedPetition();

    const response = await post(officePaths(petition.id).decision, DECISION);

    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Stellen Sie zuerst das Quorum fest.");
    expect((await findPetition(deps.database, petition.id))?.status).toBe("submitted");
  });

  it("responds 409 before submission", async () => {
    const petition = await createTestPetition(deps.database, { now: deps.clock.now() });

    const response = await post(officePaths(petition.id).decision, DECISION);

    expect(response.status).toBe(409);
    expect(await findAdmissibilityDecision(deps.database, petition.id)).toBeUndefined();
  });

  const badInputs: [string, Record<string, string>, string][] = [
    ["no choice", { ...DECISION, admissible: "" }, "Wählen Sie aus, ob das Bürgerbegehren zulässig ist."],
    ["an unknown choice", { ...DECISION, admissible: "vielleicht" }, "Wählen Sie aus, ob das Bürgerbegehren zulässig ist."],
    ["no date", { ...DECISION, decidedOn: "" }, "Geben Sie das Datum der Entscheidung ein."],
    ["a future date", { ...DECISION, decidedOn: "16.03.2026" }, "„Datum der Entscheidung“ darf nicht in der Zukunft liegen."],
    ["a date before submission", { ...DECISION, decidedOn: "14.03.2026" }, "vor der Einreichung am 15.03.2026"],
    ["no reference", { ...DECISION, reference: "  " }, "Geben Sie das Aktenzeichen ein."],
    ["a long reference", { ...DECISION, reference: "A".repeat(101) }, "höchstens 100 Zeichen"],
    ["a control character", { ...DECISION, reference: "33.1\u0007" }, "unsichtbares Steuerzeichen"],
    ["a long note", { ...DECISION, note: "x".repeat(2001) }, "höchstens 2.000 Zeichen"],
  ];
  for (const [name, fields, message] of badInputs) {
    it(`responds 422 for ${name}`, async () => {
      const { petition } = await submittedPetition();
      await post(officePaths(petition.id).quorumBasis, QUORUM_BASIS);

      const response = await post(officePaths(petition.id).decision, fields);

      expect(response.status).toBe(422);
      expect(await response.text()).toContain(message);
      expect(await findAdmissibilityDecision(deps.database, petition.id)).toBeUndefined();
    });
  }

  it("responds 403 to the team", async () => {
    const { petition, organiser } = await submittedPetition();
    await post(officePaths(petition.id).quorumBasis, QUORUM_BASIS);

    const response = await post(officePaths(petition.id).decision, DECISION, organiser.session);

    expect(response.status).toBe(403);
    expect(await findAdmissibilityDecision(deps.database, petition.id)).toBeUndefined();
  });

  it("keeps the log check button working", async () => {
    const { petition } = await submittedPetition();

    const response = await app.request(officePaths(petition.id).verifyLog, { method: "POST", headers: office.postHeaders });

    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Ergebnis: in Ordnung.");
  });
});
