import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { findPetition, type Petition } from "../../../src/petitions/queries";
import { findSubmission } from "../../../src/petitions/submissions";
import { signPetition } from "../../../src/signing/sign-petition";
import { workspacePaths } from "../../../src/workspace/workspace-paths";
import { cookieHeaderAfter } from "../../helpers/flash";
import { createTestDeps } from "../../helpers/app";
import { berlinDateFrom, createTestPetition } from "../../helpers/petitions";
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

async function petitionWithTeam(overrides: Parameters<typeof createTestPetition>[1] = {}) {
  const petition = await createTestPetition(deps.database, { now: deps.clock.now(), ...overrides });
  const organiser = await createSignedInStaff(deps, { role: "organiser", teamPetitionIds: [petition.id] });
  return { petition, organiser };
}

async function auditActions(petition: Petition): Promise<string[]> {
  const rows = await deps.database.rows<{ action: string }>("select action from audit_log where petition_id = $1 order by id", [petition.id]);
  return rows.map((row) => row.action);
}

describe("GET submission confirmation", () => {
  it("explains what submitting does", async () => {
    const { petition, organiser } = await petitionWithTeam();

    const response = await app.request(workspacePaths(petition.id).submit, { headers: { Cookie: organiser.session.cookie } });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Die Sammlung endet sofort");
    expect(html).toContain("Sie können nur einmal einreichen.");
    expect(html).toContain(`action="${workspacePaths(petition.id).submit}"`);
    expect(html).toContain(`value="${organiser.session.csrfToken}"`);
  });

  it("links from the dashboard while collecting", async () => {
    const { petition, organiser } = await petitionWithTeam();

    const html = await (await app.request(workspacePaths(petition.id).overview, { headers: { Cookie: organiser.session.cookie } })).text();

    expect(html).toContain(`href="${workspacePaths(petition.id).submit}"`);
  });

  it("responds 409 for a draft", async () => {
    const { petition, organiser } = await petitionWithTeam({ status: "draft" });

    const response = await app.request(workspacePaths(petition.id).submit, { headers: { Cookie: organiser.session.cookie } });

    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Ein Entwurf kann nicht eingereicht werden.");
  });

  it("responds 403 to the election office", async () => {
    const { petition } = await petitionWithTeam();
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const response = await app.request(workspacePaths(petition.id).submit, { headers: { Cookie: office.session.cookie } });

    expect(response.status).toBe(403);
  });
});

