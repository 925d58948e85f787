import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { fixedClock } from "../../../src/clock";
import type { IdentityAttributes } from "../../../src/credentials/identity-attributes";
import type { AppDeps } from "../../../src/deps";
import type { Petition } from "../../../src/petitions/queries";
import { signPetition } from "../../../src/signing/sign-petition";
import type { SignatureChannel } from "../../../src/signing/signature-counts";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { createSignedInStaff, type TestStaffMember, type TestStaffSession } from "../../helpers/staff";

type SignedIn = TestStaffMember & { session: TestStaffSession };

const BASE = "/verwaltung/buergerbegehren";

let deps: AppDeps;
let clock: ReturnType<typeof fixedClock>;
let app: ReturnType<typeof createApp>;
let petition: Petition;
let organiser: SignedIn;
let otherOrganiser: SignedIn;
let admin: SignedIn;
let electionOffice: SignedIn;

function resident(givenNames: string, overrides: Partial<IdentityAttributes> = {}): IdentityAttributes {
  return {
    familyName: "Musterfrau",
    givenNames,
    birthDate: "1980-05-17",
    placeOfBirth: "Dresden",
    municipalityKey: "14612000",
    mainResidenceSince: "2020-01-01",
    nationalities: ["DE"],
    ...overrides,
  };
}

async function signAt(instant: string, givenNames: string, channel: SignatureChannel = "wallet", overrides: Partial<IdentityAttributes> = {}) {
  clock.set(new Date(instant));
  const result = await signPetition(
    { database: deps.database, serverSecret: deps.serverSecret, officeEvidenceKey: deps.officeEvidenceKey, clock, log: deps.logger },
    { petition, identity: resident(givenNames, overrides), channel, credentialType: channel === "wallet" ? "urn:eudi:pid:de:1" : undefined },
  );
  if (!result.ok) throw new Error(`signing failed: ${result.error}`);
}

function get(path: string, who?: SignedIn) {
  return app.request(path, { headers: who === undefined ? {} : { Cookie: who.session.cookie } });
}

beforeAll(async () => {
  deps = await createTestDeps();
  clock = deps.clock as ReturnType<typeof fixedClock>;
  app = createApp(deps);
  petition = await createTestPetition(deps.database, {
    now: deps.clock.now(),
    title: "Freibad Elbwiesen erhalten",
    quorum: 40,
    collectionStart: "2026-03-12",
    collectionEnd: "2026-06-30",
    notificationDate: "2026-03-01",
  });
  organiser = await createSignedInStaff(deps, { role: "organiser", teamPetitionIds: [petition.id] });
  otherOrganiser = await createSignedInStaff(deps, { role: "organiser", name: "Otto Anders" });
  admin = await createSignedInStaff(deps, { role: "admin" });
  electionOffice = await createSignedInStaff(deps, { role: "election_office" });

  // Two proven wallet signatures on 12 March and a provisional one (no residence date) on 13 March.
  // One comes just before Berlin midnight on 14 March (22:59 UTC is 23:59 in winter time), and one
  // paper signature on 15 March, where the clock then stays for the requests.
  await signAt("2026-03-12T09:00:00Z", "Anna");
  await signAt("2026-03-12T15:00:00Z", "Berta");
  await signAt("2026-03-13T10:00:00Z", "Clara", "wallet", { mainResidenceSince: undefined });
  await signAt("2026-03-14T22:59:00Z", "Dora");
  await signAt("2026-03-15T12:00:00Z", "Emil", "paper");
});

afterAll(async () => {
  await deps.database.close();
});

