import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { createSignedInStaff } from "../../helpers/staff";

describe("administrators' pages", () => {
  let deps: AppDeps;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    deps = await createTestDeps();
    app = createApp(deps);
  });
  afterAll(async () => {
    await deps.database.close();
  });

  function postInvitation(headers: Record<string, string>, fields: Record<string, string>) {
    return app.request("/verwaltung/mitarbeitende", {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
  }

  it("invites an organiser into a petition's team", async () => {
    const admin = await createSignedInStaff(deps, { role: "admin" });
    const petition = await createTestPetition(deps.database, { now: deps.clock.now() });
    const response = await postInvitation(admin.session.postHeaders, { name: "Tina Team", role: "organiser", petition: petition.id });
    expect(response.status).toBe(201);
    const html = await response.text();
    const link = /<code>([^<]+)<\/code>/.exec(html)?.[1] ?? "";
    expect(link).toMatch(/^http:\/\/localhost:3000\/einladung\?code=[A-Za-z0-9_-]{43}$/);
    expect((await app.request(new URL(link).pathname + new URL(link).search)).status).toBe(200);

    const audit = await deps.database.rows<{ action: string; petition_id: string }>("select action, petition_id from audit_log where actor_id = $1", [admin.id]);
    expect(audit).toEqual([{ action: "staff.invited", petition_id: petition.id }]);
  });

  it("responds 422 with messages and keeps the input", async () => {
    const admin = await createSignedInStaff(deps, { role: "admin" });
    const response = await postInvitation(admin.session.postHeaders, { name: "", role: "admin", petition: "00000000-0000-4000-8000-000000000000" });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("<title>Fehler: ");
    expect(html).toContain("Geben Sie den Namen der Person ein.");
    expect(html).toContain("Ein Team gibt es nur für die Rolle Initiative.");
    expect(html).toContain('href="#invite-name"');
  });

  it("responds 422 to an unknown petition", async () => {
    const admin = await createSignedInStaff(deps, { role: "admin" });
    const response = await postInvitation(admin.session.postHeaders, { name: "Paul", role: "organiser", petition: "00000000-0000-4000-8000-000000000000" });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Dieses Bürgerbegehren gibt es nicht mehr.");
  });

  it("responds 403 to an organiser", async () => {
    const organiser = await createSignedInStaff(deps, { role: "organiser" });
    expect((await app.request("/verwaltung/mitarbeitende", { headers: { Cookie: organiser.session.cookie } })).status).toBe(403);
    expect((await postInvitation(organiser.session.postHeaders, { name: "X", role: "admin" })).status).toBe(403);
    expect((await app.request("/verwaltung/protokoll", { headers: { Cookie: organiser.session.cookie } })).status).toBe(403);
  });

  it("responds 403 to an invitation without the CSRF token", async () => {
    const admin = await createSignedInStaff(deps, { role: "admin" });
    const response = await postInvitation({ Cookie: admin.session.cookie, Origin: new URL(deps.config.publicUrl).origin }, { name: "X", role: "admin" });
    expect(response.status).toBe(403);
  });

  it("shows the audit log newest first and filters by petition", async () => {
    const admin = await createSignedInStaff(deps, { role: "admin", name: "Protokoll Admin" });
    const petition = await createTestPetition(deps.database, { now: deps.clock.now(), title: "Freibad erhalten" });
    await postInvitation(admin.session.postHeaders, { name: "Erste", role: "election_office" });
    await postInvitation(admin.session.postHeaders, { name: "Zweite", role: "organiser", petition: petition.id });

    const all = await (await app.request("/verwaltung/protokoll", { headers: { Cookie: admin.session.cookie } })).text();
    expect(all).toContain("Person eingeladen");
    expect(all).toContain("Freibad erhalten");
    const filtered = await (await app.request(`/verwaltung/protokoll?petition=${petition.id}`, { headers: { Cookie: admin.session.cookie } })).text();
    expect(filtered.match(/<tr>/g)?.length).toBe(2);
    expect(filtered).toContain("Protokoll Admin");
  });

  it("paginates by 50 entries", async () => {
    const admin = await createSignedInStaff(deps, { role: "admin" });
    for (let index = 0; index < 60; index++) await deps.database.rows("insert into audit_log (at, actor_id, action) values (now(), $1, 'staff.signed_in')", [admin.id]);
    const first = await (await app.request("/verwaltung/protokoll", { headers: { Cookie: admin.session.cookie } })).text();
    expect(first).toContain("Ältere Einträge");
    expect(first).not.toContain("Neuere Einträge");
    const second = await (await app.request("/verwaltung/protokoll?seite=2", { headers: { Cookie: admin.session.cookie } })).text();
    expect(second).toContain("Neuere Einträge");
    const garbage = await app.request("/verwaltung/protokoll?seite=abc&petition=kaputt", { headers: { Cookie: admin.session.cookie } });
    expect(garbage.status).toBe(200);
  });
});
