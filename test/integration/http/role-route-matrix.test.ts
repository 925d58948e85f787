import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDeps } from "../../../src/deps";
import type { Petition } from "../../../src/petitions/queries";
import { createTestPetition } from "../../helpers/petitions";
import { activateWithCode, createLetterCode, KAETHE_REGISTER_ROW, newResidentSessionHeaders, signWithPasskeyOverHttp } from "../../helpers/residents";
import { appRoutes, concretePath, routeKey, UNKNOWN_ID } from "../../helpers/routes";
import { createTestStaffMember, signInTestStaff, type TestStaffMember } from "../../helpers/staff";
import { createWalletTestSetup, startSigning, type TestApp } from "../../helpers/wallet";

const ROLES = ["anonymous", "resident", "organiserOwn", "organiserOther", "office", "admin"] as const;
type Role = (typeof ROLES)[number];

/** An expected status, or a 303 to the staff sign-in or to the resident sign-in. */
type Expected = number | "signIn" | "residentSignIn";

type Fixtures = {
  petition: Petition;
  /** A draft on organiserOwn's team, for routes whose allowed call would change the collecting petition for later routes. */
  draft: Petition;
  transactionId: string;
  otherOrganiserId: string;
};

type RouteExpectation = {
  /** Values for the route's parameters; any other parameter gets an id that names no row. */
  params?: (fixtures: Fixtures) => Record<string, string>;
  /** Query string appended to the path, with its "?". */
  query?: string;
  expected: Record<Role, Expected>;
};

const petitionParams = (fixtures: Fixtures) => ({ id: fixtures.petition.id });
const transactionParams = (fixtures: Fixtures) => ({ id: fixtures.transactionId });
const draftParams = (fixtures: Fixtures) => ({ id: fixtures.draft.id });

function everyone(expected: Expected): Record<Role, Expected> {
  return { anonymous: expected, resident: expected, organiserOwn: expected, organiserOther: expected, office: expected, admin: expected };
}

/** Build the expectations of a staff page, which sends visitors without a staff session to the staff sign-in. */
function staffArea(staff: Record<"organiserOwn" | "organiserOther" | "office" | "admin", Expected>): Record<Role, Expected> {
  return { anonymous: "signIn", resident: "signIn", ...staff };
}

/** Build the expectations of a resident's page, which sends visitors without a resident session (staff too) to the resident sign-in. */
function residentArea(resident: Expected): Record<Role, Expected> {
  return { ...everyone("residentSignIn"), resident };
}

/** Expect the same of every staff role. */
function anyStaff(expected: Expected) {
  return { organiserOwn: expected, organiserOther: expected, office: expected, admin: expected };
}

/**
 * The response each role gets from each route, keyed "METHOD /pattern". A
 * route without an entry fails the test: whoever adds a route decides here
 * who may call it. Requests carry the role's session, our Origin and the
 * session's CSRF token, and POSTs an empty form, so an allowed POST usually
 * ends in a validation error (400, 422) or a not-found for ids that name no row.
 */
