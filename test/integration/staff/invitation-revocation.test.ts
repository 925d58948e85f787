import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { fixedClock } from "../../../src/clock";
import type { AppDeps } from "../../../src/deps";
import { INVITATION_TTL_MS } from "../../../src/staff/invite-staff-member";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { SoftwareAuthenticator } from "../../helpers/software-authenticator";
import { createSignedInStaff, type TestStaffMember, type TestStaffSession } from "../../helpers/staff";
import { createTestInvitation, registerFromInvitation, TestBrowser } from "../../helpers/staff-ceremonies";

type SignedIn = TestStaffMember & { session: TestStaffSession };

const STAFF_PATH = "/verwaltung/mitarbeitende";

let deps: AppDeps;
let app: ReturnType<typeof createApp>;
let admin: SignedIn;

async function invitationIdOf(token: string): Promise<string> {
  const [row] = await deps.database.rows<{ id: string }>("select id from staff_invitations where token_hash = sha256(convert_to($1, 'UTF8'))", [token]);
  if (row === undefined) throw new Error("invitation not stored");
  return row.id;
}

function revoke(invitationId: string, who: SignedIn = admin, headers: Record<string, string> = who.session.postHeaders) {
  return app.request(`${STAFF_PATH}/einladungen/${invitationId}/zurueckziehen`, {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
    body: "",
  });
}

async function staffPage(): Promise<string> {
  return (await app.request(STAFF_PATH, { headers: { Cookie: admin.session.cookie } })).text();
}

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  admin = await createSignedInStaff(deps, { role: "admin" });
});

afterAll(async () => {
  await deps.database.close();
});

describe("open invitations on the administrators' page", () => {
  it("lists an open invitation with its team and a withdraw button", async () => {
    const petition = await createTestPetition(deps.database, { now: deps.clock.now(), title: "Freibad retten" });
    const token = await createTestInvitation(deps, { role: "organiser", name: "Olivia Offen", petitionId: petition.id, createdBy: admin.id });
    const id = await invitationIdOf(token);
    const html = await staffPage();

    expect(html).toContain("Offene Einladungen");
    expect(html).toMatch(/<td>Olivia Offen<\/td><td>Initiative \(Vertrauensperson\)<\/td><td>Freibad retten<\/td><td>Ada Admin<\/td>/);
    expect(html).toContain(`action="${STAFF_PATH}/einladungen/${id}/zurueckziehen"`);
    expect(html).toContain("Einladung für Olivia Offen zurückziehen");
  });

  it("names the command line as inviter", async () => {
    await createTestInvitation(deps, { role: "election_office", name: "Carla Kommandozeile" });
    expect(await staffPage()).toMatch(/<td>Carla Kommandozeile<\/td><td>Wahlamt<\/td><td><\/td><td>Kommandozeile<\/td>/);
  });

  it("leaves out used and expired invitations", async () => {
    const used = await createTestInvitation(deps, { role: "organiser", name: "Ulla Benutzt" });
    await registerFromInvitation(deps, app, used);
    const local = await createTestDeps({ database: deps.database });
    (local.clock as ReturnType<typeof fixedClock>).advance(-INVITATION_TTL_MS - 1);
    await createTestInvitation(local, { role: "organiser", name: "Egon Abgelaufen" });
    const html = await staffPage();

    expect(html).not.toContain("Einladung für Ulla Benutzt zurückziehen");
    expect(html).not.toContain("Egon Abgelaufen");
  });
});

