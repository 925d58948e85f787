import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import type { Petition } from "../../../src/petitions/queries";
import { signPetition } from "../../../src/signing/sign-petition";
import { createTestDeps } from "../../helpers/app";
import { createTestPetition } from "../../helpers/petitions";

const NOW = new Date("2026-03-15T12:00:00Z");

let deps: AppDeps;
let app: ReturnType<typeof createApp>;
let collecting: Petition;
let receiptCode: string;

async function signAs(petition: Petition, givenNames: string, channel: "wallet" | "paper" = "wallet") {
  const result = await signPetition(
    { database: deps.database, serverSecret: deps.serverSecret, officeEvidenceKey: deps.officeEvidenceKey, clock: deps.clock, log: deps.logger },
    {
      petition,
      channel,
      credentialType: channel === "wallet" ? "urn:eudi:pid:de:1" : undefined,
      identity: {
        familyName: "Musterfrau",
        givenNames,
        birthDate: "1980-05-17",
        placeOfBirth: "Dresden",
        municipalityKey: "14612000",
        mainResidenceSince: "2020-01-01",
        nationalities: ["DE"],
      },
    },
  );
  if (!result.ok) throw new Error(`signing failed: ${result.error}`);
  return result.value.receiptCode;
}

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  collecting = await createTestPetition(deps.database, { now: NOW, title: "Freibad Elbwiesen erhalten", quorum: 1500 });
  receiptCode = await signAs(collecting, "Erika");
  await signAs(collecting, "Anna");
});

afterAll(async () => {
  await deps.database.close();
});

describe("GET /", () => {
  it("responds 200 with the collecting petitions in German", async () => {
    const response = await app.request("/");
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get("content-language")).toBe("de");
    expect(html).toContain("Laufende Bürgerbegehren");
    expect(html).toContain(`href="/petitionen/${collecting.id}"`);
    expect(html).toContain("2 von 1.500 Unterschriften");
  });

  it("leaves out drafts, closed petitions and ended periods", async () => {
    const draft = await createTestPetition(deps.database, { now: NOW, status: "draft", title: "Entwurf A" });
    const closed = await createTestPetition(deps.database, { now: NOW, status: "closed", title: "Geschlossen B" });
    const ended = await createTestPetition(deps.database, { now: NOW, collectionStart: "2026-01-01", collectionEnd: "2026-03-14", title: "Abgelaufen C" });

    const html = await (await app.request("/")).text();

    for (const petition of [draft, closed, ended]) expect(html).not.toContain(petition.id);
  });

  it("responds in English with Accept-Language: en", async () => {
    const response = await app.request("/", { headers: { "Accept-Language": "en" } });
    const html = await response.text();
    expect(response.headers.get("content-language")).toBe("en");
    expect(html).toContain("Citizens&#39; initiatives collecting signatures");
    expect(html).toContain("2 of 1,500 signatures");
  });
});

