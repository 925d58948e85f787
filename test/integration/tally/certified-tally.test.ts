import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import type { Database } from "../../../src/db/client";
import type { AppDeps } from "../../../src/deps";
import { officePaths, officeTallyPaths } from "../../../src/office/office-paths";
import { residentKeyOf } from "../../../src/signing/resident-key";
import { signPetition } from "../../../src/signing/sign-petition";
import { withdrawSignature } from "../../../src/signing/withdraw-signature";
import type { Petition } from "../../../src/petitions/queries";
import { petitionTally } from "../../../src/review/petition-tally";
import { recordPaperLines } from "../../../src/review/record-paper-lines";
import { entryHash, GENESIS_HASH } from "../../../src/signature-log/entry-hash";
import type { PublishedLog } from "../../../src/tally/published-log-entries";
import { publicTallyPaths } from "../../../src/tally/public-tally-paths";
import type { tallyJson } from "../../../src/tally/tally-json";
import { listTallies } from "../../../src/tally/tally-queries";
import { createTestDeps } from "../../helpers/app";
import { extractPdfText } from "../../helpers/pdf-text";
import { createTestPetition } from "../../helpers/petitions";
import { invalidPaperLine, validPaperLine } from "../../helpers/review";
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

const TITLE = "Straßenbäume in der „Grünen Allee“ erhalten";
const PROPOSAL = "Soll die Stadt die Bäume an der Großen Straße „für immer“ erhalten?";

type Office = Awaited<ReturnType<typeof createSignedInStaff>>;

/** The signing context of every test: the petition key, wrapped under its server secret, must stay readable for later signings. */
let signContext: ReturnType<typeof signContextFor>;
beforeAll(() => {
  signContext = signContextFor(deps.database, deps.clock);
});

async function petitionWithSignatures(count: number, overrides: Partial<Petition> = {}) {
  const petition = await createTestPetition(deps.database, { now: deps.clock.now(), title: TITLE, decisionProposal: PROPOSAL, ...overrides });
  if (count > 0) await signForResidents(signContext, petition, count, "Auszählung");
  return petition;
}

type TallyJson = ReturnType<typeof tallyJson>;

/** Generate a tally over HTTP as the office and return the snapshot it stored. */
async function generateTally(petition: Petition, office: Office) {
  const before = new Set((await listTallies(deps.database, petition.id)).map((tally) => tally.id));
  const response = await app.request(officePaths(petition.id).tallies, { method: "POST", headers: office.session.postHeaders });
  expect(response.status).toBe(303);
  expect(response.headers.get("location")).toBe(`${officePaths(petition.id).petition}#auszaehlungen`);
  const created = (await listTallies(deps.database, petition.id)).find((tally) => !before.has(tally.id));
  if (created === undefined) throw new Error("no tally stored");
  return created;
}

/** Count the petition's signatures by channel and status straight from the signature table. */
async function signatureTableCounts(petitionId: string): Promise<Record<string, number>> {
  const rows = await deps.database.rows<{ channel: string; status: string; count: number }>(
    "select channel, status, count(*)::int as count from signatures where petition_id = $1 group by channel, status",
    [petitionId],
  );
  return Object.fromEntries(rows.map((row) => [`${row.channel}/${row.status}`, Number(row.count)]));
}

async function storedHead(petitionId: string) {
  const [head] = await deps.database.rows<{ length: number; head_hash: Buffer }>("select length, head_hash from signature_log_heads where petition_id = $1", [
    petitionId,
  ]);
  return { length: Number(head?.length), headHash: Buffer.from(head!.head_hash).toString("hex") };
}