const EXPECTATIONS: Record<string, RouteExpectation> = {
  "GET /": { expected: everyone(200) },
  "GET /petitionen/:id": { params: petitionParams, expected: everyone(200) },
  "GET /petitionen/:id/stand": { params: petitionParams, expected: everyone(200) },
  "GET /petitionen/:id/quittung": { params: petitionParams, query: "?code=ABCD-EFGH-JKLM-NPQR", expected: everyone(404) },
  "POST /petitionen/:id/wallet": { params: petitionParams, expected: everyone(303) },
  // The transaction belongs to another browser, so no role's cookie opens it.
  "GET /wallet/:id": { params: transactionParams, expected: everyone(403) },
  "GET /wallet/:id/status": { params: transactionParams, expected: everyone(403) },
  "GET /wallet/:id/ergebnis": { params: transactionParams, query: "?response_code=abc", expected: everyone(403) },
  "GET /openid4vp/request/:id": { params: transactionParams, query: "?flow=same-device", expected: everyone(200) },
  "POST /openid4vp/request/:id": { params: transactionParams, query: "?flow=cross-device", expected: everyone(200) },
  "POST /openid4vp/response/:id/same-device": { params: transactionParams, expected: everyone(400) },
  "POST /openid4vp/response/:id": { params: transactionParams, expected: everyone(400) },

  "GET /anmelden": { expected: { anonymous: 200, resident: 200, ...anyStaff(303) } },
  "POST /anmelden/optionen": { expected: everyone(200) },
  "POST /anmelden/pruefen": { expected: everyone(400) },
  "POST /abmelden": { expected: everyone("signIn") },
  "GET /einladung": { query: "?code=unbekannt", expected: everyone(404) },
  "POST /einladung/optionen": { query: "?code=unbekannt", expected: everyone(404) },
  "POST /einladung/passkey": { query: "?code=unbekannt", expected: everyone(400) },
  "GET /verwaltung": { expected: staffArea(anyStaff(200)) },
  "GET /verwaltung/passkeys": { expected: staffArea(anyStaff(200)) },
  "POST /verwaltung/passkeys/optionen": { expected: staffArea(anyStaff(200)) },
  "POST /verwaltung/passkeys": { expected: staffArea(anyStaff(400)) },
  "POST /verwaltung/passkeys/:passkeyId/name": { expected: staffArea(anyStaff(422)) },
  "POST /verwaltung/passkeys/:passkeyId/entfernen": { expected: staffArea(anyStaff(404)) },

  "GET /verwaltung/buergerbegehren": { expected: staffArea(anyStaff(200)) },
  "GET /verwaltung/buergerbegehren/neu": { expected: staffArea({ organiserOwn: 200, organiserOther: 200, office: 403, admin: 200 }) },
  "POST /verwaltung/buergerbegehren": { expected: staffArea({ organiserOwn: 422, organiserOther: 422, office: 403, admin: 422 }) },
  "GET /verwaltung/buergerbegehren/:id": { params: petitionParams, expected: staffArea({ organiserOwn: 200, organiserOther: 403, office: 200, admin: 200 }) },
  // The petition is collecting, so its content is frozen: 409 for those who may edit drafts.
  "GET /verwaltung/buergerbegehren/:id/bearbeiten": { params: petitionParams, expected: staffArea({ organiserOwn: 409, organiserOther: 403, office: 403, admin: 409 }) },
  "POST /verwaltung/buergerbegehren/:id/bearbeiten": { params: petitionParams, expected: staffArea({ organiserOwn: 409, organiserOther: 403, office: 403, admin: 409 }) },
  "GET /verwaltung/buergerbegehren/:id/vorschau": { params: petitionParams, expected: staffArea({ organiserOwn: 303, organiserOther: 403, office: 403, admin: 303 }) },
  "GET /verwaltung/buergerbegehren/:id/anzeige.pdf": { params: petitionParams, expected: staffArea({ organiserOwn: 200, organiserOther: 403, office: 403, admin: 200 }) },
  "GET /verwaltung/buergerbegehren/:id/veroeffentlichen": { params: petitionParams, expected: staffArea({ organiserOwn: 409, organiserOther: 403, office: 403, admin: 409 }) },
  "POST /verwaltung/buergerbegehren/:id/veroeffentlichen": { params: petitionParams, expected: staffArea({ organiserOwn: 409, organiserOther: 403, office: 403, admin: 409 }) },
  "GET /verwaltung/buergerbegehren/:id/einreichen": { params: petitionParams, expected: staffArea({ organiserOwn: 200, organiserOther: 403, office: 403, admin: 200 }) },
  // Submitting the collecting petition would end its collection for the routes after this one, so the draft is used instead: 409 for those allowed.
  "POST /verwaltung/buergerbegehren/:id/einreichen": { params: draftParams, expected: staffArea({ organiserOwn: 409, organiserOther: 403, office: 403, admin: 409 }) },
  "GET /verwaltung/buergerbegehren/:id/unterschriftenlisten": { params: petitionParams, expected: staffArea({ organiserOwn: 200, organiserOther: 403, office: 403, admin: 200 }) },
  "POST /verwaltung/buergerbegehren/:id/unterschriftenlisten/pdf": { params: petitionParams, expected: staffArea({ organiserOwn: 422, organiserOther: 403, office: 403, admin: 422 }) },
  "POST /verwaltung/buergerbegehren/:id/unterschriftenlisten/blaetter": { params: petitionParams, expected: staffArea({ organiserOwn: 422, organiserOther: 403, office: 403, admin: 422 }) },
  // The sheet parameter gets an id that is no sheet number: 404 for those allowed.
  "POST /verwaltung/buergerbegehren/:id/unterschriftenlisten/blaetter/:sheet": {
    params: petitionParams,
    expected: staffArea({ organiserOwn: 404, organiserOther: 403, office: 403, admin: 404 }),
  },
  "POST /verwaltung/buergerbegehren/:id/unterschriftenlisten/blaetter/:sheet/entfernen": {
    params: petitionParams,
    expected: staffArea({ organiserOwn: 404, organiserOther: 403, office: 403, admin: 404 }),
  },
  "GET /verwaltung/buergerbegehren/:id/stand": { params: petitionParams, expected: staffArea({ organiserOwn: 200, organiserOther: 403, office: 200, admin: 200 }) },
  "GET /verwaltung/buergerbegehren/:id/tageszahlen.csv": { params: petitionParams, expected: staffArea({ organiserOwn: 200, organiserOther: 403, office: 200, admin: 200 }) },

  "GET /verwaltung/mitarbeitende": { expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 403, admin: 200 }) },
  "POST /verwaltung/mitarbeitende": { expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 403, admin: 422 }) },
  "POST /verwaltung/mitarbeitende/:id/sperren": { expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 403, admin: 404 }) },
  "POST /verwaltung/mitarbeitende/einladungen/:invitationId/zurueckziehen": { expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 403, admin: 404 }) },
  "POST /verwaltung/mitarbeitende/:id/teams": { expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 403, admin: 404 }) },
  // The other petition's organiser is not on this petition's team.
  "POST /verwaltung/mitarbeitende/:id/teams/:petitionId/entfernen": {
    params: (fixtures) => ({ id: fixtures.otherOrganiserId, petitionId: fixtures.petition.id }),
    expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 403, admin: 409 }),
  },
  "GET /verwaltung/protokoll": { expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 403, admin: 200 }) },
  "GET /verwaltung/aktivierungscodes": { expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 200, admin: 200 }) },
  "POST /verwaltung/aktivierungscodes": { expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 422, admin: 422 }) },
  "GET /verwaltung/aktivierung-vor-ort": { expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 200, admin: 200 }) },
  "POST /verwaltung/aktivierung-vor-ort": { expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 422, admin: 422 }) },
  "GET /verwaltung/wahlamt": { expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 200, admin: 200 }) },
  // The empty form fails validation before the petition's status is looked at.
  "POST /verwaltung/wahlamt/buergerbegehren/:id/quorum": { params: petitionParams, expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 422, admin: 422 }) },
  "POST /verwaltung/wahlamt/buergerbegehren/:id/zulaessigkeit": {
    params: petitionParams,
    expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 422, admin: 422 }),
  },
  "GET /verwaltung/wahlamt/buergerbegehren/:id": { params: petitionParams, expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 200, admin: 200 }) },
  "POST /verwaltung/wahlamt/buergerbegehren/:id/protokoll-pruefen": {
    params: petitionParams,
    expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 200, admin: 200 }),
  },
  "GET /verwaltung/wahlamt/buergerbegehren/:id/pruefung": { params: petitionParams, expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 200, admin: 200 }) },
  // The signature id names no row, but the empty form fails its check first.
  "POST /verwaltung/wahlamt/buergerbegehren/:id/pruefung/:signatureId": {
    params: (fixtures) => ({ id: fixtures.petition.id, signatureId: "999999999" }),
    expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 422, admin: 422 }),
  },
  // Without the other signature's id the pair names nothing.
  "POST /verwaltung/wahlamt/buergerbegehren/:id/pruefung/:signatureId/verschiedene-personen": {
    params: (fixtures) => ({ id: fixtures.petition.id, signatureId: "999999999" }),
    expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 404, admin: 404 }),
  },
  "GET /verwaltung/wahlamt/buergerbegehren/:id/papier": { params: petitionParams, expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 200, admin: 200 }) },
  "POST /verwaltung/wahlamt/buergerbegehren/:id/papier": { params: petitionParams, expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 422, admin: 422 }) },
  "GET /verwaltung/wahlamt/buergerbegehren/:id/papier/import": {
    params: petitionParams,
    expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 200, admin: 200 }),
  },
  "POST /verwaltung/wahlamt/buergerbegehren/:id/papier/import": {
    params: petitionParams,
    expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 422, admin: 422 }),
  },
  "GET /verwaltung/wahlamt/buergerbegehren/:id/papier/zeile": {
    params: petitionParams,
    expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 200, admin: 200 }),
  },
  "POST /verwaltung/wahlamt/buergerbegehren/:id/papier/zeile": {
    params: petitionParams,
    expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 422, admin: 422 }),
  },
  "POST /verwaltung/wahlamt/buergerbegehren/:id/papier/zeile/loeschen": {
    params: petitionParams,
    expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 422, admin: 422 }),
  },
  "POST /verwaltung/wahlamt/buergerbegehren/:id/papier/zeile/zurueckziehen": {
    params: petitionParams,
    expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 422, admin: 422 }),
  },
  "POST /verwaltung/wahlamt/buergerbegehren/:id/auszaehlungen": {
    params: petitionParams,
    expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 303, admin: 303 }),
  },
  // The tally id names no tally of this petition.
  "GET /verwaltung/wahlamt/buergerbegehren/:id/auszaehlungen/:tallyId/auszaehlung.pdf": {
    params: petitionParams,
    expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 404, admin: 404 }),
  },
  "GET /verwaltung/wahlamt/buergerbegehren/:id/auszaehlungen/:tallyId/auszaehlung.csv": {
    params: petitionParams,
    expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 404, admin: 404 }),
  },
  "GET /verwaltung/wahlamt/buergerbegehren/:id/auszaehlungen/:tallyId/auszaehlung.json": {
    params: petitionParams,
    expected: staffArea({ organiserOwn: 403, organiserOther: 403, office: 404, admin: 404 }),
  },
  "GET /auszaehlung/:token": { expected: everyone(404) },
  "GET /auszaehlung/:token/eintraege.json": { expected: everyone(404) },

  "GET /aktivieren": { expected: everyone(200) },
  "POST /aktivieren": { expected: everyone(400) },
  "POST /aktivieren/optionen": { expected: everyone(400) },
  "POST /aktivieren/passkey": { expected: everyone(400) },
  "POST /aktivieren/wallet": { expected: everyone(303) },
  // Without the cookie of a checked activation there is no ceremony to run.
  "POST /aktivieren/anmelden/optionen": { expected: everyone(400) },
  "POST /aktivieren/anmelden/pruefen": { expected: everyone(400) },
  // As on the transaction's other pages, only the browser that started it may continue.
  "POST /wallet/:id/passkey": { params: transactionParams, expected: everyone(403) },
  "POST /petitionen/:id/passkey/optionen": { params: petitionParams, expected: everyone(200) },
  "POST /petitionen/:id/passkey": { params: petitionParams, expected: everyone(400) },
  // Without the outcome cookie the page shows only that no outcome is waiting.
  "GET /petitionen/:id/passkey/ergebnis": { params: petitionParams, expected: everyone(200) },
  "GET /petitionen/:id/ruecknahme": { params: petitionParams, expected: everyone(200) },
  "POST /petitionen/:id/ruecknahme/passkey/optionen": { params: petitionParams, expected: everyone(200) },
  "POST /petitionen/:id/ruecknahme/passkey": { params: petitionParams, expected: everyone(400) },
  "GET /petitionen/:id/ruecknahme/ergebnis": { params: petitionParams, expected: everyone(200) },
  "POST /petitionen/:id/ruecknahme/wallet": { params: petitionParams, expected: everyone(303) },
  "GET /mein-konto/anmelden": { expected: { ...everyone(200), resident: 303 } },
  "POST /mein-konto/anmelden/optionen": { expected: everyone(200) },
  "POST /mein-konto/anmelden/pruefen": { expected: everyone(400) },
  "POST /mein-konto/abmelden": { expected: everyone("residentSignIn") },
  "GET /mein-konto": { expected: residentArea(200) },
  "POST /mein-konto/passkeys/optionen": { expected: residentArea(200) },
  "POST /mein-konto/passkeys": { expected: residentArea(400) },
  "POST /mein-konto/passkeys/:passkeyId/entfernen": { expected: residentArea(404) },
  "GET /mein-konto/loeschen": { expected: residentArea(200) },
  "GET /mein-konto/daten": { expected: residentArea(200) },
  "GET /mein-konto/daten.json": { expected: residentArea(200) },
  "POST /mein-konto/loeschen": { expected: residentArea(200) },

  "GET /datenschutz": { expected: everyone(200) },
  "GET /privacy": { expected: everyone(301) },

  "GET /demo/wallet": { expected: everyone(200) },
  "POST /demo/wallet": { expected: everyone(400) },
};

