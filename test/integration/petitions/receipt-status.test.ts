import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import type { Petition } from "../../../src/petitions/queries";
import { decideSignature, type Decision } from "../../../src/review/decide-signature";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { withdrawPaperSignature } from "../../../src/review/withdraw-paper-signature";
import { residentKeyOf } from "../../../src/signing/resident-key";
import { type SignContext, signPetition } from "../../../src/signing/sign-petition";
import { withdrawSignature } from "../../../src/signing/withdraw-signature";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";
import { validPaperLine } from "../../helpers/review";
import { residentNamed } from "../../helpers/signature-log";
import { createTestStaffMember } from "../../helpers/staff";

let deps: AppDeps;
let app: ReturnType<typeof createApp>;
let ctx: SignContext;
let staffId: string;

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  ctx = { database: deps.database, serverSecret: deps.serverSecret, officeEvidenceKey: deps.officeEvidenceKey, clock: deps.clock, log: deps.logger };
  staffId = (await createTestStaffMember(deps.database, { role: "election_office" })).id;
});

afterAll(async () => {
  await deps.database.close();
});

/** Sign a fresh petition with the wallet, provisionally when the credential lacks the residence date, and return the receipt code. */
async function signedPetition(provisional: boolean): Promise<{ petition: Petition; code: string; signatureId: number }> {
  const petition = await createTestPetition(deps.database, { now: deps.clock.now(), serverSecret: deps.serverSecret });
  const identity = residentNamed("Quittung", provisional ? { mainResidenceSince: undefined } : {});
  const signed = await signPetition(ctx, { petition, identity, channel: "wallet", credentialType: "urn:eudi:pid:de:1" });
  if (!signed.ok) throw new Error(`signing failed: ${signed.error}`);
  const [row] = await deps.database.rows<{ id: string }>("select id from signatures where petition_id = $1", [petition.id]);
  return { petition, code: signed.value.receiptCode, signatureId: Number(row!.id) };
}

async function decide(petitionId: string, signatureId: number, from: "proven" | "provisional", decision: Decision) {
  const decided = await decideSignature(ctx, { petitionId, signatureId, expected: { status: from, reason: null }, decision, staffId });
  if (!decided.ok) throw new Error(`decision failed: ${decided.error}`);
}

async function checkPage(petitionId: string, code: string, query = "") {
  const response = await app.request(`/petitionen/${petitionId}/quittung?code=${encodeURIComponent(code)}${query}`);
  return { status: response.status, html: await response.text() };
}

describe("GET /petitionen/:id/quittung by status", () => {
  it("shows a proven signature as counted", async () => {
    const { petition, code } = await signedPetition(false);

    const { status, html } = await checkPage(petition.id, code);

    expect(status).toBe(200);
    expect(html).toContain('data-receipt-status="proven"');
    expect(html).toContain("Ihr Nachweis hat alle Voraussetzungen belegt.");
  });

  it("shows a provisional signature as still under review", async () => {
    const { petition, code } = await signedPetition(true);

    const { status, html } = await checkPage(petition.id, code);

    expect(status).toBe(200);
    expect(html).toContain("Ihre Unterschrift ist vorläufig erfasst.");
    expect(html).toContain("Für das Quorum zählt die Unterschrift erst, wenn das Wahlamt sie bestätigt.");
    expect(html).toContain("prüft das Wahlamt die fehlenden Angaben noch im Melderegister");
  });

  it("shows a confirmed signature as confirmed", async () => {
    const { petition, code, signatureId } = await signedPetition(true);
    await decide(petition.id, signatureId, "provisional", { kind: "confirm" });

    const { html } = await checkPage(petition.id, code);

    expect(html).toContain("Ihre Unterschrift ist gezählt und vom Wahlamt bestätigt.");
  });

  it("shows an invalid signature with its reason", async () => {
    const { petition, code, signatureId } = await signedPetition(false);
    await decide(petition.id, signatureId, "proven", { kind: "invalidate", reason: "residence_too_short" });

    const { status, html } = await checkPage(petition.id, code);

    expect(status).toBe(200);
    expect(html).toContain("<title>Ihre Unterschrift zählt nicht: Das Wahlamt hat sie für ungültig erklärt.");
    expect(html).toContain("Grund: Hauptwohnsitz zu kurz.");
    expect(html).toContain("wenden Sie sich an das Wahlamt Ihrer Gemeinde");
    expect(html).not.toContain("ist gezählt");
  });

  it("shows an invalid signature in English", async () => {
    const { petition, code, signatureId } = await signedPetition(false);
    await decide(petition.id, signatureId, "proven", { kind: "invalidate", reason: "under_age" });

    const { html } = await checkPage(petition.id, code, "&lang=en");

    expect(html).toContain("Your signature does not count: the election office declared it invalid.");
    expect(html).toContain("contact the election office of your municipality");
  });

  it("answers 404 for a withdrawn signature", async () => {
    const { petition, code } = await signedPetition(false);
    const withdrawn = await withdrawSignature(ctx, { petition, residentKey: residentKeyOf(deps.serverSecret, residentNamed("Quittung")), requestChannel: "wallet" });
    expect(withdrawn.ok).toBe(true);

    const { status, html } = await checkPage(petition.id, code);

    expect(status).toBe(404);
    expect(html).toContain("Haben Sie Ihre Unterschrift zurückgezogen, gilt ihr Code nicht mehr.");
  });
});