describe("certified tally generation", () => {
  it("seals the log, stores the snapshot and lists it", async () => {
    const petition = await petitionWithSignatures(6);
    const office = await createSignedInStaff(deps, { role: "election_office", name: "Erika Zählerin" });

    const tally = await generateTally(petition, office);

    const head = await storedHead(petition.id);
    expect(tally.logLength).toBe(6);
    expect(head.length).toBe(6);
    expect(Buffer.from(tally.headHash).toString("hex")).toBe(head.headHash);
    expect(tally.generatedByName).toBe("Erika Zählerin");
    const page = await app.request(officePaths(petition.id).petition, { headers: { Cookie: office.session.cookie } });
    const html = await page.text();
    expect(html).toContain("Beglaubigte Auszählungen");
    expect(html).toContain(officeTallyPaths(petition.id, tally.id).pdf);
    expect(html).toContain(publicTallyPaths(tally.publicToken).page);
  });

  it("records an audit entry", async () => {
    const petition = await petitionWithSignatures(2);
    const office = await createSignedInStaff(deps, { role: "admin" });

    const tally = await generateTally(petition, office);

    const entries = await deps.database.rows<{ actor_id: string; details: Record<string, unknown> }>(
      "select actor_id, details from audit_log where action = 'tally.certified' and petition_id = $1",
      [petition.id],
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actor_id).toBe(office.id);
    expect(entries[0]!.details).toMatchObject({ tallyId: tally.id, logLength: 2 });
  });

  it("gives a public token of 256 random bits", async () => {
    const petition = await petitionWithSignatures(1);
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const first = await generateTally(petition, office);
    const second = await generateTally(petition, office);

    expect(first.publicToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.publicToken).not.toBe(first.publicToken);
    expect(await listTallies(deps.database, petition.id)).toHaveLength(2);
  });

  it("rejects organisers and requests without CSRF token", async () => {
    const petition = await petitionWithSignatures(1);
    const organiser = await createSignedInStaff(deps, { role: "organiser", teamPetitionIds: [petition.id] });
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const { "X-CSRF-Token": _token, ...withoutToken } = office.session.postHeaders;

    const byOrganiser = await app.request(officePaths(petition.id).tallies, { method: "POST", headers: organiser.session.postHeaders });
    const withoutCsrf = await app.request(officePaths(petition.id).tallies, { method: "POST", headers: withoutToken });

    expect(byOrganiser.status).toBe(403);
    expect(withoutCsrf.status).toBe(403);
    expect(await listTallies(deps.database, petition.id)).toHaveLength(0);
  });

  it("answers 404 for drafts and unknown petitions", async () => {
    const draft = await createTestPetition(deps.database, { now: deps.clock.now(), status: "draft" });
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const forDraft = await app.request(officePaths(draft.id).tallies, { method: "POST", headers: office.session.postHeaders });
    const forUnknown = await app.request(officePaths("00000000-0000-4000-8000-000000000000").tallies, { method: "POST", headers: office.session.postHeaders });

    expect(forDraft.status).toBe(404);
    expect(forUnknown.status).toBe(404);
    expect(await forDraft.text()).toContain("Seite nicht gefunden");
  });
});

