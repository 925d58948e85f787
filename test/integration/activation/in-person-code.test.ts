import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashActivationVerifier, parseActivationCode } from "../../../src/activation/activation-code";
import { createApp } from "../../../src/app";
import { activationCodes } from "../../../src/db/schema";
import type { AppDeps } from "../../../src/deps";
import { canonicalIdentityKey } from "../../../src/signing/canonical-identity";
import { residentKey } from "../../../src/signing/resident-key";
import { weakResidentKey } from "../../../src/signing/weak-identity-key";
import { createTestDeps } from "../../helpers/app";
import { createSignedInStaff } from "../../helpers/staff";

const PATH = "/verwaltung/aktivierung-vor-ort";
const CODE = /[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}/;
const KAETHE = {
  familyName: "Großmann",
  givenNames: "Käthe Luise",
  birthDate: "14.03.1961",
  placeOfBirth: "Görlitz",
  municipalityKey: "14612000",
  mainResidenceSince: "01.06.2001",
  nationalities: "DE",
  minimumAge: "18",
};

describe("activation codes issued in person", () => {
  let deps: AppDeps;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    deps = await createTestDeps();
    app = createApp(deps);
  });
  afterAll(async () => {
    await deps.database.close();
  });

  function post(headers: Record<string, string>, fields: Record<string, string>) {
    return app.request(PATH, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
  }

  it("shows the form to the election office", async () => {
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const response = await app.request(PATH, { headers: { Cookie: office.session.cookie } });

    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Aktivierungscode vor Ort ausgeben");
  });

  it("stores only the resident keys and facts and shows the code once", async () => {
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const response = await post(office.session.postHeaders, KAETHE);

    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    const code = CODE.exec(html)?.[0];
    if (code === undefined) throw new Error("no activation code on the page");
    expect(html).toContain("Gültig einmal und bis einschließlich 29.03.2026.");
    expect(html).not.toContain("Großmann");

    const { selector, verifier } = parseActivationCode(code)!;
    const [row] = await deps.database.db.select().from(activationCodes).where(eq(activationCodes.selector, selector));
    const expectedKey = residentKey(deps.serverSecret, canonicalIdentityKey({ familyName: "Großmann", givenNames: "Käthe Luise", birthDate: "1961-03-14", placeOfBirth: "Görlitz" }));
    expect(row).toMatchObject({
      verifierHash: hashActivationVerifier(verifier),
      residentKey: expectedKey,
      weakResidentKey: weakResidentKey(deps.serverSecret, { familyName: "Großmann", birthDate: "1961-03-14" }),
      source: "in_person",
      expiresOn: "2026-03-29",
      createdBy: office.id,
      facts: { municipalityKey: "14612000", mainResidenceSince: "2001-06-01", reachesMinimumAgeOn: "1979-03-14", minimumAge: 18, citizenship: "DE" },
    });

    const audit = await deps.database.rows<{ action: string; details: unknown }>("select action, details from audit_log where actor_id = $1", [office.id]);
    expect(audit).toEqual([{ action: "activation_codes.issued_in_person", details: { selector } }]);
  });

  it("keeps what was typed and names each problem", async () => {
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const response = await post(office.session.postHeaders, { ...KAETHE, givenNames: "", birthDate: "31.02.1961", municipalityKey: "1461200", minimumAge: "12" });

    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("<title>Fehler: ");
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('href="#in-person-givenNames"');
    expect(html).toContain("Geben Sie ein gültiges Datum ein");
    expect(html).toContain("Der Gemeindeschlüssel hat acht Ziffern");
    expect(html).toContain("Das Mindestalter ist eine Zahl von 16 bis 99.");
    expect(html).toContain('value="Großmann"');
    expect(html).toContain('value="31.02.1961"');
  });

  it("names an unknown municipality key and an invalid country code together", async () => {
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const response = await post(office.session.postHeaders, { ...KAETHE, municipalityKey: "99999999", nationalities: "de, xx" });

    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("Diesen Gemeindeschlüssel kennt mitzeichnen nicht.");
    expect(html).toContain("Geben Sie gültige Ländercodes aus zwei Buchstaben ein");
  });

  it("issues no code to a resident without German or EU citizenship", async () => {
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const response = await post(office.session.postHeaders, { ...KAETHE, nationalities: "US" });

    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Für diese Person wird kein Code ausgegeben.");
  });

  it("names a date problem and a non-EU nationality together", async () => {
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const response = await post(office.session.postHeaders, { ...KAETHE, birthDate: "31.02.1961", nationalities: "US" });

    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("Für diese Person wird kein Code ausgegeben.");
    expect(html).toContain("Geben Sie ein gültiges Datum ein, zum Beispiel 14.03.1961.");
  });

  it("rejects a birth date in the future", async () => {
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const response = await post(office.session.postHeaders, { ...KAETHE, birthDate: "01.01.2030" });

    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Das Datum liegt in der Zukunft.");
  });

  it("forbids organisers and sends anonymous visitors to sign in", async () => {
    const organiser = await createSignedInStaff(deps, { role: "organiser" });

    expect((await post(organiser.session.postHeaders, KAETHE)).status).toBe(403);
    expect((await app.request(PATH)).status).toBe(303);
  });

  it("rejects a post without the CSRF token", async () => {
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const { "X-CSRF-Token": _token, ...withoutToken } = office.session.postHeaders;

    expect((await post(withoutToken, KAETHE)).status).toBe(403);
  });
});