describe("GET /petitionen/:id", () => {
  it("responds 200 with the full text, count, time left and sign form", async () => {
    const response = await app.request(`/petitionen/${collecting.id}`);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain("Freibad Elbwiesen erhalten");
    expect(html).toContain(collecting.decisionProposal);
    expect(html).toContain("Kostendeckungsvorschlag");
    expect(html).toContain("Erika Musterfrau");
    expect(html).toContain("Max Mustermann");
    expect(html).toContain("Sie wohnen mit Hauptwohnsitz in: Dresden.");
    expect(html).toContain("2 von 1.500 nötigen Unterschriften");
    expect(html).toMatch(/<progress[^>]*max="1500"[^>]*value="2"/);
    expect(html).toContain("Noch 90 Tage");
    expect(html).toContain(`<form method="post" action="/petitionen/${collecting.id}/wallet">`);
    expect(html).toContain("Mit Wallet unterschreiben");
    expect(html).toContain(`action="/petitionen/${collecting.id}/quittung"`);
  });

  it("polls the count with htmx in a polite live region", async () => {
    const html = await (await app.request(`/petitionen/${collecting.id}`)).text();
    expect(html).toMatch(new RegExp(`aria-live="polite"[^>]*hx-get="/petitionen/${collecting.id}/stand"[^>]*hx-trigger="every 10s"`));
  });

  it("uses no inline style or script", async () => {
    const html = await (await app.request(`/petitionen/${collecting.id}`)).text();
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/);
  });

  it("says that online and paper signatures count under a pilot", async () => {
    const html = await (await app.request(`/petitionen/${collecting.id}`)).text();
    expect(html).toContain("Pilotverfahren mit gesetzlicher Grundlage");
  });

  it("says plainly that only handwritten signatures count for a paper petition", async () => {
    const paper = await createTestPetition(deps.database, { now: NOW, signatureKinds: ["paper"] });
    await signAs(paper, "Online", "wallet");
    await signAs(paper, "Papier", "paper");

    const html = await (await app.request(`/petitionen/${paper.id}`)).text();

    expect(html).toContain("Für das gesetzliche Quorum zählen nur handschriftliche Unterschriften");
    expect(html).toContain("1 von 1.500 nötigen Unterschriften");
    expect(html).toContain("Dazu kommt 1 Online-Unterstützung, die nicht für das gesetzliche Quorum zählt.");
  });

  it("says the collection ends today at 24:00 on the last day", async () => {
    const lastDay = await createTestPetition(deps.database, { now: NOW, collectionStart: "2026-03-01", collectionEnd: "2026-03-15" });
    const html = await (await app.request(`/petitionen/${lastDay.id}`)).text();
    expect(html).toContain("Die Sammlung endet heute um 24:00 Uhr.");
    expect(html).toContain("Mit Wallet unterschreiben");
  });

  it("shows a closed petition as ended, without sign button or polling", async () => {
    const closed = await createTestPetition(deps.database, { now: NOW, status: "closed" });
    const response = await app.request(`/petitionen/${closed.id}`);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain("Die Sammlung ist beendet.");
    expect(html).not.toContain("Mit Wallet unterschreiben");
    expect(html).not.toContain(`/petitionen/${closed.id}/wallet`);
    expect(html).not.toContain("hx-get");
  });

  it("shows a petition whose period has not started without sign button", async () => {
    const later = await createTestPetition(deps.database, { now: NOW, collectionStart: "2026-04-01", collectionEnd: "2026-06-30" });
    const html = await (await app.request(`/petitionen/${later.id}`)).text();
    expect(html).toContain("Die Sammlung beginnt am 01.04.2026.");
    expect(html).not.toContain("Mit Wallet unterschreiben");
  });

  it("responds 404 for a draft", async () => {
    const draft = await createTestPetition(deps.database, { now: NOW, status: "draft" });
    const response = await app.request(`/petitionen/${draft.id}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Seite nicht gefunden");
  });

  it("responds 404 for an unknown id", async () => {
    const response = await app.request("/petitionen/6f1c2a4e-0b7d-4c55-9a51-2f7e3c1d8b90");
    expect(response.status).toBe(404);
  });

  it("responds 404 for a malformed id", async () => {
    const response = await app.request("/petitionen/freibad'--");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Seite nicht gefunden");
  });

  it("responds in English with ?lang=en", async () => {
    const response = await app.request(`/petitionen/${collecting.id}?lang=en`);
    const html = await response.text();
    expect(response.headers.get("content-language")).toBe("en");
    expect(html).toContain("Sign with wallet");
    expect(html).toContain("2 of 1,500 signatures needed");
    expect(html).toContain("90 days left");
  });
});

describe("GET /petitionen/:id/stand", () => {
  it("responds with the count fragment without layout", async () => {
    const response = await app.request(`/petitionen/${collecting.id}/stand`, { headers: { "HX-Request": "true" } });
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).not.toContain("<html");
    expect(html).toContain("2 von 1.500 nötigen Unterschriften");
    expect(html).toContain("<progress");
  });

  it("shows a new signature without reloading the page", async () => {
    const petition = await createTestPetition(deps.database, { now: NOW });
    const before = await (await app.request(`/petitionen/${petition.id}/stand`)).text();
    await signAs(petition, "Neu");
    const after = await (await app.request(`/petitionen/${petition.id}/stand`)).text();

    expect(before).toContain("0 von 1.500");
    expect(after).toContain("1 von 1.500");
  });

  it("responds 404 for an unknown petition", async () => {
    const response = await app.request("/petitionen/6f1c2a4e-0b7d-4c55-9a51-2f7e3c1d8b90/stand");
    expect(response.status).toBe(404);
  });
});

describe("GET /petitionen/:id/quittung", () => {
  it("confirms a counted signature", async () => {
    const response = await app.request(`/petitionen/${collecting.id}/quittung?code=${encodeURIComponent(receiptCode)}`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("Ihre Unterschrift ist gezählt");
  });

  it("accepts the code in lower case without dashes", async () => {
    const typed = receiptCode.toLowerCase().replaceAll("-", "");
    const response = await app.request(`/petitionen/${collecting.id}/quittung?code=${typed}`);
    expect(response.status).toBe(200);
  });

  it("responds 404 with a clear message for an unknown code", async () => {
    const response = await app.request(`/petitionen/${collecting.id}/quittung?code=ABCD-EFGH-JKLM-NPQR`);
    const html = await response.text();
    expect(response.status).toBe(404);
    expect(html).toContain("Keine Unterschrift zu diesem Code");
    expect(html).toContain('value="ABCD-EFGH-JKLM-NPQR"');
  });

  it("responds 422 with a field error for a malformed code", async () => {
    const response = await app.request(`/petitionen/${collecting.id}/quittung?code=12345`);
    const html = await response.text();
    expect(response.status).toBe(422);
    expect(html).toContain("<title>Fehler: ");
    expect(html).toContain('href="#receipt-code"');
    expect(html).toContain("Geben Sie den Quittungscode mit seinen 16 Zeichen ein");
    expect(html).toContain('aria-invalid="true"');
  });

  it("responds 422 when the code is missing", async () => {
    const response = await app.request(`/petitionen/${collecting.id}/quittung`);
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Geben Sie Ihren Quittungscode ein.");
  });

  it("responds 404 for a draft petition", async () => {
    const draft = await createTestPetition(deps.database, { now: NOW, status: "draft" });
    const response = await app.request(`/petitionen/${draft.id}/quittung?code=${receiptCode}`);
    expect(response.status).toBe(404);
  });

  it("does not confirm a receipt of another petition", async () => {
    const other = await createTestPetition(deps.database, { now: NOW });
    const response = await app.request(`/petitionen/${other.id}/quittung?code=${receiptCode}`);
    expect(response.status).toBe(404);
  });

  it("responds in English with ?lang=en", async () => {
    const response = await app.request(`/petitionen/${collecting.id}/quittung?code=${receiptCode}&lang=en`);
    expect(await response.text()).toContain("Your signature is counted.");
  });
});