describe("certified tally files", () => {
  it("serves JSON whose figures match the database", async () => {
    const petition = await petitionWithSignatures(7);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const tally = await generateTally(petition, office);

    const response = await app.request(officeTallyPaths(petition.id, tally.id).json, { headers: { Cookie: office.session.cookie } });

    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="beglaubigte-auszaehlung-[0-9a-f]{8}-2026-03-15\.json"$/);
    const json = (await response.json()) as TallyJson;
    const table = await signatureTableCounts(petition.id);
    const head = await storedHead(petition.id);
    expect(json.format).toBe("mitzeichnen-tally-v1");
    expect(json.petition).toMatchObject({ id: petition.id, title: TITLE, decisionProposal: PROPOSAL });
    expect(json.petition.municipalities).toEqual([{ key: "14612000", name: "Dresden" }]);
    for (const channel of ["wallet", "passkey", "paper"]) {
      expect(json.counts.valid[channel as "wallet"], `valid ${channel}`).toBe(table[`${channel}/proven`] ?? 0);
      expect(json.counts.provisional[channel as "wallet"], `provisional ${channel}`).toBe(table[`${channel}/provisional`] ?? 0);
    }
    expect(json.counts.valid.total + json.counts.provisional.total).toBe(7);
    expect(json.towardQuorum).toBe(json.counts.valid.total);
    expect(json.quorum).toBe(petition.quorum);
    expect(json.quorumReached).toBe(json.counts.valid.total >= petition.quorum);
    expect(json.log).toEqual({ length: head.length, headHash: head.headHash });
    expect(json.generatedAt).toBe("2026-03-15T12:00:00.000Z");
    expect(json.daily.find((day) => day.date === "2026-03-15")?.count).toBe(7);
    expect(json.recomputeUrl).toBe(new URL(publicTallyPaths(tally.publicToken).page, deps.config.publicUrl).toString());
  });

  it("reaches the quorum when enough signatures are valid", async () => {
    const petition = await petitionWithSignatures(6, { quorum: 3 });
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const tally = await generateTally(petition, office);

    const response = await app.request(officeTallyPaths(petition.id, tally.id).json, { headers: { Cookie: office.session.cookie } });
    const json = (await response.json()) as TallyJson;

    expect(json.towardQuorum).toBeGreaterThanOrEqual(3);
    expect(json.quorumReached).toBe(true);
  });

  it("serves German CSV with BOM, semicolons and a decimal comma", async () => {
    const petition = await petitionWithSignatures(3, { quorum: 8 });
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const tally = await generateTally(petition, office);

    const response = await app.request(officeTallyPaths(petition.id, tally.id).csv, { headers: { Cookie: office.session.cookie } });

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="beglaubigte-auszaehlung-.*\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split("\r\n");
    const table = await signatureTableCounts(petition.id);
    const valid = ["wallet", "passkey", "paper"].map((channel) => table[`${channel}/proven`] ?? 0);
    const provisional = ["wallet", "passkey", "paper"].map((channel) => table[`${channel}/provisional`] ?? 0);
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    expect(lines[0]).toBe("Ergebnis;Grund;Wallet;Passkey;Papier;Summe");
    expect(lines[1]).toBe(`gültig;;${valid.join(";")};${sum(valid)}`);
    expect(lines[2]).toBe(`vorläufig, noch zu prüfen;;${provisional.join(";")};${sum(provisional)}`);
    expect(lines).toContain(`Bürgerbegehren;${TITLE}`);
    expect(lines).toContain(`Anteil am Quorum (%);${((sum(valid) / 8) * 100).toFixed(1).replace(".", ",")}`);
    expect(lines).toContain(`Kopf-Hash (SHA-256);${(await storedHead(petition.id)).headHash}`);
    expect(lines).toContain("Erstellt am;15.03.2026, 13:00:00");
  });

  it("serves English CSV with commas", async () => {
    const petition = await petitionWithSignatures(2);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const tally = await generateTally(petition, office);

    const response = await app.request(`${officeTallyPaths(petition.id, tally.id).csv}?lang=en`, { headers: { Cookie: office.session.cookie } });

    const csv = (await response.text()).replace(/^\uFEFF/, "");
    expect(csv.split("\r\n")[0]).toBe("Outcome,Reason,Wallet,Passkey,Paper,Total");
    expect(csv).toContain(`Citizens' initiative,${TITLE}`);
    expect(csv).toContain(`Quorum reached,no`);
  });

  it("keeps the figures of a tally when more signatures come in", async () => {
    const petition = await petitionWithSignatures(3);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const tally = await generateTally(petition, office);
    const path = officeTallyPaths(petition.id, tally.id).json;
    const before = await (await app.request(path, { headers: { Cookie: office.session.cookie } })).json();

    await signForResidents(signContext, petition, 4, "Später");
    const after = await (await app.request(path, { headers: { Cookie: office.session.cookie } })).json();
    const newer = await generateTally(petition, office);

    expect(after).toEqual(before);
    expect(newer.logLength).toBe(7);
  });

  it("writes a PDF whose text matches the database", async () => {
    const petition = await petitionWithSignatures(5, { quorum: 4 });
    const office = await createSignedInStaff(deps, { role: "election_office", name: "Jürgen Größer" });
    const tally = await generateTally(petition, office);

    const response = await app.request(officeTallyPaths(petition.id, tally.id).pdf, { headers: { Cookie: office.session.cookie } });

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="beglaubigte-auszaehlung-.*\.pdf"$/);
    const pdf = await extractPdfText(Buffer.from(await response.arrayBuffer()));
    const text = pdf.text;
    const table = await signatureTableCounts(petition.id);
    const head = await storedHead(petition.id);
    const valid = ["wallet", "passkey", "paper"].map((channel) => table[`${channel}/proven`] ?? 0);
    const provisional = ["wallet", "passkey", "paper"].map((channel) => table[`${channel}/provisional`] ?? 0);
    const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);

    expect(text).toContain(TITLE);
    expect(text).toContain(PROPOSAL);
    expect(text).toContain("Dresden (Gemeindeschlüssel 14612000)");
    expect(text).toContain("Sammelfrist: 01.03.2026 bis 13.06.2026");
    expect(text).toContain("Quorum: 4 gültige Unterschriften");
    expect(text).toContain(`Gültige Unterschriften, die für das Quorum zählen: ${total(valid)}`);
    expect(text).toContain(total(valid) >= 4 ? "Das Quorum ist erreicht." : "Das Quorum ist nicht erreicht.");
    expect(text).toMatch(new RegExp(`gültig\\s+${valid.join("\\s+")}\\s+${total(valid)}`));
    expect(text).toMatch(new RegExp(`vorläufig, noch zu prüfen\\s+${provisional.join("\\s+")}\\s+${total(provisional)}`));
    expect(text).toMatch(/zurückgezogen\s+0\s+0\s+0\s+0/);
    expect(text).toContain("Länge des Protokolls: 5 Einträge");
    expect(text.replace(/\s/g, "")).toContain(head.headHash);
    expect(text).toContain("Erstellt am 15.03.2026, 13:00:00 von Jürgen Größer");
    expect(text.replace(/\s/g, "")).toContain(publicTallyPaths(tally.publicToken).page);
    expect(text).toContain("1. Amtsperson");
    expect(text).toContain("2. Amtsperson");
    expect(text).toContain("Unterschrift");
    for (const [index, page] of pdf.pages.entries()) expect(page).toContain(`Seite ${index + 1} von ${pdf.pages.length}`);
    expect(pdf.info.Title).toBe(`Beglaubigte Auszählung des Bürgerbegehrens „${TITLE}“`);
    expect(pdf.info.Author).toBe("Jürgen Größer");
    expect(pdf.info.Subject).toBe("Beglaubigte Auszählung der Unterschriften eines Bürgerbegehrens");
    expect(String(pdf.info.Keywords)).toContain("Dresden");
    expect(String(pdf.info.CreationDate)).toContain("20260315");
  });

  it("states every outcome after the review", async () => {
    const petition = await petitionWithSignatures(0, { quorum: 2 });
    await signPetition(signContext, { petition, identity: residentNamed("Wallet"), channel: "wallet", credentialType: "urn:eudi:pid:de:1" });
    await signPetition(signContext, { petition, identity: residentNamed("Offen", { mainResidenceSince: undefined }), channel: "wallet", credentialType: "urn:eudi:pid:de:1" });
    await signPetition(signContext, { petition, identity: residentNamed("Passkey"), channel: "passkey" });
    const office = await createSignedInStaff(deps, { role: "election_office" });
    await recordPaperLines(signContext, {
      petitionId: petition.id,
      staffId: office.id,
      lines: [
        validPaperLine(residentNamed("Papier"), 1, 1),
        invalidPaperLine(residentNamed("Jung"), 1, 2, "under_age"),
        invalidPaperLine(undefined, 1, 3, "incomplete_or_illegible"),
        validPaperLine(residentNamed("Wallet"), 1, 4),
      ],
    });
    const tally = await generateTally(petition, office);
    const paths = officeTallyPaths(petition.id, tally.id);

    const json = (await (await app.request(paths.json, { headers: { Cookie: office.session.cookie } })).json()) as TallyJson;
    const pdf = await extractPdfText(Buffer.from(await (await app.request(paths.pdf, { headers: { Cookie: office.session.cookie } })).arrayBuffer()));

    const reviewed = await petitionTally(deps.database, petition.id);
    expect(json.counts.valid).toEqual(reviewed.valid);
    expect(json.counts.provisional).toEqual(reviewed.provisional);
    expect(json.counts.duplicateAttempts).toEqual(reviewed.duplicateAttempts);
    expect(json.counts.invalid.under_age).toEqual(reviewed.invalidByReason.under_age);
    expect(json.counts.invalid.incomplete_or_illegible).toEqual(reviewed.invalidByReason.incomplete_or_illegible);
    expect(json.counts.invalid.no_main_residence).toEqual({ wallet: 0, passkey: 0, paper: 0, total: 0 });
    expect(json.towardQuorum).toBe(3);
    expect(json.quorumReached).toBe(true);
    // Long outcome labels wrap in their column, so the lines are compared with whitespace collapsed.
    const flat = pdf.text.replace(/\s+/g, " ");
    expect(flat).toMatch(/gültig 1 1 1 3/);
    expect(flat).toMatch(/vorläufig, noch zu prüfen 1 0 0 1/);
    expect(flat).toMatch(/ungültig: Mindestalter nicht erreicht 0 0 1 1/);
    expect(flat).toMatch(/ungültig: Eintrag unvollständig oder unleserlich 0 0 1 1/);
    expect(flat).toMatch(/ungültig: kein Hauptwohnsitz in der Gemeinde 0 0 0 0/);
    expect(flat).toMatch(/doppelte Versuche 0 0 1 1/);
    expect(pdf.text).toContain("Das Quorum ist erreicht.");
  });

  it("states open possible duplicates in every format", async () => {
    const petition = await petitionWithSignatures(0);
    await signPetition(signContext, {
      petition,
      identity: residentNamed("Anna Maria", { familyName: "Nowak-Weiß", placeOfBirth: undefined }),
      channel: "wallet",
      credentialType: "urn:eudi:pid:de:1",
    });
    await signPetition(signContext, { petition, identity: residentNamed("Ohne", { familyName: "Einzeln" }), channel: "passkey" });
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const paperLine = { familyName: "Nowak Weiss", givenNames: "Anna", birthDate: "1980-05-17", placeOfBirth: "Krakau" };
    await recordPaperLines(signContext, { petitionId: petition.id, staffId: office.id, lines: [validPaperLine(paperLine, 1, 1)] });
    const tally = await generateTally(petition, office);
    const paths = officeTallyPaths(petition.id, tally.id);
    const get = (path: string) => app.request(path, { headers: { Cookie: office.session.cookie } });

    const json = (await (await get(paths.json)).json()) as TallyJson;
    const csv = await (await get(paths.csv)).text();
    const pdf = await extractPdfText(Buffer.from(await (await get(paths.pdf)).arrayBuffer()));

    expect(json.openPossibleDuplicates).toBe(1);
    expect(csv.split("\r\n")).toContain("Ungeklärte mögliche Doppelunterschriften;1");
    expect(pdf.text.replace(/\s+/g, " ")).toContain("Achtung: 1 mögliche Doppelunterschrift ist vom Wahlamt noch nicht geklärt.");
  });

  it("states no open possible duplicates in the PDF", async () => {
    const petition = await petitionWithSignatures(1);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const tally = await generateTally(petition, office);

    const response = await app.request(officeTallyPaths(petition.id, tally.id).pdf, { headers: { Cookie: office.session.cookie } });
    const pdf = await extractPdfText(Buffer.from(await response.arrayBuffer()));

    expect(pdf.text).toContain("Offene mögliche Doppelunterschriften: keine.");
  });

  it("counts a withdrawal by channel", async () => {
    const petition = await petitionWithSignatures(3);
    const withdrawn = await withdrawSignature(signContext, {
      petition,
      residentKey: residentKeyOf(signContext.serverSecret, residentNamed("Auszählung 1")),
      requestChannel: "passkey",
    });
    expect(withdrawn.ok).toBe(true);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const tally = await generateTally(petition, office);

    const json = (await (await app.request(officeTallyPaths(petition.id, tally.id).json, { headers: { Cookie: office.session.cookie } })).json()) as TallyJson;

    expect(json.counts.withdrawn).toEqual({ wallet: 0, passkey: 1, paper: 0, total: 1 });
    expect(json.counts.valid.passkey).toBe(0);
    expect(json.log.length).toBe(4);
  });

  it("writes the PDF in English", async () => {
    const petition = await petitionWithSignatures(1);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const tally = await generateTally(petition, office);

    const response = await app.request(`${officeTallyPaths(petition.id, tally.id).pdf}?lang=en`, { headers: { Cookie: office.session.cookie } });

    const pdf = await extractPdfText(Buffer.from(await response.arrayBuffer()));
    expect(pdf.text).toContain("Certified tally");
    expect(pdf.text).toContain("Page 1 of");
    expect(pdf.text).toContain(TITLE);
  });

  it("answers 404 for another petition's tally and 403 for organisers", async () => {
    const petition = await petitionWithSignatures(1);
    const other = await petitionWithSignatures(1);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const organiser = await createSignedInStaff(deps, { role: "organiser", teamPetitionIds: [petition.id] });
    const tally = await generateTally(petition, office);

    const wrongPetition = await app.request(officeTallyPaths(other.id, tally.id).json, { headers: { Cookie: office.session.cookie } });
    const malformed = await app.request(officeTallyPaths(petition.id, "kein-uuid").pdf, { headers: { Cookie: office.session.cookie } });
    const byOrganiser = await app.request(officeTallyPaths(petition.id, tally.id).pdf, { headers: { Cookie: organiser.session.cookie } });

    expect(wrongPetition.status).toBe(404);
    expect(malformed.status).toBe(404);
    expect(byOrganiser.status).toBe(403);
  });
});

