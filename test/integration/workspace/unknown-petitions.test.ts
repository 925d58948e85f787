import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { createSignedInStaff, type TestStaffMember, type TestStaffSession } from "../../helpers/staff";

type SignedIn = TestStaffMember & { session: TestStaffSession };

const BASE = "/verwaltung/buergerbegehren";

/** Every route of the workspace that names a petition: its method, and whether the election office may use it at all. */
const ROUTES: [method: "GET" | "POST", suffix: string, openToElectionOffice: boolean][] = [
  ["GET", "", true],
  ["GET", "/bearbeiten", false],
  ["POST", "/bearbeiten", false],
  ["GET", "/vorschau", false],
  ["GET", "/anzeige.pdf", false],
  ["GET", "/veroeffentlichen", false],
  ["POST", "/veroeffentlichen", false],
  ["GET", "/stand", true],
  ["GET", "/tageszahlen.csv", true],
];

/** Ids that name no petition: malformed ones, some with broken percent-encoding, and a well-formed unknown one. */
const UNKNOWN_IDS = [
  "kein-uuid",
  "00000000-0000-4000-8000-00000000000",
  "00000000-0000-4000-8000-000000000000x",
  "%E0%A4%A",
  "%00",
  "..%2F..%2Fetc",
  "x".repeat(500),
  "00000000-0000-4000-8000-000000000000",
  "FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF",
];

let deps: AppDeps;
let app: ReturnType<typeof createApp>;
let staff: Record<"admin" | "organiser" | "election_office", SignedIn>;

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  const teamPetition = await createTestPetition(deps.database, { now: deps.clock.now(), status: "draft" });
  staff = {
    admin: await createSignedInStaff(deps, { role: "admin" }),
    organiser: await createSignedInStaff(deps, { role: "organiser", teamPetitionIds: [teamPetition.id] }),
    election_office: await createSignedInStaff(deps, { role: "election_office" }),
  };
});

afterAll(async () => {
  await deps.database.close();
});

function request(method: "GET" | "POST", path: string, who: SignedIn) {
  if (method === "GET") return app.request(path, { headers: { Cookie: who.session.cookie } });
  return app.request(path, {
    method: "POST",
    headers: { ...who.session.postHeaders, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ title: "Neu" }),
  });
}

describe("workspace routes for an unknown petition", () => {
  const cases = ROUTES.flatMap(([method, suffix, openToElectionOffice]) => UNKNOWN_IDS.map((id) => [method, suffix, id, openToElectionOffice] as const));

  it.each(cases)("answer %s …%s for id %s with 404", async (method, suffix, id, openToElectionOffice) => {
    const path = `${BASE}/${id}${suffix}`;
    const roles = openToElectionOffice ? (["admin", "organiser", "election_office"] as const) : (["admin", "organiser"] as const);

    for (const role of roles) {
      const response = await request(method, path, staff[role]);
      const html = await response.text();

      expect(response.status, `${role} ${method} ${path}`).toBe(404);
      expect(html, role).toContain("Seite nicht gefunden");
      expect(html, role).toContain('<a href="/verwaltung">Zur Verwaltung</a>');
    }
  });

  it.each(ROUTES.filter(([, , open]) => !open))("forbid %s …%s to the election office", async (method, suffix) => {
    const response = await request(method, `${BASE}/${UNKNOWN_IDS[0]}${suffix}`, staff.election_office);
    const html = await response.text();

    expect(response.status).toBe(403);
    expect(html).toContain("Kein Zugriff");
    expect(html).toContain('<a href="/verwaltung">Zur Verwaltung</a>');
  });
});

describe("error pages outside the staff area", () => {
  it("lead a signed-in staff member to the list of petitions", async () => {
    const response = await request("GET", "/petitionen/kein-uuid", staff.admin);
    const html = await response.text();

    expect(response.status).toBe(404);
    expect(html).toContain('<a href="/">Zur Übersicht der Bürgerbegehren</a>');
  });

  it("lead a visitor without a session to the list of petitions", async () => {
    const response = await app.request("/verwaltung/gibt-es-nicht");

    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<a href="/">Zur Übersicht der Bürgerbegehren</a>');
  });
});
