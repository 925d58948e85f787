import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { validPaperLine } from "../../helpers/review";
import { createSignedInStaff, type TestStaffMember, type TestStaffSession } from "../../helpers/staff";
import { createTestInvitation, registerFromInvitation } from "../../helpers/staff-ceremonies";

type SignedIn = TestStaffMember & { session: TestStaffSession };

let deps: AppDeps;
let app: ReturnType<typeof createApp>;
let admin: SignedIn;

function post(path: string, fields: Record<string, string>) {
  return app.request(path, {
    method: "POST",
    headers: { ...admin.session.postHeaders, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Read the audit log page and return each row's cells as text. */
async function auditRows(query = ""): Promise<string[][]> {
  const html = await (await app.request(`/verwaltung/protokoll${query}`, { headers: { Cookie: admin.session.cookie } })).text();
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? "";
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...(row[1] ?? "").matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) => cell[1] ?? ""));
}

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  admin = await createSignedInStaff(deps, { role: "admin", name: "Ada Admin" });
});

afterAll(async () => {
  await deps.database.close();
});

describe("audit log details", () => {
  it("name the invitee and role of an invitation and its withdrawal", async () => {
    await post("/verwaltung/mitarbeitende", { name: "Ines Eingeladen", role: "election_office", petition: "" });
    const [invitation] = await deps.database.rows<{ id: string }>("select id from staff_invitations where display_name = 'Ines Eingeladen'");
    await post(`/verwaltung/mitarbeitende/einladungen/${invitation?.id}/zurueckziehen`, {});
    const rows = await auditRows();

    expect(rows[0]).toEqual([expect.any(String), "Ada Admin", "Einladung zurückgezogen", "", "Einladung für Ines Eingeladen als Wahlamt"]);
    expect(rows[1]).toEqual([expect.any(String), "Ada Admin", "Person eingeladen", "", "Einladung für Ines Eingeladen als Wahlamt"]);
  });

  it("name the passkey of a registration and a removal", async () => {
    const token = await createTestInvitation(deps, { role: "organiser", name: "Paula Passkey" });
    await registerFromInvitation(deps, app, token, { passkeyName: "Büro-Laptop" });
    const rows = await auditRows();

    expect(rows[0]).toEqual([expect.any(String), "Paula Passkey", "Konto mit Passkey eingerichtet", "", "Rolle Initiative (Vertrauensperson); Passkey „Büro-Laptop“"]);
  });

  it("name the team member and the petition of a team change", async () => {
    const petition = await createTestPetition(deps.database, { now: deps.clock.now(), title: "Spielplatz retten" });
    const organiser = await createSignedInStaff(deps, { role: "organiser", name: "Tom Team" });
    await post(`/verwaltung/mitarbeitende/${organiser.id}/teams`, { petition: petition.id });
    const rows = await auditRows(`?petition=${petition.id}`);

    expect(rows[0]).toEqual([expect.any(String), "Ada Admin", "Person ins Team aufgenommen", "Spielplatz retten", "Tom Team"]);
  });

  it("name the changed fields and the version of a draft", async () => {
    const petition = await createTestPetition(deps.database, { now: deps.clock.now(), status: "draft", title: "Alter Titel" });
    await deps.database.rows(
      `insert into audit_log (at, actor_id, action, petition_id, details) values ($3, $1, 'petition.updated', $2, '{"changedFields": ["title", "quorum", "rules"], "version": 2}')`,
      [admin.id, petition.id, deps.clock.now().toISOString()],
    );
    const rows = await auditRows(`?petition=${petition.id}`);

    expect(rows[0]?.[4]).toBe("Geänderte Angaben: Titel, Quorum, Unterschriftsberechtigung; Fassung 2");
  });

  it("name a disabled member and the sessions that ended", async () => {
    const member = await createSignedInStaff(deps, { role: "organiser", name: "Sven Gesperrt" });
    await post(`/verwaltung/mitarbeitende/${member.id}/sperren`, {});
    const rows = await auditRows();

    expect(rows[0]).toEqual([expect.any(String), "Ada Admin", "Konto gesperrt", "", "Sven Gesperrt (Initiative (Vertrauensperson))"]);
  });

  it("summarise entered paper lines", async () => {
    const petition = await createTestPetition(deps.database, { now: deps.clock.now(), serverSecret: deps.serverSecret });
    const office = await createSignedInStaff(deps, { role: "election_office", name: "Olga Office" });
    const person = { familyName: "Weiß", givenNames: "Anna", birthDate: "1980-05-17", placeOfBirth: "Görlitz" };
    await recordPaperLines(
      { database: deps.database, serverSecret: deps.serverSecret, clock: deps.clock, log: deps.logger },
      { petitionId: petition.id, staffId: office.id, lines: [validPaperLine(person, 3, 1), validPaperLine(person, 3, 2), validPaperLine({ ...person, givenNames: "Berta" }, 4, 7)] },
    );
    const rows = await auditRows(`?petition=${petition.id}`);

    expect(rows[0]?.[4]).toBe("3 Zeilen erfasst, 1 davon doppelt; Blatt 3: Zeile 1-2, Blatt 4: Zeile 7");
  });

  it.each([
    ["signatures.paper_corrected", { sheet: 2, line: 5, before: "duplicate", after: "under_age" }, "Blatt 2, Zeile 5; vorher doppelt; jetzt Mindestalter nicht erreicht"],
    ["signatures.paper_deleted", { sheet: 2, line: 6, before: "valid" }, "Blatt 2, Zeile 6; vorher gültig"],
    ["signatures.paper_withdrawn", { sheet: 12, line: 1, before: "valid" }, "Blatt 12, Zeile 1; vorher gültig"],
    [
      "signatures.decided",
      { signatureId: 41, channel: "paper", sheet: 3, line: 4, from: "confirmed", to: "invalid", reason: "no_main_residence" },
      "U-41; Blatt 3, Zeile 4; bestätigt → ungültig; kein Hauptwohnsitz in der Gemeinde",
    ],
    ["signatures.decided", { signatureId: 42, channel: "wallet", from: "provisional", to: "confirmed", reason: "register_checked" }, "U-42; vorläufig → bestätigt"],
    ["signatures.distinct_persons", { signatureIds: [7, 9] }, "U-7 und U-9 sind verschiedene Personen"],
  ])("summarise %s", async (action, details, expected) => {
    const petition = await createTestPetition(deps.database, { now: deps.clock.now() });
    await deps.database.rows("insert into audit_log (at, actor_id, action, petition_id, details) values ($3, $1, $4, $2, $5::jsonb)", [
      admin.id,
      petition.id,
      deps.clock.now().toISOString(),
      action,
      JSON.stringify(details),
    ]);
    const rows = await auditRows(`?petition=${petition.id}`);

    expect(rows[0]?.[4]).toBe(expected);
  });

  it("leave the details empty where an entry has none", async () => {
    await deps.database.rows("insert into audit_log (at, actor_id, action, details) values ($2, $1, 'staff.signed_out', '{}')", [admin.id, deps.clock.now().toISOString()]);
    expect((await auditRows())[0]?.[4]).toBe("");
  });

  it("are written in English for the English page", async () => {
    await post("/verwaltung/mitarbeitende", { name: "Erin English", role: "admin", petition: "" });
    const rows = await auditRows("?lang=en");

    expect(rows[0]?.[4]).toBe("Invitation for Erin English as Administration");
  });
});