describe("public recompute page", () => {
  it("shows the published figures without sign-in", async () => {
    const petition = await petitionWithSignatures(4);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const tally = await generateTally(petition, office);

    const response = await app.request(publicTallyPaths(tally.publicToken).page);

    expect(response.status).toBe(200);
    const html = await response.text();
    const head = await storedHead(petition.id);
    expect(html).toContain(TITLE);
    expect(html).toContain(`data-published="${head.headHash}"`);
    expect(html).toContain(`<tr data-check="length" data-published="4">`);
    expect(html).toContain('src="/static/tally-recompute.js"');
    expect(html).toContain(`href="${publicTallyPaths(tally.publicToken).entries}"`);
    expect(html).toContain("nur für dieses Bürgerbegehren gilt");
    expect(html).toContain("mitzeichnen signature log entry v1");
  });

  it("serves entries whose chain gives the published head", async () => {
    const petition = await petitionWithSignatures(5);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const tally = await generateTally(petition, office);
    await signForResidents(signContext, petition, 2, "Danach");

    const response = await app.request(publicTallyPaths(tally.publicToken).entries);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; /);
    const log = (await response.json()) as PublishedLog;
    expect(log.petitionId).toBe(petition.id);
    expect(log.length).toBe(5);
    expect(log.entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5]);
    let previous: Buffer = GENESIS_HASH;
    for (const entry of log.entries) {
      previous = entryHash(
        { ...entry, petitionId: log.petitionId, nullifier: Buffer.from(entry.nullifier, "hex"), occurredAtMicros: BigInt(entry.occurredAtMicros) },
        previous,
      );
      expect(previous.toString("hex")).toBe(entry.entryHash);
    }
    expect(previous.toString("hex")).toBe(log.headHash);
    expect(log.headHash).toBe(Buffer.from(tally.headHash).toString("hex"));
  });

  it("says the entries were erased after a purge", async () => {
    const petition = await petitionWithSignatures(2);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const tally = await generateTally(petition, office);
    await deps.database.rows("delete from signature_log_entries where petition_id = $1", [petition.id]);

    const page = await app.request(publicTallyPaths(tally.publicToken).page);
    const entries = await app.request(publicTallyPaths(tally.publicToken).entries);

    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("nach Ablauf der Aufbewahrungsfrist gelöscht");
    expect(html).toContain(`data-published="${Buffer.from(tally.headHash).toString("hex")}"`);
    expect(html).not.toContain("tally-recompute.js");
    expect(entries.status).toBe(410);
    expect(((await entries.json()) as { error: string }).error).toContain("gelöscht");
  });

  it("answers an unknown token with a German 404", async () => {
    const unknown = await app.request(publicTallyPaths("A".repeat(43)).page);
    const malformed = await app.request(publicTallyPaths("zu-kurz").entries);

    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("Seite nicht gefunden");
    expect(malformed.status).toBe(404);
  });

  it("shows the page in English", async () => {
    const petition = await petitionWithSignatures(1);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const tally = await generateTally(petition, office);

    const html = await (await app.request(`${publicTallyPaths(tally.publicToken).page}?lang=en`)).text();

    expect(html).toContain("Recompute a certified tally");
    expect(html).toContain("a pseudonym valid for this citizens&#39; initiative only");
  });
});

