import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { findPetition, type Petition } from "../../../src/petitions/queries";
import { createTestDeps } from "../../helpers/app";
import { cookieHeaderAfter } from "../../helpers/flash";
import { createTestPetition } from "../../helpers/petitions";
import { extractPdfText } from "../../helpers/pdf-text";
import { createSignedInStaff, type TestStaffMember, type TestStaffSession } from "../../helpers/staff";

type SignedIn = TestStaffMember & { session: TestStaffSession };

const BASE = "/verwaltung/buergerbegehren";

/** A complete draft form as a browser posts it; the fixed clock is at 15 March 2026. */
function formFields(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title: "Freibad Elbwiesen erhalten",
    decisionProposal: "Soll die Landeshauptstadt Dresden das Freibad Elbwiesen weiter betreiben?",
    reasoning: "Das Freibad ist das einzige im Nordosten.",
    costCoverageProposal: "Umschichtung aus dem Parkplatzneubau.",
    representativeName: "Erika Musterfrau",
    representativeContact: "erika@example.org",
    deputyName: "Max Mustermann",
    deputyContact: "max@example.org",
    quorumSource: "eligibleResidents",
    quorum: "",
    eligibleResidents: "435720",
    notificationDate: "2026-03-16",
    councilDecisionPublishedOn: "",
    collectionStart: "2026-04-01",
    collectionEnd: "2026-09-30",
    municipalityKeys: "14612000",
    minimumAge: "18",
    nationalityRule: "eu",
    nationalities: "",
    minimumResidenceMonths: "3",
    credentialTypes: ["urn:eudi:pid:de:1", "urn:mitzeichnen:demo:kommpass:1"],
    signatureKinds: ["online", "paper"],
    ...overrides,
  };
}

function formBody(fields: Record<string, string | string[]>): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const entry of Array.isArray(value) ? value : [value]) body.append(name, entry);
  }
  return body;
}

let deps: AppDeps;
let app: ReturnType<typeof createApp>;
let organiser: SignedIn;
let otherOrganiser: SignedIn;
let admin: SignedIn;
let electionOffice: SignedIn;
let othersPetition: Petition;

function get(path: string, who?: SignedIn) {
  return app.request(path, { headers: who === undefined ? {} : { Cookie: who.session.cookie } });
}

function post(path: string, who: SignedIn, fields: Record<string, string | string[]> = {}) {
  return app.request(path, {
    method: "POST",
    headers: { ...who.session.postHeaders, "Content-Type": "application/x-www-form-urlencoded" },
    body: formBody(fields),
  });
}

/** Create a draft through the form as `who` and return its id. */
async function createDraftAs(who: SignedIn, overrides: Record<string, string | string[]> = {}): Promise<string> {
  const response = await post(BASE, who, formFields(overrides));
  expect(response.status).toBe(303);
  const match = /^\/verwaltung\/buergerbegehren\/([0-9a-f-]{36})$/.exec(response.headers.get("location") ?? "");
  if (match?.[1] === undefined) throw new Error(`unexpected redirect ${response.headers.get("location")}`);
  return match[1];
}

/** Read the version a draft is stored with, as its edit form and publication confirmation carry it. */
async function versionOf(petitionId: string): Promise<string> {
  return String((await findPetition(deps.database, petitionId))?.version);
}

async function auditActions(petitionId: string) {
  return deps.database.rows<{ action: string; actor_id: string; details: Record<string, unknown> }>(
    "select action, actor_id, details from audit_log where petition_id = $1 order by id",
    [petitionId],
  );
}

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  othersPetition = await createTestPetition(deps.database, { now: deps.clock.now(), status: "draft", title: "Fremder Entwurf" });
  organiser = await createSignedInStaff(deps, { role: "organiser" });
  otherOrganiser = await createSignedInStaff(deps, { role: "organiser", name: "Otto Anders", teamPetitionIds: [othersPetition.id] });
  admin = await createSignedInStaff(deps, { role: "admin" });
  electionOffice = await createSignedInStaff(deps, { role: "election_office" });
});

afterAll(async () => {
  await deps.database.close();
});