describe("withdrawing an invitation", () => {
  it("makes its link show the not-valid page", async () => {
    const token = await createTestInvitation(deps, { role: "organiser", name: "Walter Weg" });
    const response = await revoke(await invitationIdOf(token));
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain("Die Einladung für Walter Weg ist zurückgezogen. Ihr Link funktioniert nicht mehr.");
    expect(html).not.toContain("Einladung für Walter Weg zurückziehen");

    const page = await app.request(`/einladung?code=${token}`);
    const pageHtml = await page.text();
    expect(page.status).toBe(410);
    expect(pageHtml).toContain("Einladung nicht mehr gültig");
    expect(pageHtml).toContain("Die Administration hat die Einladung zurückgezogen.");
    expect(pageHtml).not.toContain("Passkey einrichten");
  });

  it("rejects starting a registration with the link", async () => {
    const token = await createTestInvitation(deps, { role: "organiser" });
    await revoke(await invitationIdOf(token));
    const response = await new TestBrowser(app, new URL(deps.config.publicUrl).origin).postJson(`/einladung/optionen?code=${token}`, {});

    expect(response.status).toBe(410);
    expect(await response.json()).toMatchObject({ code: "INVITATION_REVOKED" });
  });

  it("rejects a registration started before the withdrawal", async () => {
    const token = await createTestInvitation(deps, { role: "organiser" });
    const origin = new URL(deps.config.publicUrl).origin;
    const browser = new TestBrowser(app, origin);
    const options = (await (await browser.postJson(`/einladung/optionen?code=${token}`, {})).json()) as { challenge: string };
    await revoke(await invitationIdOf(token));

    const authenticator = new SoftwareAuthenticator(deps.config.webauthn.rpId, deps.config.webauthn.origin);
    const response = await browser.postJson(`/einladung/passkey?code=${token}`, { response: authenticator.createRegistrationResponse(options), name: "Laptop" });

    expect(response.status).toBe(410);
    expect(await response.json()).toMatchObject({ code: "INVITATION_REVOKED" });
    expect(browser.jar.get("mz_staff")).toBeUndefined();
  });

  it("records who withdrew which invitation", async () => {
    const petition = await createTestPetition(deps.database, { now: deps.clock.now() });
    const token = await createTestInvitation(deps, { role: "organiser", petitionId: petition.id });
    const id = await invitationIdOf(token);
    await revoke(id);

    const audit = await deps.database.rows<{ actor_id: string; petition_id: string; details: Record<string, unknown> }>(
      "select actor_id, petition_id, details from audit_log where action = 'staff.invitation_revoked' and details->>'invitationId' = $1",
      [id],
    );
    expect(audit).toEqual([{ actor_id: admin.id, petition_id: petition.id, details: { invitationId: id, role: "organiser" } }]);
    const [stored] = await deps.database.rows<{ revoked_by: string }>("select revoked_by from staff_invitations where id = $1", [id]);
    expect(stored?.revoked_by).toBe(admin.id);
  });

  it("responds 409 to a second withdrawal", async () => {
    const id = await invitationIdOf(await createTestInvitation(deps, { role: "organiser" }));
    await revoke(id);
    const response = await revoke(id);

    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Diese Einladung ist nicht mehr offen");
  });

  it("responds 409 to a used invitation and keeps the account", async () => {
    const token = await createTestInvitation(deps, { role: "organiser" });
    const { authenticator } = await registerFromInvitation(deps, app, token);
    const response = await revoke(await invitationIdOf(token));

    expect(response.status).toBe(409);
    const signIn = new TestBrowser(app, new URL(deps.config.publicUrl).origin);
    const options = (await (await signIn.postJson("/anmelden/optionen", {})).json()) as { challenge: string };
    expect((await signIn.postJson("/anmelden/pruefen", { response: authenticator.createAssertionResponse(options) })).status).toBe(200);
  });

  it.each(["00000000-0000-4000-8000-000000000000", "kein-uuid"])("responds 404 to the unknown id %s", async (id) => {
    const response = await revoke(id);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Diese Einladung gibt es nicht.");
  });

  it("is forbidden to organisers", async () => {
    const organiser = await createSignedInStaff(deps, { role: "organiser" });
    const id = await invitationIdOf(await createTestInvitation(deps, { role: "organiser" }));

    expect((await revoke(id, organiser)).status).toBe(403);
  });

  it("rejects a post without the CSRF token", async () => {
    const id = await invitationIdOf(await createTestInvitation(deps, { role: "organiser" }));
    const { "X-CSRF-Token": _token, ...withoutToken } = admin.session.postHeaders;
    expect((await revoke(id, admin, withoutToken)).status).toBe(403);
  });

  it("lets either the registration or the withdrawal win a race", async () => {
    for (let round = 0; round < 5; round++) {
      const token = await createTestInvitation(deps, { role: "organiser" });
      const browser = new TestBrowser(app, new URL(deps.config.publicUrl).origin);
      const options = (await (await browser.postJson(`/einladung/optionen?code=${token}`, {})).json()) as { challenge: string };
      const registration = new SoftwareAuthenticator(deps.config.webauthn.rpId, deps.config.webauthn.origin).createRegistrationResponse(options);
      const id = await invitationIdOf(token);

      const [registered, revoked] = await Promise.all([browser.postJson(`/einladung/passkey?code=${token}`, { response: registration, name: "Laptop" }), revoke(id)]);

      expect([registered.status, revoked.status].sort()).toEqual(registered.status === 200 ? [200, 409] : [200, 410]);
      const [stored] = await deps.database.rows<{ used: boolean; revoked: boolean }>(
        "select used_at is not null as used, revoked_at is not null as revoked from staff_invitations where id = $1",
        [id],
      );
      expect(stored?.used).not.toBe(stored?.revoked);
    }
  });
});
