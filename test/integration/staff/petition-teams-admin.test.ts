import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { createSignedInStaff } from "../../helpers/staff";

describe("administrators managing petition teams", () => {
  let deps: AppDeps;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    deps = await createTestDeps();
    app = createApp(deps);
  });
  afterAll(async () => {
    await deps.database.close();
  });

  function post(headers: Record<string, string>, path: string, fields: Record<string, string> = {}) {
    return app.request(path, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
  }

  it("adds and removes a team member", async () => {
    const admin = await createSignedInStaff(deps, { role: "admin" });
    const organiser = await createSignedInStaff(deps, { role: "organiser" });
    const petition = await createTestPetition(deps.database, { now: deps.clock.now(), status: "draft" });
    const dashboard = `/verwaltung/buergerbegehren/${petition.id}/bearbeiten`;
    expect((await app.request(dashboard, { headers: { Cookie: organiser.session.cookie } })).status).toBe(403);

    const added = await post(admin.session.postHeaders, `/verwaltung/mitarbeitende/${organiser.id}/teams`, { petition: petition.id });

    expect(added.status).toBe(200);
    expect(await added.text()).toContain("Die Person ist jetzt im Team.");
    expect((await app.request(dashboard, { headers: { Cookie: organiser.session.cookie } })).status).toBe(200);

    const removed = await post(admin.session.postHeaders, `/verwaltung/mitarbeitende/${organiser.id}/teams/${petition.id}/entfernen`);

    expect(removed.status).toBe(200);
    expect((await app.request(dashboard, { headers: { Cookie: organiser.session.cookie } })).status).toBe(403);
    const audit = await deps.database.rows<{ action: string; petition_id: string }>("select action, petition_id from audit_log where actor_id = $1 order by at, action", [admin.id]);
    expect(audit.map((entry) => entry.action).sort()).toEqual(["petition.team_member_added", "petition.team_member_removed"]);
  });

  it("refuses election office staff, unknown petitions and people not on the team", async () => {
    const admin = await createSignedInStaff(deps, { role: "admin" });
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const organiser = await createSignedInStaff(deps, { role: "organiser" });
    const petition = await createTestPetition(deps.database, { now: deps.clock.now() });

    expect((await post(admin.session.postHeaders, `/verwaltung/mitarbeitende/${office.id}/teams`, { petition: petition.id })).status).toBe(409);
    expect((await post(admin.session.postHeaders, `/verwaltung/mitarbeitende/${organiser.id}/teams`, { petition: "00000000-0000-4000-8000-000000000000" })).status).toBe(404);
    expect((await post(admin.session.postHeaders, `/verwaltung/mitarbeitende/${organiser.id}/teams`, { petition: "nope" })).status).toBe(404);
    expect((await post(admin.session.postHeaders, `/verwaltung/mitarbeitende/${organiser.id}/teams/${petition.id}/entfernen`)).status).toBe(409);
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await post(admin.session.postHeaders, `/verwaltung/mitarbeitende/${unknown}/teams/${petition.id}/entfernen`)).status).toBe(404);
    expect((await post(admin.session.postHeaders, `/verwaltung/mitarbeitende/${organiser.id}/teams/${unknown}/entfernen`)).status).toBe(404);
  });

  it("is for administrators only", async () => {
    const organiser = await createSignedInStaff(deps, { role: "organiser" });
    const petition = await createTestPetition(deps.database, { now: deps.clock.now() });

    expect((await post(organiser.session.postHeaders, `/verwaltung/mitarbeitende/${organiser.id}/teams`, { petition: petition.id })).status).toBe(403);
  });

  it("lists each organiser's teams with a remove button", async () => {
    const admin = await createSignedInStaff(deps, { role: "admin" });
    const organiser = await createSignedInStaff(deps, { role: "organiser", name: "Tom Team" });
    const petition = await createTestPetition(deps.database, { now: deps.clock.now() });
    await post(admin.session.postHeaders, `/verwaltung/mitarbeitende/${organiser.id}/teams`, { petition: petition.id });

    const html = await (await app.request("/verwaltung/mitarbeitende", { headers: { Cookie: admin.session.cookie } })).text();

    expect(html).toContain(`/verwaltung/mitarbeitende/${organiser.id}/teams/${petition.id}/entfernen`);
    expect(html).toContain("Bürgerbegehren für Tom Team");
  });
});