describe("GET /verwaltung/buergerbegehren", () => {
  it("redirects an anonymous visitor to the sign-in page", async () => {
    const response = await get(BASE);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/anmelden?weiter=${encodeURIComponent(BASE)}`);
  });

  it("lists an organiser's team petitions only", async () => {
    const html = await (await get(BASE, otherOrganiser)).text();
    expect(html).toContain("Fremder Entwurf");
    expect(html).toContain("Neues Bürgerbegehren anlegen");
  });

  it("hides drafts and creation from the election office", async () => {
    const response = await get(BASE, electionOffice);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).not.toContain("Fremder Entwurf");
    expect(html).not.toContain("Neues Bürgerbegehren anlegen");
  });
});

describe("creating a draft", () => {
  it("shows the empty form with Saxony's defaults", async () => {
    const response = await get(`${BASE}/neu`, organiser);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("<title>Neues Bürgerbegehren – mitzeichnen</title>");
    expect(html).toContain('name="_csrf"');
    expect(html).toContain('id="minimumAge" name="minimumAge" type="text" inputmode="numeric" class="input-short" value="18"');
  });

  it("forbids the form to the election office", async () => {
    expect((await get(`${BASE}/neu`, electionOffice)).status).toBe(403);
  });

  it("rejects a post without the CSRF token", async () => {
    const response = await app.request(BASE, {
      method: "POST",
      headers: { Cookie: organiser.session.cookie, Origin: new URL(deps.config.publicUrl).origin, "Content-Type": "application/x-www-form-urlencoded" },
      body: formBody(formFields()),
    });
    expect(response.status).toBe(403);
  });

  it("responds 422 with a summary, messages and the typed values", async () => {
    const response = await post(
      BASE,
      organiser,
      formFields({ decisionProposal: "Das Freibad bleibt offen.", deputyName: "", collectionEnd: "2026-03-31", title: "Mein <Titel>" }),
    );
    const html = await response.text();

    expect(response.status).toBe(422);
    expect(html).toContain("<title>Fehler: Neues Bürgerbegehren – mitzeichnen</title>");
    expect(html).toContain('class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus');
    expect(html).toContain('<a href="#decisionProposal">Formulieren Sie den Entscheidungsvorschlag als Ja-Nein-Frage');
    expect(html).toContain('<a href="#deputyName">Geben Sie den Namen der stellvertretenden Vertrauensperson ein.');
    expect(html).toContain('<a href="#collectionEnd">Der letzte Sammeltag liegt vor dem ersten.');
    expect(html).toContain('<p id="deputyName-error" class="field-error-message"><span class="visually-hidden">Fehler: </span>');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain("Das Freibad bleibt offen.</textarea>");
    expect(html).toContain('value="Mein &lt;Titel&gt;"');
    expect(html).toContain('value="2026-03-31"');
  });

  it("links a checkbox group's error to its first box", async () => {
    const html = await (await post(BASE, organiser, formFields({ signatureKinds: [] }))).text();
    expect(html).toContain('<a href="#signatureKinds-paper">Wählen Sie mindestens eine Art der Unterschrift aus');
  });

  it("answers in English on request", async () => {
    const response = await app.request(`${BASE}?lang=en`, {
      method: "POST",
      headers: { ...organiser.session.postHeaders, "Content-Type": "application/x-www-form-urlencoded" },
      body: formBody(formFields({ title: "" })),
    });
    const html = await response.text();
    expect(response.status).toBe(422);
    expect(html).toContain("<title>Error: New citizens&#39; initiative – mitzeichnen</title>");
    expect(html).toContain("Enter a title.");
  });

  it("stores the draft, puts the creator on its team and audits it", async () => {
    const id = await createDraftAs(organiser);
    const petition = await findPetition(deps.database, id);

    expect(petition).toMatchObject({ status: "draft", quorum: 21_786, eligibleResidents: 435_720, createdBy: organiser.id, signatureKinds: ["online", "paper"] });
    const team = await deps.database.rows("select staff_member_id from petition_team_members where petition_id = $1", [id]);
    expect(team).toEqual([{ staff_member_id: organiser.id }]);
    expect(await auditActions(id)).toEqual([{ action: "petition.created", actor_id: organiser.id, details: {} }]);
  });
});

describe("a draft's pages", () => {
  let draftId: string;

  beforeAll(async () => {
    draftId = await createDraftAs(organiser);
  });

  it("shows the overview with deadlines to the team", async () => {
    const response = await get(`${BASE}/${draftId}`, organiser);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("Einreichung spätestens am 16.03.2027");
    expect(html).toContain("Quorum: 21.786 Unterschriften (5 Prozent von 435.720 Bürgerinnen und Bürgern, aufgerundet)");
  });

  it("shows the overview to an administrator", async () => {
    expect((await get(`${BASE}/${draftId}`, admin)).status).toBe(200);
  });

  it.each([
    ["GET", ""],
    ["GET", "/bearbeiten"],
    ["POST", "/bearbeiten"],
    ["GET", "/vorschau"],
    ["GET", "/anzeige.pdf"],
    ["POST", "/veroeffentlichen"],
    ["GET", "/stand"],
    ["GET", "/tageszahlen.csv"],
  ])("forbids %s %s to an organiser of another team", async (method, suffix) => {
    const path = `${BASE}/${draftId}${suffix}`;
    const response = method === "GET" ? await get(path, otherOrganiser) : await post(path, otherOrganiser, formFields());
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Kein Zugriff");
  });

  it.each(["", "/bearbeiten", "/vorschau", "/anzeige.pdf", "/stand"])("forbids GET %s of a draft to the election office", async (suffix) => {
    expect((await get(`${BASE}/${draftId}${suffix}`, electionOffice)).status).toBe(403);
  });

  it.each(["", "/bearbeiten", "/vorschau"])("redirects an anonymous GET %s to sign-in", async (suffix) => {
    expect((await get(`${BASE}/${draftId}${suffix}`)).status).toBe(303);
  });

  it("answers 404 for an unknown petition to an administrator", async () => {
    expect((await get(`${BASE}/00000000-0000-4000-8000-000000000000`, admin)).status).toBe(404);
    expect((await get(`${BASE}/kein-uuid/bearbeiten`, admin)).status).toBe(404);
  });

  it("fills the edit form with the stored values", async () => {
    const html = await (await get(`${BASE}/${draftId}/bearbeiten`, organiser)).text();
    expect(html).toContain(`<input type="hidden" name="version" value="${await versionOf(draftId)}"/>`);
    expect(html).toContain('value="Freibad Elbwiesen erhalten"');
    expect(html).toContain('id="quorumSource-eligibleResidents" name="quorumSource" type="radio" value="eligibleResidents" checked=""');
    expect(html).toContain('value="435720"');
  });

  it("saves an edit and audits the changed fields", async () => {
    const version = await versionOf(draftId);
    const response = await post(`${BASE}/${draftId}/bearbeiten`, organiser, formFields({ title: "Freibad retten", quorumSource: "number", quorum: "20.000", version }));
    expect(response.status).toBe(303);
    expect(await findPetition(deps.database, draftId)).toMatchObject({ title: "Freibad retten", quorum: 20_000, eligibleResidents: null, version: Number(version) + 1 });
    const audit = await auditActions(draftId);
    expect(audit.at(-1)).toEqual({
      action: "petition.updated",
      actor_id: organiser.id,
      details: { changedFields: ["title", "quorum", "eligibleResidents"], version: Number(version) + 1 },
    });
  });

  it("keeps the draft unchanged after a rejected edit", async () => {
    const version = await versionOf(draftId);
    const response = await post(`${BASE}/${draftId}/bearbeiten`, organiser, formFields({ quorumSource: "number", quorum: "0", version }));
    const html = await response.text();
    expect(response.status).toBe(422);
    expect(html).toContain("Geben Sie als Quorum eine ganze Zahl größer als 0 ein");
    expect(html).toContain(`<input type="hidden" name="version" value="${version}"/>`);
    expect((await findPetition(deps.database, draftId))?.quorum).toBe(20_000);
  });

  it("previews the public page without signing", async () => {
    const response = await get(`${BASE}/${draftId}/vorschau`, organiser);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("Vorschau: So sehen Bürgerinnen und Bürger das Bürgerbegehren");
    expect(html).toContain("Die Sammlung beginnt am 01.04.2026.");
    expect(html).toContain("Soll die Landeshauptstadt Dresden das Freibad Elbwiesen weiter betreiben?");
  });

  it("shows no signing in the preview of an open period", async () => {
    const html = await (await get(`${BASE}/${othersPetition.id}/vorschau`, admin)).text();
    expect(html).toContain("Noch 90 Tage");
    expect(html).not.toContain(`action="/petitionen/${othersPetition.id}/wallet"`);
    expect(html).not.toContain("hx-get=");
    expect(html).not.toContain("Quittungscode");
  });

  it("keeps the draft off the public page", async () => {
    expect((await get(`/petitionen/${draftId}`)).status).toBe(404);
  });

  it("serves the notification as a PDF", async () => {
    const response = await get(`${BASE}/${draftId}/anzeige.pdf`, organiser);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="anzeige-buergerbegehren.pdf"');
    const pdf = await extractPdfText(Buffer.from(await response.arrayBuffer()));
    expect(pdf.text.replace(/\s+/g, " ")).toContain("Anzeige eines Bürgerbegehrens");
    expect(pdf.text).toContain("Freibad retten");
  });
});

describe("publishing", () => {
  it("publishes, freezes the content and shows the public page before the start", async () => {
    const id = await createDraftAs(organiser);
    const author = organiser;

    const response = await post(`${BASE}/${id}/veroeffentlichen`, author, { version: await versionOf(id) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${BASE}/${id}`);
    const overview = await app.request(`${BASE}/${id}`, { headers: { Cookie: cookieHeaderAfter(response, author.session.cookie) } });
    expect(await overview.text()).toContain("ist veröffentlicht");
    expect(await findPetition(deps.database, id)).toMatchObject({ status: "collecting", publishedAt: deps.clock.now() });
    expect((await auditActions(id)).map((entry) => entry.action)).toEqual(["petition.created", "petition.published"]);
    expect((await auditActions(id)).at(-1)?.details).toEqual({ version: 1 });

    const edit = await post(`${BASE}/${id}/bearbeiten`, author, formFields({ title: "Nachträglich geändert", version: await versionOf(id) }));
    expect(edit.status).toBe(409);
    expect(await edit.text()).toContain("Dieses Bürgerbegehren ist veröffentlicht. Sein Inhalt ist seitdem festgeschrieben");
    expect((await findPetition(deps.database, id))?.title).toBe("Freibad Elbwiesen erhalten");
    expect((await get(`${BASE}/${id}/bearbeiten`, author)).status).toBe(409);
    expect((await post(`${BASE}/${id}/veroeffentlichen`, author, { version: await versionOf(id) })).status).toBe(409);
    expect((await get(`${BASE}/${id}/veroeffentlichen`, author)).status).toBe(409);

    const publicPage = await (await get(`/petitionen/${id}`)).text();
    expect(publicPage).toContain("Die Sammlung beginnt am 01.04.2026.");
    expect(publicPage).not.toContain(`action="/petitionen/${id}/wallet"`);
  });

  it("rejects a period that has already ended", async () => {
    const petition = await createTestPetition(deps.database, { now: deps.clock.now(), status: "draft", notificationDate: "2026-01-01", collectionStart: "2026-01-10", collectionEnd: "2026-03-14" });
    const response = await post(`${BASE}/${petition.id}/veroeffentlichen`, admin, { version: String(petition.version) });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Die Sammelfrist endete am 14.03.2026.");
    expect((await findPetition(deps.database, petition.id))?.status).toBe("draft");
  });
});

