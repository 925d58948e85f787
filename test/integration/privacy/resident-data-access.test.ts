import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../../src/audit/record-audit";
import type { Petition } from "../../../src/petitions/queries";
import type { ResidentData } from "../../../src/privacy/resident-data";
import { decideSignature } from "../../../src/review/decide-signature";
import { createTestPetition } from "../../helpers/petitions";
import { createTestStaffMember } from "../../helpers/staff";
import { activateWithCode, createLetterCode, KAETHE_REGISTER_ROW, signWithPasskeyOverHttp } from "../../helpers/residents";
import type { SoftwareAuthenticator } from "../../helpers/software-authenticator";
import type { TestBrowser } from "../../helpers/staff-ceremonies";
import { createWalletTestSetup, type WalletTestSetup } from "../../helpers/wallet";
import { withdrawWithPasskeyOverHttp } from "../../helpers/withdrawal";

let setup: WalletTestSetup;
let browser: TestBrowser;
let authenticator: SoftwareAuthenticator;
let letter: Awaited<ReturnType<typeof createLetterCode>>;
let signedPetition: Petition;
let withdrawnPetition: Petition;
let data: ResidentData;
let download: Response;
let page: { status: number; html: string };

/**
 * Käthe Großmann activates a letter, signs one petition, signs and withdraws
 * another, and then opens her data. Another resident signs the first
 * petition too, and must not appear in her data.
 */
beforeAll(async () => {
  setup = await createWalletTestSetup();
  const now = setup.clock.now();
  signedPetition = await createTestPetition(setup.deps.database, { now, serverSecret: setup.deps.serverSecret, title: "Radweg an der Elbe" });
  withdrawnPetition = await createTestPetition(setup.deps.database, { now, serverSecret: setup.deps.serverSecret, title: "Spielplatz im Park" });

  letter = await createLetterCode(setup.deps, { row: KAETHE_REGISTER_ROW });
  const activated = await activateWithCode(setup.deps, setup.app, letter.code);
  ({ browser, authenticator } = activated);
  await recordAudit(setup.deps.database.db, { actorId: null, action: "activation_codes.issued_in_person", details: { selector: letter.selector }, at: now });
  await recordAudit(setup.deps.database.db, { actorId: null, action: "activation_codes.issued_in_person", details: { selector: "ANDERER1" }, at: now });

  expect((await signWithPasskeyOverHttp(setup.deps, setup.app, signedPetition.id, authenticator)).body.outcome).toBe("signed");
  expect((await signWithPasskeyOverHttp(setup.deps, setup.app, withdrawnPetition.id, authenticator)).body.outcome).toBe("signed");
  expect((await withdrawWithPasskeyOverHttp(setup.deps, setup.app, withdrawnPetition.id, authenticator)).body.outcome).toBe("withdrawn");

  const other = await createLetterCode(setup.deps, { row: { ...KAETHE_REGISTER_ROW, vornamen: "Kurt", familienname: "Anders" } });
  const otherActivated = await activateWithCode(setup.deps, setup.app, other.code);
  expect((await signWithPasskeyOverHttp(setup.deps, setup.app, signedPetition.id, otherActivated.authenticator)).body.outcome).toBe("signed");

  const options = (await (await browser.postJson("/mein-konto/anmelden/optionen", {})).json()) as { challenge: string };
  expect((await browser.postJson("/mein-konto/anmelden/pruefen", { response: authenticator.createAssertionResponse(options) })).status).toBe(200);

  download = await browser.get("/mein-konto/daten.json");
  data = (await download.clone().json()) as ResidentData;
  const pageResponse = await browser.get("/mein-konto/daten");
  page = { status: pageResponse.status, html: await pageResponse.text() };
});
afterAll(async () => {
  await setup.deps.database.close();
});