describe("certified tally while signatures arrive", () => {
  /**
   * Wrap the test database so that a resident signs right after each
   * sealing transaction commits, as a concurrent signing would, at most
   * `times` times. A sealing transaction is one that locks a log head.
   */
  function signingAfterSealing(petition: Petition, times: number): AppDeps {
    let signings = 0;
    const transaction: Database["transaction"] = async (work) => {
      let sealing = false;
      const result = await deps.database.transaction((rows) =>
        work(<T extends Record<string, unknown>>(query: string, params?: unknown[]) => {
          if (query.includes("for update")) sealing = true;
          return rows<T>(query, params);
        }),
      );
      if (sealing && signings < times) {
        signings += 1;
        await signForResidents(signContext, petition, 1, `Zwischendurch ${signings}`);
      }
      return result;
    };
    return { ...deps, database: { ...deps.database, transaction } };
  }

  it("retries until the counts match one head", async () => {
    const petition = await petitionWithSignatures(3);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const busyApp = createApp(signingAfterSealing(petition, 2));

    const response = await busyApp.request(officePaths(petition.id).tallies, { method: "POST", headers: office.session.postHeaders });

    expect(response.status).toBe(303);
    const [tally] = await listTallies(deps.database, petition.id);
    const figures = tally!.figures;
    const counted = ["valid", "provisional"].flatMap((outcome) => Object.values(figures[outcome as "valid"]));
    expect(tally!.logLength).toBe(5);
    expect(counted.reduce((sum, value) => sum + value, 0)).toBe(5);
  });

  it("answers 409 and stores nothing when every attempt is overtaken", async () => {
    const petition = await petitionWithSignatures(2);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const busyApp = createApp(signingAfterSealing(petition, Number.POSITIVE_INFINITY));

    const response = await busyApp.request(officePaths(petition.id).tallies, { method: "POST", headers: office.session.postHeaders });

    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Erstellen Sie die Auszählung in einem Moment erneut");
    expect(await listTallies(deps.database, petition.id)).toHaveLength(0);
    const audit = await deps.database.rows("select 1 from audit_log where action = 'tally.certified' and petition_id = $1", [petition.id]);
    expect(audit).toHaveLength(0);
  });
});