describe("confirming the publication", () => {
  it("shows what publishing freezes and carries the version", async () => {
    const id = await createDraftAs(organiser, { costCoverageProposal: "Aus der Rücklage für Sportstätten." });
    const response = await get(`${BASE}/${id}/veroeffentlichen`, organiser);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain("Veröffentlichung bestätigen");
    expect(html).toContain("Diese Angaben werden festgeschrieben");
    expect(html).toContain("Alle folgenden Angaben lassen sich danach nicht mehr ändern");
    expect(html).toContain("Unterschreiben kann man vom 01.04.2026 bis zum 30.09.2026.");
    expect(html).toContain("Soll die Landeshauptstadt Dresden das Freibad Elbwiesen weiter betreiben?");
    expect(html).toContain("Aus der Rücklage für Sportstätten.");
    expect(html).toContain("Erika Musterfrau, erika@example.org");
    expect(html).toContain("Max Mustermann, max@example.org");
    expect(html).toContain("Quorum: 21.786 Unterschriften (5 Prozent von 435.720 Bürgerinnen und Bürgern, aufgerundet)");
    expect(html).toContain("Hauptwohnsitz in: Dresden (14612000)");
    expect(html).toContain("Einreichung spätestens am 16.03.2027");
    expect(html).toContain(`<form method="post" action="${BASE}/${id}/veroeffentlichen">`);
    expect(html).toContain('<input type="hidden" name="version" value="1"/>');
    expect(html).toContain("Verbindlich veröffentlichen");
  });

  it("is reached from the draft's overview", async () => {
    const id = await createDraftAs(organiser);
    const html = await (await get(`${BASE}/${id}`, organiser)).text();
    expect(html).toContain(`<a class="button" href="${BASE}/${id}/veroeffentlichen">Veröffentlichen …</a>`);
    expect(html).not.toContain(`<form method="post" action="${BASE}/${id}/veroeffentlichen">`);
  });

  it("forbids the confirmation to another team", async () => {
    const id = await createDraftAs(organiser);
    expect((await get(`${BASE}/${id}/veroeffentlichen`, otherOrganiser)).status).toBe(403);
  });
});