describe("GET /petitionen/:id/quittung where only paper counts", () => {
  async function paperOnlySignature(familyName: string) {
    const petition = await createTestPetition(deps.database, { now: deps.clock.now(), serverSecret: deps.serverSecret, signatureKinds: ["paper"] });
    const identity = residentNamed("Papier", { familyName });
    const signed = await signPetition(ctx, { petition, identity, channel: "wallet", credentialType: "urn:eudi:pid:de:1" });
    if (!signed.ok) throw new Error(`signing failed: ${signed.error}`);
    return { petition, identity, code: signed.value.receiptCode };
  }

  it("calls the online signature support", async () => {
    const { petition, code } = await paperOnlySignature("Online");

    const { status, html } = await checkPage(petition.id, code);

    expect(status).toBe(200);
    expect(html).toContain("Ihre Online-Unterstützung ist erfasst.");
    expect(html).toContain("Für das Quorum zählt hier nur eine handschriftliche Unterschrift auf einer Unterschriftenliste.");
    expect(html).not.toContain("Ihre Unterschrift ist gezählt.");
  });

  it("names the paper signature that replaced it", async () => {
    const { petition, identity, code } = await paperOnlySignature("Ersetzt");
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(identity, 4, 2)] });

    const { status, html } = await checkPage(petition.id, code);

    expect(status).toBe(200);
    expect(html).toContain('data-receipt-status="superseded"');
    expect(html).toContain("Ihre Unterschrift auf Papier ersetzt die Online-Unterschrift");
    expect(html).not.toContain("Keine Unterschrift zu diesem Code");
  });

  it("says no signature counts after the paper line is withdrawn", async () => {
    const { petition, identity, code } = await paperOnlySignature("Zurück");
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(identity, 4, 3)] });
    const withdrawn = await withdrawPaperSignature(ctx, { petition, staffId, sheetLine: { sheet: 4, line: 3 } });
    expect(withdrawn.ok).toBe(true);

    const { status, html } = await checkPage(petition.id, code);

    expect(status).toBe(200);
    expect(html).toContain('data-receipt-status="superseded-paper-removed"');
    expect(html).toContain("Derzeit zählt keine Unterschrift von Ihnen");
    expect(html).toContain("Wahlamt Ihrer Gemeinde");
    expect(html).not.toContain("deshalb gilt jetzt Ihre Unterschrift auf der Liste");
  });

  it("names the reason after the paper line is declared invalid", async () => {
    const { petition, identity, code } = await paperOnlySignature("Ungültig");
    await recordPaperLines(ctx, { petitionId: petition.id, staffId, lines: [validPaperLine(identity, 4, 4)] });
    const [paper] = await deps.database.rows<{ id: string }>("select id from signatures where petition_id = $1::uuid and sheet = 4 and line = 4", [petition.id]);
    const decided = await decideSignature(ctx, {
      petitionId: petition.id,
      signatureId: Number(paper?.id),
      expected: { status: "confirmed", reason: null },
      decision: { kind: "invalidate", reason: "no_main_residence" },
      staffId,
    });
    expect(decided.ok).toBe(true);

    const { status, html } = await checkPage(petition.id, code);

    expect(status).toBe(200);
    expect(html).toContain('data-receipt-status="superseded-paper-invalid"');
    expect(html).toContain("Das Wahlamt hat diese Unterschrift auf Papier für ungültig erklärt, Grund: kein Hauptwohnsitz in der Gemeinde.");
    expect(html).not.toContain("deshalb gilt jetzt Ihre Unterschrift auf der Liste");
  });
});
