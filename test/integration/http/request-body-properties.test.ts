import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDeps } from "../../../src/deps";
import type { Petition } from "../../../src/petitions/queries";
import { newResidentSessionHeaders } from "../../helpers/residents";
import { appRoutes, concretePath, type AppRoute } from "../../helpers/routes";
import { createTestStaffMember, signInTestStaff } from "../../helpers/staff";
import { createWalletTestSetup } from "../../helpers/wallet";

type App = Awaited<ReturnType<typeof createWalletTestSetup>>["app"];
type Role = "anonymous" | "resident" | "organiser" | "office" | "admin";

/** Field names the app's forms and JSON bodies use, so random bodies reach past the first check. */
const FIELD_NAMES = [
  "code", "name", "role", "petition", "response", "title", "decisionProposal", "reasoning", "costCoverageProposal", "quorum",
  "quorumSource", "collectionStart", "collectionEnd", "municipalityKeys", "minimumAge", "familyName", "givenNames", "birthDate",
  "placeOfBirth", "municipalityKey", "mainResidenceSince", "nationalities", "resident", "decline", "client_id", "request_uri",
  "state", "vp_token", "error", "wallet_nonce", "_csrf", "__proto__", "constructor", "address", "sheet", "line", "signedOn",
  "outcome", "reason", "decision", "expectedStatus", "expectedReason", "sheets", "sheetCount", "firstSheet", "referenceDate",
  "eligibleResidents", "admissible", "decidedOn", "reference", "note", "signatureKinds", "auswahl", "version",
];

const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("", "0", "-1", "1e309", "null", "2026-02-30", "14612000", "DE", "<script>", "\u0000", "%", "%zz", "../../etc"),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);

const formBody = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 10 })), value), { maxLength: 8 })
  .map((pairs) => pairs.map(([name, fieldValue]) => `${encodeURIComponent(name)}=${encodeURIComponent(fieldValue)}`).join("&"));

const jsonBody = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }).map((object) => JSON.stringify(object)),
  fc.string({ maxLength: 40 }),
);

const request = fc.oneof(
  formBody.map((body) => ({ contentType: "application/x-www-form-urlencoded", body })),
  jsonBody.map((body) => ({ contentType: "application/json", body })),
  fc.string({ maxLength: 60 }).map((body) => ({ contentType: "multipart/form-data; boundary=x", body })),
  fc.string({ maxLength: 60 }).map((body) => ({ contentType: "text/plain", body })),
);

describe("random request bodies", () => {
  let deps: AppDeps;
  let app: App;
  let petition: Petition;
  let origin: string;
  const staffIds = new Map<Role, string>();

  beforeAll(async () => {
    const setup = await createWalletTestSetup({ env: { DEMO: "1" } });
    ({ app, deps, petition } = setup);
    origin = new URL(deps.config.publicUrl).origin;
    staffIds.set("organiser", (await createTestStaffMember(deps.database, { role: "organiser", teamPetitionIds: [petition.id] })).id);
    staffIds.set("office", (await createTestStaffMember(deps.database, { role: "election_office" })).id);
    staffIds.set("admin", (await createTestStaffMember(deps.database, { role: "admin" })).id);
  });
  afterAll(async () => {
    await deps.database.close();
  });

  async function headersFor(role: Role): Promise<Record<string, string>> {
    if (role === "anonymous") return { Origin: origin };
    if (role === "resident") return newResidentSessionHeaders(deps);
    return (await signInTestStaff(deps, staffIds.get(role)!)).postHeaders;
  }

  async function signatureCount(): Promise<number> {
    const [row] = await deps.database.rows<{ count: string }>("select count(*) as count from signatures");
    return Number(row?.count);
  }

  // One test walks every POST route, so it gets more than the default 30 seconds on a loaded machine.
  it("never get a 500 on any POST route and count no signature", { timeout: 120_000 }, async () => {
    const posts = appRoutes(app).filter((route): route is AppRoute => route.method === "POST");
    expect(posts.length).toBeGreaterThan(20);
    const before = await signatureCount();

    for (const route of posts) {
      // :id names the petition, except on staff routes, where it is left to an id that names no one.
      const params: Record<string, string> = route.path.includes("/mitarbeitende/") ? { petitionId: petition.id } : { id: petition.id };
      const path = concretePath(route.path, params);
      await fc.assert(
        fc.asyncProperty(request, fc.constantFrom<Role>("anonymous", "resident", "organiser", "office", "admin"), async (sent, role) => {
          const headers = { ...(await headersFor(role)), "Content-Type": sent.contentType };
          const response = await app.request(path, { method: "POST", headers, body: sent.body });
          expect(response.status, `${route.method} ${route.path} as ${role}`).toBeLessThan(500);
        }),
        { numRuns: 8 },
      );
    }

    expect(await signatureCount()).toBe(before);
  });
});