/** Routes whose responses can show a signer's data to someone. No organiser may open them. */
const SIGNER_DATA_ROUTES = [
  "GET /verwaltung/protokoll",
  "GET /verwaltung/aktivierungscodes",
  "POST /verwaltung/aktivierungscodes",
  "GET /verwaltung/aktivierung-vor-ort",
  "POST /verwaltung/aktivierung-vor-ort",
  "GET /mein-konto",
  "GET /mein-konto/loeschen",
  "GET /mein-konto/daten",
  "GET /mein-konto/daten.json",
];

describe("role by route matrix", () => {
  let setup: Awaited<ReturnType<typeof createWalletTestSetup>>;
  let app: TestApp;
  let deps: AppDeps;
  let fixtures: Fixtures;
  let origin: string;
  const staffOf = new Map<Role, TestStaffMember>();
  /** Receipt code, name, resident key and nullifier of a resident who signed, which no organiser may see. */
  const signerSecrets: { label: string; value: string }[] = [];
  const answers: Answer[] = [];

  beforeAll(async () => {
    setup = await createWalletTestSetup({ env: { DEMO: "1" } });
    ({ app, deps } = setup);
    origin = new URL(deps.config.publicUrl).origin;
    const otherPetition = await createTestPetition(deps.database, { now: deps.clock.now(), title: "Ein anderes Bürgerbegehren" });
    const draft = await createTestPetition(deps.database, { now: deps.clock.now(), title: "Ein Entwurf", status: "draft" });
    staffOf.set("organiserOwn", await createTestStaffMember(deps.database, { role: "organiser", teamPetitionIds: [setup.petition.id, draft.id] }));
    staffOf.set("organiserOther", await createTestStaffMember(deps.database, { role: "organiser", teamPetitionIds: [otherPetition.id] }));
    staffOf.set("office", await createTestStaffMember(deps.database, { role: "election_office" }));
    staffOf.set("admin", await createTestStaffMember(deps.database, { role: "admin" }));

    const signer = { ...KAETHE_REGISTER_ROW, familienname: "Kanarienvogel", vornamen: "Zyprian Quirin" };
    const letter = await createLetterCode(deps, { row: signer });
    const activated = await activateWithCode(deps, app, letter.code);
    const signed = await signWithPasskeyOverHttp(deps, app, setup.petition.id, activated.authenticator, { browser: activated.browser });
    const receiptCode = /[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(signed.page ?? "")?.[0];
    if (receiptCode === undefined) throw new Error("the passkey signing showed no receipt code");
    const [nullifierRow] = await deps.database.rows<{ nullifier: Buffer }>("select nullifier from signatures where petition_id = $1", [setup.petition.id]);
    if (nullifierRow === undefined) throw new Error("the passkey signing stored no signature");
    signerSecrets.push(
      { label: "receipt code", value: receiptCode },
      { label: "family name", value: signer.familienname },
      { label: "resident key", value: letter.residentKey.toString("base64url") },
      { label: "resident key (hex)", value: letter.residentKey.toString("hex") },
      { label: "nullifier (hex)", value: Buffer.from(nullifierRow.nullifier).toString("hex") },
      { label: "nullifier (base64url)", value: Buffer.from(nullifierRow.nullifier).toString("base64url") },
    );

    const { transactionId } = await startSigning(app, setup.petition.id);
    fixtures = { petition: setup.petition, draft, transactionId, otherOrganiserId: staffOf.get("organiserOther")!.id };

    for (const route of appRoutes(app)) {
      for (const role of ROLES) {
        const response = await call(route, EXPECTATIONS[routeKey(route)], role);
        answers.push({ key: routeKey(route), role, status: response.status, location: response.headers.get("location") ?? undefined, body: await response.text() });
      }
    }
  });
  afterAll(async () => {
    await deps.database.close();
  });

  /** Headers of a fresh session for the role, so that no request depends on another (a sign-out, a deleted account). */
  async function headersFor(role: Role): Promise<Record<string, string>> {
    if (role === "anonymous") return { Origin: origin };
    if (role === "resident") return newResidentSessionHeaders(deps);
    const member = staffOf.get(role);
    if (member === undefined) throw new Error(`no staff member for ${role}`);
    return (await signInTestStaff(deps, member.id)).postHeaders;
  }

  async function call(route: { method: string; path: string }, expectation: RouteExpectation | undefined, role: Role): Promise<Response> {
    const path = concretePath(route.path, expectation?.params?.(fixtures) ?? {}) + (expectation?.query ?? "");
    const headers = await headersFor(role);
    if (route.method === "GET") return app.request(path, { headers });
    return app.request(path, { method: "POST", headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" }, body: "" });
  }

  it("has an expectation for every route", () => {
    const routes = appRoutes(app).map(routeKey);
    expect(routes.filter((key) => EXPECTATIONS[key] === undefined)).toEqual([]);
    expect(Object.keys(EXPECTATIONS).filter((key) => !routes.includes(key))).toEqual([]);
  });

  it("answers every role as expected", () => {
    const mismatches = answers
      .filter((answer) => EXPECTATIONS[answer.key] !== undefined)
      .filter((answer) => !matches(answer, EXPECTATIONS[answer.key]!.expected[answer.role]))
      .map((answer) => `${answer.key} as ${answer.role}: expected ${EXPECTATIONS[answer.key]!.expected[answer.role]}, got ${answer.status} ${answer.location ?? ""}`.trim());
    expect(mismatches).toEqual([]);
  });

  it("never answers 500", () => {
    expect(answers.filter((answer) => answer.status >= 500).map((answer) => `${answer.key} as ${answer.role}`)).toEqual([]);
  });

  it("keeps organisers from signer data routes", () => {
    for (const key of SIGNER_DATA_ROUTES) {
      for (const role of ["organiserOwn", "organiserOther"] as const) {
        const answer = answers.find((candidate) => candidate.key === key && candidate.role === role);
        expect(answer, `${key} as ${role}`).toBeDefined();
        expect(answer!.status, `${key} as ${role}`).not.toBeLessThan(300);
      }
    }
  });

  it("shows no role a signer's identifiers", () => {
    expect(signerSecrets).toHaveLength(6);
    const leaks = answers.flatMap((answer) =>
      signerSecrets.filter((secret) => answer.body.includes(secret.value)).map((secret) => `${answer.key} as ${answer.role}: ${secret.label}`),
    );
    expect(leaks).toEqual([]);
  });
});

type Answer = { key: string; role: Role; status: number; location: string | undefined; body: string };

/** Check a response against its expectation, comparing sign-in redirects by their path. */
function matches(answer: Answer, expected: Expected): boolean {
  if (expected === "signIn") return answer.status === 303 && (answer.location ?? "").split("?")[0] === "/anmelden";
  if (expected === "residentSignIn") return answer.status === 303 && (answer.location ?? "").split("?")[0] === "/mein-konto/anmelden";
  return answer.status === expected;
}