describe("GET /mein-konto/daten.json", () => {
  it("downloads as an attachment", () => {
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toBe('attachment; filename="mitzeichnen-meine-daten.json"');
    expect(download.headers.get("cache-control")).toBe("no-store");
  });

  it("contains the account as stored", async () => {
    const [account] = await setup.deps.database.rows<{ id: string; proven_by: string }>("select id, proven_by from resident_accounts where resident_key = $1", [letter.residentKey]);
    expect(data.account.id).toBe(account?.id);
    expect(data.account.residentKey).toBe(letter.residentKey.toString("hex"));
    expect(data.account.weakResidentKey).toBe(letter.weakResidentKey.toString("hex"));
    expect(data.account.provenBy).toBe(account?.proven_by);
    expect(data.account.facts).toMatchObject({ municipalityKey: "14612000", mainResidenceSince: "1990-10-01", citizenship: "DE" });
  });

  it("lists the passkeys and sessions", async () => {
    const passkeys = await setup.deps.database.rows<{ credential_id: string; name: string }>(
      "select credential_id, name from resident_passkeys where resident_account_id = $1",
      [data.account.id],
    );
    expect(data.passkeys.map((passkey) => [passkey.credentialId, passkey.name])).toEqual(passkeys.map((passkey) => [passkey.credential_id, passkey.name]));
    const sessions = await setup.deps.database.rows("select 1 from resident_sessions where resident_account_id = $1", [data.account.id]);
    expect(data.sessions).toHaveLength(sessions.length);
    expect(data.sessions.filter((session) => session.current)).toHaveLength(1);
  });

  it("lists the activation code and the audit entry naming it", () => {
    expect(data.activationCodes.map((code) => code.selector)).toEqual([letter.selector]);
    expect(data.activationCodes[0]?.usedAt).not.toBeNull();
    expect(data.auditEntries).toEqual([expect.objectContaining({ action: "activation_codes.issued_in_person", details: { selector: letter.selector } })]);
  });

  it("lists the counted signature found by nullifier", async () => {
    const rows = await setup.deps.database.rows<{ nullifier: Buffer | Uint8Array }>("select nullifier from signatures where petition_id = $1", [signedPetition.id]);
    expect(rows).toHaveLength(2);
    expect(data.signatures).toHaveLength(1);
    const signature = data.signatures[0]!;
    expect(signature).toMatchObject({ petitionId: signedPetition.id, petitionTitle: "Radweg an der Elbe", channel: "passkey", status: "proven" });
    expect(rows.map((row) => Buffer.from(row.nullifier).toString("hex"))).toContain(signature.nullifier);
  });

  it("lists the log entries of both petitions", () => {
    const entries = data.signatureLog.map((entry) => [entry.petitionTitle, entry.kind, entry.channel]);
    expect(entries).toEqual([
      ["Radweg an der Elbe", "signed", "passkey"],
      ["Spielplatz im Park", "signed", "passkey"],
      ["Spielplatz im Park", "withdrawn", "passkey"],
    ]);
  });

  it("names no other resident and no name", () => {
    const text = JSON.stringify(data);
    expect(text).not.toContain("Großmann");
    expect(text).not.toContain("Anders");
    expect(text).not.toContain("ANDERER1");
  });
});

describe("GET /mein-konto/daten", () => {
  it("names the office's reason in words", async () => {
    const petition = await createTestPetition(setup.deps.database, { now: setup.clock.now(), serverSecret: setup.deps.serverSecret, title: "Brunnen am Markt" });
    expect((await signWithPasskeyOverHttp(setup.deps, setup.app, petition.id, authenticator)).body.outcome).toBe("signed");
    const [signature] = await setup.deps.database.rows<{ id: string; status: "proven" | "provisional" }>("select id, status from signatures where petition_id = $1", [petition.id]);
    const staffId = (await createTestStaffMember(setup.deps.database, { role: "election_office" })).id;
    const decided = await decideSignature(
      { database: setup.deps.database, serverSecret: setup.deps.serverSecret, clock: setup.clock, log: setup.deps.logger },
      { petitionId: petition.id, signatureId: Number(signature!.id), expected: { status: signature!.status, reason: null }, decision: { kind: "invalidate", reason: "under_age" }, staffId },
    );
    expect(decided.ok).toBe(true);

    const html = await (await browser.get("/mein-konto/daten")).text();

    expect(html).toContain("für ungültig erklärt");
    expect(html).toMatch(/<dt>Grund<\/dt>\s*<dd>Mindestalter nicht erreicht<\/dd>/);
  });

  it("shows the stored data and explains the rest", () => {
    expect(page.status).toBe(200);
    expect(page.html).toContain("Ihre gespeicherten Daten");
    expect(page.html).toContain("Radweg an der Elbe");
    expect(page.html).toContain("zurückgezogen");
    expect(page.html).toContain(letter.residentKey.toString("hex"));
    expect(page.html).toMatch(new RegExp(`<dt>Schlüssel aus Familienname und Geburtsdatum</dt>\\s*<dd>${letter.weakResidentKey.toString("hex")}</dd>`));
    expect(page.html).toContain("<code>account.weakResidentKey</code>");
    expect(page.html).toContain("nur dazu, dem Wahlamt zwei Unterschriften bei einem Bürgerbegehren als mögliche Doppelunterschrift anzuzeigen");
    expect(page.html).toContain("Was die Plattform nicht zeigen kann");
    expect(page.html).toContain("Ihren Namen, Ihre Anschrift und Ihr Geburtsdatum: Sie werden nicht gespeichert.");
    expect(page.html).toContain("<code>signatureLog</code>");
    expect(page.html).toContain('href="/mein-konto/daten.json"');
    expect(page.html).not.toContain("Großmann");
  });

  it("is linked from the account page", async () => {
    expect(await (await browser.get("/mein-konto")).text()).toContain('href="/mein-konto/daten"');
  });
});