describe("GET the dashboard", () => {
  it("shows the count against the quorum, proven and provisional apart", async () => {
    const response = await get(`${BASE}/${petition.id}`, organiser);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain("4 von 40 nötigen Unterschriften");
    expect(html).toContain("10 Prozent des Quorums");
    expect(html).toContain("Dazu kommt 1 vorläufige Unterschrift, die das Wahlamt noch im Melderegister prüft.");
    expect(html).toContain('<dd data-figure="proven">4</dd>');
    expect(html).toContain('<dd data-figure="provisional">1</dd>');
  });

  it("splits the count by channel", async () => {
    const html = await (await get(`${BASE}/${petition.id}`, organiser)).text();
    expect(html).toContain('<dd data-figure="wallet">4</dd>');
    expect(html).toContain('<dd data-figure="passkey">0</dd>');
    expect(html).toContain('<dd data-figure="paper">1</dd>');
  });

  it("shows the time left and the submission deadline", async () => {
    const html = await (await get(`${BASE}/${petition.id}`, organiser)).text();
    expect(html).toContain("Noch 107 Tage bis zum Ende der Sammlung am 30.06.2026.");
    expect(html).toContain("Einreichung spätestens am 01.03.2027");
  });

  it("draws the days as an accessible SVG with a table", async () => {
    const html = await (await get(`${BASE}/${petition.id}`, organiser)).text();
    expect(html).toContain('role="img" aria-labelledby="daily-chart-title daily-chart-desc"');
    expect(html).toContain('<title id="daily-chart-title">Unterschriften pro Tag</title>');
    expect(html).toContain("Säulendiagramm über 4 Tage mit zusammen 5 Unterschriften; höchstens 2 an einem Tag.");
    expect(html).toContain('<th scope="row">12.03.2026</th><td>2</td><td>2</td><td>0</td>');
    expect(html).toContain('<th scope="row">13.03.2026</th><td>1</td><td>0</td><td>0</td><td>1</td>');
    expect(html).toContain('<th scope="row">14.03.2026</th><td>1</td><td>1</td><td>0</td><td>0</td>');
    expect(html).toContain('<th scope="row">15.03.2026</th><td>1</td><td>1</td><td>0</td><td>0</td>');
  });

  it("refreshes the figures through htmx every 10 seconds", async () => {
    const html = await (await get(`${BASE}/${petition.id}`, organiser)).text();
    expect(html).toContain(`hx-get="${BASE}/${petition.id}/stand" hx-trigger="every 10s"`);
  });

  it("marks its refreshes as background requests", async () => {
    const html = await (await get(`${BASE}/${petition.id}`, organiser)).text();
    expect(html).toContain('hx-headers="{&quot;X-Background-Refresh&quot;:&quot;1&quot;}"');
  });

  it("names nobody who signed", async () => {
    const html = await (await get(`${BASE}/${petition.id}`, organiser)).text();
    for (const name of ["Anna", "Berta", "Clara", "Dora", "Emil", "Musterfrau", "1980"]) expect(html).not.toContain(name);
  });

  it("is open to administrators and the election office", async () => {
    expect((await get(`${BASE}/${petition.id}`, admin)).status).toBe(200);
    expect((await get(`${BASE}/${petition.id}`, electionOffice)).status).toBe(200);
  });

  it("links the election office and administrators to the office page", async () => {
    const link = `<a href="/verwaltung/wahlamt/buergerbegehren/${petition.id}" data-office-page-link="true">`;
    for (const who of [electionOffice, admin]) {
      const html = await (await get(`${BASE}/${petition.id}`, who)).text();
      expect(html).toContain(link);
      expect(html).toContain("Zur Seite des Wahlamts für dieses Bürgerbegehren");
    }
    expect(await (await get(`${BASE}/${petition.id}`, organiser)).text()).not.toContain("data-office-page-link");
  });

  it("is closed to another team and to anonymous visitors", async () => {
    expect((await get(`${BASE}/${petition.id}`, otherOrganiser)).status).toBe(403);
    expect((await get(`${BASE}/${petition.id}`)).status).toBe(303);
  });
});

describe("GET the figures fragment", () => {
  it("returns the figures without the layout and rises after a signing", async () => {
    const own = await createTestPetition(deps.database, { now: deps.clock.now(), quorum: 10 });
    const team = await createSignedInStaff(deps, { role: "organiser", teamPetitionIds: [own.id] });
    const sign = (givenNames: string) =>
      signPetition(
        { database: deps.database, serverSecret: deps.serverSecret, officeEvidenceKey: deps.officeEvidenceKey, clock, log: deps.logger },
        { petition: own, identity: resident(givenNames), channel: "wallet", credentialType: "urn:eudi:pid:de:1" },
      );

    await sign("Frieda");
    const before = await (await get(`${BASE}/${own.id}/stand`, team)).text();
    await sign("Greta");
    const response = await get(`${BASE}/${own.id}/stand`, team);
    const after = await response.text();

    expect(before).toContain("1 von 10 nötigen Unterschriften");
    expect(after).toContain("2 von 10 nötigen Unterschriften");
    expect(after).not.toContain("<html");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("is closed to another team", async () => {
    expect((await get(`${BASE}/${petition.id}/stand`, otherOrganiser)).status).toBe(403);
  });
});

describe("GET the daily counts CSV", () => {
  it("downloads German columns with semicolons and a byte order mark", async () => {
    const response = await get(`${BASE}/${petition.id}/tageszahlen.csv`, electionOffice);
    const bytes = Buffer.from(await response.arrayBuffer());
    const lines = bytes.toString("utf8").slice(1).split("\r\n");

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="tageszahlen-${petition.id.slice(0, 8)}.csv"`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toBe("Datum;Unterschriften gesamt;davon belegt;davon vom Wahlamt bestätigt;davon vorläufig;Wallet;Passkey;Papier");
    expect(lines.slice(1)).toEqual(["12.03.2026;2;2;0;0;2;0;0", "13.03.2026;1;0;0;1;1;0;0", "14.03.2026;1;1;0;0;1;0;0", "15.03.2026;1;1;0;0;0;0;1", ""]);
  });

  it("downloads English columns with commas and ISO dates", async () => {
    const response = await get(`${BASE}/${petition.id}/tageszahlen.csv?lang=en`, electionOffice);
    const lines = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");

    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="daily-counts-${petition.id.slice(0, 8)}.csv"`);
    expect(lines[0]).toBe("Date,Signatures in all,of which proven,of which confirmed by the election office,of which provisional,Wallet,Passkey,Paper");
    expect(lines.slice(1)).toEqual(["2026-03-12,2,2,0,0,2,0,0", "2026-03-13,1,0,0,1,1,0,0", "2026-03-14,1,1,0,0,1,0,0", "2026-03-15,1,1,0,0,0,0,1", ""]);
  });

  it("is closed to another team", async () => {
    expect((await get(`${BASE}/${petition.id}/tageszahlen.csv`, otherOrganiser)).status).toBe(403);
  });
});