describe("POST submission", () => {
  it("stops collecting and seals content and log head", async () => {
    const { petition, organiser } = await petitionWithTeam();
    await signForResidents(signContextFor(deps.database, deps.clock), petition, 4, "Einreichung");

    const response = await app.request(workspacePaths(petition.id).submit, { method: "POST", headers: organiser.session.postHeaders });

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(workspacePaths(petition.id).overview);
    expect((await findPetition(deps.database, petition.id))?.status).toBe("submitted");
    const submission = await findSubmission(deps.database, petition.id);
    expect(submission?.submittedBy).toBe(organiser.id);
    expect(submission?.submittedAt).toEqual(deps.clock.now());
    expect(submission?.logLength).toBe(4);
    const [head] = await deps.database.rows<{ head_hash: Buffer }>("select head_hash from signature_log_heads where petition_id = $1", [petition.id]);
    expect(submission?.logHeadHash.toString("hex")).toBe(Buffer.from(head?.head_hash ?? []).toString("hex"));
    expect(submission?.contentHash.toString("hex")).toBe(createHash("sha256").update(submission?.contentJson ?? "", "utf8").digest("hex"));
    expect(JSON.parse(submission?.contentJson ?? "{}")).toMatchObject({ title: petition.title, reasoning: petition.reasoning, rules: petition.rules });
    expect(await auditActions(petition)).toEqual(["petition.submitted"]);
  });

  it("rejects signing afterwards", async () => {
    const { petition, organiser } = await petitionWithTeam();
    await app.request(workspacePaths(petition.id).submit, { method: "POST", headers: organiser.session.postHeaders });

    const stale = await signPetition(signContextFor(deps.database, deps.clock), { petition, identity: residentNamed("Zu Spät"), channel: "passkey" });
    const fresh = await signPetition(signContextFor(deps.database, deps.clock), {
      petition: (await findPetition(deps.database, petition.id)) ?? petition,
      identity: residentNamed("Zu Spät"),
      channel: "passkey",
    });

    expect(stale.ok ? "signed" : stale.error).toBe("NOT_COLLECTING");
    expect(fresh.ok ? "signed" : fresh.error).toBe("NOT_COLLECTING");
    const [count] = await deps.database.rows<{ count: number }>("select count(*)::int as count from signatures where petition_id = $1", [petition.id]);
    expect(count?.count).toBe(0);
  });

  it("shows the submission on the dashboard and public page", async () => {
    const { petition, organiser } = await petitionWithTeam();
    const submitted = await app.request(workspacePaths(petition.id).submit, { method: "POST", headers: organiser.session.postHeaders });

    const dashboard = await (await app.request(workspacePaths(petition.id).overview, { headers: { Cookie: cookieHeaderAfter(submitted, organiser.session.cookie) } })).text();
    const publicPage = await (await app.request(`/petitionen/${petition.id}`)).text();

    expect(dashboard).toContain("Das Bürgerbegehren ist eingereicht.");
    expect(dashboard).toContain(`von ${organiser.name}`);
    expect(dashboard).toContain("noch nicht über die Zulässigkeit entschieden");
    expect(dashboard).not.toContain(`href="${workspacePaths(petition.id).submit}"`);
    expect(publicPage).toContain("Eingereicht beim Wahlamt am");
    expect(publicPage).toContain("Die Sammlung ist beendet.");
    expect(publicPage).not.toContain(`action="/petitionen/${petition.id}/wallet"`);
    expect(publicPage).not.toContain(organiser.name);
  });

  it("responds 409 the second time", async () => {
    const { petition, organiser } = await petitionWithTeam();
    await app.request(workspacePaths(petition.id).submit, { method: "POST", headers: organiser.session.postHeaders });

    const again = await app.request(workspacePaths(petition.id).submit, { method: "POST", headers: organiser.session.postHeaders });
    const page = await app.request(workspacePaths(petition.id).submit, { headers: { Cookie: organiser.session.cookie } });

    expect(again.status).toBe(409);
    expect(await again.text()).toContain("schon eingereicht");
    expect(page.status).toBe(409);
    expect(await auditActions(petition)).toEqual(["petition.submitted"]);
  });

  it("accepts a petition whose period ended", async () => {
    const { petition, organiser } = await petitionWithTeam({ collectionStart: berlinDateFrom(deps.clock.now(), -60), collectionEnd: berlinDateFrom(deps.clock.now(), -1) });

    const response = await app.request(workspacePaths(petition.id).submit, { method: "POST", headers: organiser.session.postHeaders });

    expect(response.status).toBe(303);
    expect((await findPetition(deps.database, petition.id))?.status).toBe("submitted");
  });

  it("responds 409 before the period starts", async () => {
    const start = berlinDateFrom(deps.clock.now(), 3);
    const { petition, organiser } = await petitionWithTeam({ collectionStart: start, notificationDate: berlinDateFrom(deps.clock.now(), -3) });

    const response = await app.request(workspacePaths(petition.id).submit, { method: "POST", headers: organiser.session.postHeaders });

    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Die Sammelfrist beginnt erst am");
    expect((await findPetition(deps.database, petition.id))?.status).toBe("collecting");
  });

  it("responds 409 for a draft", async () => {
    const { petition, organiser } = await petitionWithTeam({ status: "draft" });

    const response = await app.request(workspacePaths(petition.id).submit, { method: "POST", headers: organiser.session.postHeaders });

    expect(response.status).toBe(409);
    expect((await findPetition(deps.database, petition.id))?.status).toBe("draft");
  });

  it("responds 403 to another team and the office", async () => {
    const { petition } = await petitionWithTeam();
    const other = await createSignedInStaff(deps, { role: "organiser", teamPetitionIds: [] });
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const byOther = await app.request(workspacePaths(petition.id).submit, { method: "POST", headers: other.session.postHeaders });
    const byOffice = await app.request(workspacePaths(petition.id).submit, { method: "POST", headers: office.session.postHeaders });

    expect(byOther.status).toBe(403);
    expect(byOffice.status).toBe(403);
    expect((await findPetition(deps.database, petition.id))?.status).toBe("collecting");
  });

  it("lets an administrator submit", async () => {
    const { petition } = await petitionWithTeam();
    const admin = await createSignedInStaff(deps, { role: "admin" });

    const response = await app.request(workspacePaths(petition.id).submit, { method: "POST", headers: admin.session.postHeaders });

    expect(response.status).toBe(303);
  });

  it("responds 403 without CSRF token", async () => {
    const { petition, organiser } = await petitionWithTeam();
    const { "X-CSRF-Token": _token, ...withoutToken } = organiser.session.postHeaders;

    const response = await app.request(workspacePaths(petition.id).submit, { method: "POST", headers: withoutToken });

    expect(response.status).toBe(403);
    expect((await findPetition(deps.database, petition.id))?.status).toBe("collecting");
  });

  it("sends visitors without a session to sign in", async () => {
    const { petition } = await petitionWithTeam();

    const response = await app.request(workspacePaths(petition.id).submit, { method: "POST", headers: { Origin: new URL(deps.config.publicUrl).origin } });

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/anmelden");
    expect((await findPetition(deps.database, petition.id))?.status).toBe("collecting");
  });

  it("explains in English", async () => {
    const { petition, organiser } = await petitionWithTeam({ status: "draft" });

    const response = await app.request(`${workspacePaths(petition.id).submit}?lang=en`, { headers: { Cookie: organiser.session.cookie } });

    expect(await response.text()).toContain("A draft cannot be submitted.");
  });
});
