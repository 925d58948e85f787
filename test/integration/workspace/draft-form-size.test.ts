import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, MAX_FORM_BODY_BYTES } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { MAX_DRAFT_FORM_BYTES } from "../../../src/petitions/draft-form";
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from "../../../src/petitions/petition-input";
import { findPetition } from "../../../src/petitions/queries";
import { createTestDeps } from "../../helpers/app";
import { createSignedInStaff, type TestStaffMember, type TestStaffSession } from "../../helpers/staff";

type SignedIn = TestStaffMember & { session: TestStaffSession };

const BASE = "/verwaltung/buergerbegehren";

/** A character of three UTF-8 bytes, nine when percent-encoded: the widest a text can get per counted character. */
const EURO = "€";

/** Build a draft form whose every free text has its maximum length in three-byte characters. */
function maximalForm(): Record<string, string> {
  return {
    title: EURO.repeat(MAX_TITLE_LENGTH),
    decisionProposal: `Soll ${EURO.repeat(MAX_TEXT_LENGTH - 6)}?`,
    reasoning: EURO.repeat(MAX_TEXT_LENGTH),
    costCoverageProposal: EURO.repeat(MAX_TEXT_LENGTH),
    representativeName: EURO.repeat(MAX_NAME_LENGTH),
    representativeContact: EURO.repeat(MAX_NAME_LENGTH),
    deputyName: "₤".repeat(MAX_NAME_LENGTH),
    deputyContact: EURO.repeat(MAX_NAME_LENGTH),
    quorumSource: "number",
    quorum: "21786",
    eligibleResidents: "",
    notificationDate: "2026-03-16",
    councilDecisionPublishedOn: "",
    collectionStart: "2026-04-01",
    collectionEnd: "2026-09-30",
    municipalityKeys: "14612000",
    minimumAge: "18",
    nationalityRule: "eu",
    nationalities: "",
    minimumResidenceMonths: "3",
    credentialTypes: "urn:eudi:pid:de:1",
    signatureKinds: "paper",
  };
}

let deps: AppDeps;
let app: ReturnType<typeof createApp>;
let organiser: SignedIn;

function postUrlEncoded(path: string, fields: Record<string, string>) {
  return app.request(path, {
    method: "POST",
    headers: { ...organiser.session.postHeaders, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
}

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  organiser = await createSignedInStaff(deps, { role: "organiser" });
});

afterAll(async () => {
  await deps.database.close();
});

describe("draft form body limit", () => {
  it("fits every text at its maximum length", () => {
    const encoded = new URLSearchParams(maximalForm()).toString();
    expect(Buffer.byteLength(encoded)).toBeGreaterThan(MAX_FORM_BODY_BYTES);
    expect(Buffer.byteLength(encoded)).toBeLessThanOrEqual(MAX_DRAFT_FORM_BYTES);
  });

  it("creates a draft with maximal three-byte texts", async () => {
    const response = await postUrlEncoded(BASE, maximalForm());
    expect(response.status).toBe(303);

    const id = /\/([0-9a-f-]{36})(?:[?#/]|$)/.exec(response.headers.get("location") ?? "")?.[1] ?? "";
    const stored = await findPetition(deps.database, id);
    expect(stored?.reasoning.length).toBe(MAX_TEXT_LENGTH);
    expect(stored?.costCoverageProposal.length).toBe(MAX_TEXT_LENGTH);
  });

  it("saves an edit with maximal texts sent as multipart", async () => {
    const created = await postUrlEncoded(BASE, { ...maximalForm(), reasoning: "Kurz." });
    const location = created.headers.get("location") ?? "";
    const id = /\/([0-9a-f-]{36})(?:[?#/]|$)/.exec(location)?.[1] ?? "";
    const version = /name="version" value="(\d+)"/.exec(await (await app.request(`${BASE}/${id}/bearbeiten`, { headers: { Cookie: organiser.session.cookie } })).text())?.[1];
    const body = new FormData();
    for (const [name, value] of Object.entries({ ...maximalForm(), version: version ?? "" })) body.append(name, value);

    const response = await app.request(`${BASE}/${id}/bearbeiten`, { method: "POST", headers: organiser.session.postHeaders, body });

    expect(response.status).toBe(303);
    expect((await findPetition(deps.database, id))?.reasoning.length).toBe(MAX_TEXT_LENGTH);
  });

  it("rejects a longer text with 422 and the field's message", async () => {
    const response = await postUrlEncoded(BASE, { ...maximalForm(), reasoning: "a".repeat(MAX_TEXT_LENGTH + 1) });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("„Begründung“ ist länger als 20.000 Zeichen. Kürzen Sie den Text.");
  });

  it("answers a body beyond the limit with 413 and a German page", async () => {
    const response = await postUrlEncoded(BASE, { ...maximalForm(), reasoning: EURO.repeat(MAX_DRAFT_FORM_BYTES / 9) });
    const html = await response.text();

    expect(response.status).toBe(413);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("Entwurf zu groß");
    expect(html).toContain("höchstens 20.000 Zeichen");
  });

  it("keeps the smaller limit for other forms", async () => {
    const response = await app.request("/verwaltung/mitarbeitende", {
      method: "POST",
      headers: { ...organiser.session.postHeaders, "Content-Type": "application/x-www-form-urlencoded" },
      body: `name=${"a".repeat(MAX_FORM_BODY_BYTES + 1)}`,
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("Anfrage zu groß");
  });
});