describe("a draft changed in another tab", () => {
  it("rejects an edit from the older version with 409", async () => {
    const id = await createDraftAs(organiser);
    const loaded = await versionOf(id);
    expect((await post(`${BASE}/${id}/bearbeiten`, admin, formFields({ title: "Von der Administration", version: loaded }))).status).toBe(303);

    const response = await post(`${BASE}/${id}/bearbeiten`, organiser, formFields({ title: "Aus dem zweiten Tab", reasoning: "Meine neue Begründung.", version: loaded }));
    const html = await response.text();

    expect(response.status).toBe(409);
    expect(html).toContain("Entwurf inzwischen geändert");
    expect(html).toContain("Ihre Änderungen wurden nicht gespeichert");
    expect(html).toContain(`<a class="button" href="${BASE}/${id}/bearbeiten">Aktuelle Fassung laden und erneut bearbeiten</a>`);
    expect(html).toContain("<dt>Titel</dt><dd><pre class=\"typed-text\">Aus dem zweiten Tab</pre></dd>");
    expect(html).toContain("<dt>Begründung</dt><dd><pre class=\"typed-text\">Meine neue Begründung.</pre></dd>");
    expect(html).not.toContain("<dt>Kostendeckungsvorschlag</dt>");
    expect((await findPetition(deps.database, id))?.title).toBe("Von der Administration");
  });

  it("rejects an edit without a version", async () => {
    const id = await createDraftAs(organiser);
    const response = await post(`${BASE}/${id}/bearbeiten`, organiser, formFields({ title: "Ohne Version" }));
    expect(response.status).toBe(409);
    expect((await findPetition(deps.database, id))?.title).toBe("Freibad Elbwiesen erhalten");
  });

  it("rejects publishing a version that has changed", async () => {
    const id = await createDraftAs(organiser);
    const confirmed = await versionOf(id);
    expect((await post(`${BASE}/${id}/bearbeiten`, organiser, formFields({ title: "Geändert", version: confirmed }))).status).toBe(303);

    const response = await post(`${BASE}/${id}/veroeffentlichen`, organiser, { version: confirmed });
    const html = await response.text();

    expect(response.status).toBe(409);
    expect(html).toContain("Das Bürgerbegehren ist deshalb nicht veröffentlicht.");
    expect(html).toContain(`<a class="button" href="${BASE}/${id}/veroeffentlichen">Aktuelle Fassung prüfen</a>`);
    expect((await findPetition(deps.database, id))?.status).toBe("draft");
    expect((await auditActions(id)).map((entry) => entry.action)).toEqual(["petition.created", "petition.updated"]);
  });

  it("explains the conflict in English", async () => {
    const id = await createDraftAs(organiser);
    const response = await post(`${BASE}/${id}/veroeffentlichen?lang=en`, organiser, { version: "99" });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Draft changed meanwhile");
  });
});

