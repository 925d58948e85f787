import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { disableStaffMember } from "../../../src/staff/disable-staff-member";
import { createTestDeps } from "../../helpers/app";
import { createSignedInStaff } from "../../helpers/staff";

describe("disabling a staff member", () => {
  let deps: AppDeps;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    deps = await createTestDeps();
    app = createApp(deps);
  });
  afterAll(async () => {
    await deps.database.close();
  });

  function disable(headers: Record<string, string>, id: string) {
    return app.request(`/verwaltung/mitarbeitende/${id}/sperren`, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
      body: "",
    });
  }

  it("ends the member's sessions and records who did it", async () => {
    const admin = await createSignedInStaff(deps, { role: "admin" });
    const organiser = await createSignedInStaff(deps, { role: "organiser", name: "Olga Orga" });
    expect((await app.request("/verwaltung", { headers: { Cookie: organiser.session.cookie } })).status).toBe(200);

    const response = await disable(admin.session.postHeaders, organiser.id);

    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Olga Orga ist gesperrt.");
    expect((await app.request("/verwaltung", { headers: { Cookie: organiser.session.cookie } })).status).toBe(303);
    const [member] = await deps.database.rows<{ disabled: boolean }>("select disabled_at = $2::timestamptz as disabled from staff_members where id = $1", [
      organiser.id,
      deps.clock.now().toISOString(),
    ]);
    expect(member?.disabled).toBe(true);
    const audit = await deps.database.rows<{ action: string; details: unknown }>("select action, details from audit_log where actor_id = $1", [admin.id]);
    expect(audit).toEqual([{ action: "staff.disabled", details: { staffMemberId: organiser.id, role: "organiser" } }]);
  });

  it("refuses the own account, a second time, and the last administrator", async () => {
    const admin = await createSignedInStaff(deps, { role: "admin" });
    const member = await createSignedInStaff(deps, { role: "election_office" });
    await disable(admin.session.postHeaders, member.id);

    const own = await disable(admin.session.postHeaders, admin.id);
    const again = await disable(admin.session.postHeaders, member.id);

    expect(own.status).toBe(409);
    expect(await own.text()).toContain("Sie können Ihr eigenes Konto nicht sperren.");
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("bereits gesperrt");
  });

  it("keeps the last active administrator", async () => {
    const fresh = await createTestDeps();
    const freshApp = createApp(fresh);
    const first = await createSignedInStaff(fresh, { role: "admin" });
    const second = await createSignedInStaff(fresh, { role: "admin" });
    const post = (headers: Record<string, string>, id: string) =>
      freshApp.request(`/verwaltung/mitarbeitende/${id}/sperren`, { method: "POST", headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" }, body: "" });

    expect((await post(first.session.postHeaders, second.id)).status).toBe(200);
    const third = await createSignedInStaff(fresh, { role: "admin" });
    expect((await post(third.session.postHeaders, first.id)).status).toBe(200);
    expect(await (await post(third.session.postHeaders, third.id)).text()).toContain("eigenes Konto");
    await fresh.database.close();
  });

  it("keeps one of two administrators who disable each other at once", async () => {
    const fresh = await createTestDeps();
    const first = await createSignedInStaff(fresh, { role: "admin" });
    const second = await createSignedInStaff(fresh, { role: "admin" });

    const results = await Promise.all([
      disableStaffMember(fresh.database, { adminId: first.id, staffMemberId: second.id, now: fresh.clock.now() }),
      disableStaffMember(fresh.database, { adminId: second.id, staffMemberId: first.id, now: fresh.clock.now() }),
    ]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.error)).toEqual(["LAST_ADMIN"]);
    const [active] = await fresh.database.rows<{ count: string | number }>("select count(*) as count from staff_members where role = 'admin' and disabled_at is null");
    expect(Number(active?.count)).toBe(1);
    await fresh.database.close();
  });

  it("answers 404 for an unknown or malformed id", async () => {
    const admin = await createSignedInStaff(deps, { role: "admin" });

    expect((await disable(admin.session.postHeaders, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await disable(admin.session.postHeaders, "nope")).status).toBe(404);
  });

  it("is for administrators only and needs the CSRF token", async () => {
    const admin = await createSignedInStaff(deps, { role: "admin" });
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const organiser = await createSignedInStaff(deps, { role: "organiser" });
    const { "X-CSRF-Token": _token, ...withoutToken } = admin.session.postHeaders;

    expect((await disable(office.session.postHeaders, organiser.id)).status).toBe(403);
    expect((await disable(withoutToken, organiser.id)).status).toBe(403);
  });

  it("shows a button for every other active member", async () => {
    const admin = await createSignedInStaff(deps, { role: "admin", name: "Anna Admin" });
    await createSignedInStaff(deps, { role: "organiser", name: "Bert Button" });

    const html = await (await app.request("/verwaltung/mitarbeitende", { headers: { Cookie: admin.session.cookie } })).text();

    expect(html).toContain("Bert Button sperren");
    expect(html).not.toContain("Anna Admin sperren");
  });
});