describe("notices on the overview", () => {
  it("shows the saved notice once", async () => {
    const response = await post(BASE, organiser, formFields());
    const location = response.headers.get("location") ?? "";
    const cookie = cookieHeaderAfter(response, organiser.session.cookie);

    const first = await app.request(location, { headers: { Cookie: cookie } });
    const again = await app.request(location, { headers: { Cookie: organiser.session.cookie } });

    expect(await first.text()).toContain("Der Entwurf ist gespeichert.");
    expect(first.headers.getSetCookie().join()).toContain("mz_workspace_notice=;");
    expect(await again.text()).not.toContain("Der Entwurf ist gespeichert.");
  });

  it("ignores notices in the query", async () => {
    const id = await createDraftAs(organiser);
    await post(`${BASE}/${id}/veroeffentlichen`, organiser, { version: await versionOf(id) });

    const dashboard = await (await get(`${BASE}/${id}?eingereicht=1&veroeffentlicht=1&gespeichert=1`, organiser)).text();
    const draft = await (await get(`${BASE}/${await createDraftAs(organiser)}?gespeichert=1`, organiser)).text();

    expect(dashboard).not.toContain("Das Bürgerbegehren ist eingereicht.");
    expect(dashboard).not.toContain("Das Bürgerbegehren ist veröffentlicht.");
    expect(draft).not.toContain("Der Entwurf ist gespeichert.");
  });
});
