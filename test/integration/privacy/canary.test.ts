import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIVATION_UPLOAD_PATH } from "../../../src/activation/office-routes";
import { writeActivationLetters } from "../../../src/cli/letters";
import { KOMMPASS_VCT } from "../../../src/credentials/kommpass-credential";
import type { DemoResident } from "../../../src/demo/demo-residents";
import { RESIDENT_AREA_PATH } from "../../../src/http/resident-session";
import { createLogger } from "../../../src/log";
import { officePaths, officeTallyPaths } from "../../../src/office/office-paths";
import { requestUri, walletInvocationUrl } from "../../../src/openid4vp/wallet-urls";
import { readPetitionKey } from "../../../src/signing/petition-keys";
import { publicTallyPaths } from "../../../src/tally/public-tally-paths";
import { WORKSPACE_PATH } from "../../../src/workspace/workspace-paths";
import { generateTestKey, issueKommPass } from "../../helpers/credentials";
import { everyRowAsText } from "../../helpers/database-rows";
import { TEST_OFFICE_KEYS } from "../../helpers/evidence";
import { extractPdfText } from "../../helpers/pdf-text";
import { activateWithCode, signWithPasskeyOverHttp } from "../../helpers/residents";
import { createSignedInStaff } from "../../helpers/staff";
import { startBinding } from "../../helpers/wallet-binding";
import { withdrawWithPasskeyOverHttp } from "../../helpers/withdrawal";
import {
  browserGet,
  createWalletTestSetup,
  presentForRequest,
  resolveInvocation,
  startSigning,
  submitVpToken,
  TEST_PUBLIC_URL,
  testWalletClient,
  type WalletTestSetup,
} from "../../helpers/wallet";

// Made-up residents whose every value is unusual enough that finding it
// anywhere means it leaked: names, birth dates, places and streets.
const WALLET_CANARY: DemoResident = {
  id: "canary-wallet",
  situation: "eligible",
  familyName: "Kanarienhuber",
  givenName: "Zilly Ottilie",
  birthDate: "1961-07-23",
  placeOfBirth: { locality: "Zeisigdorf", country: "DE" },
  nationalities: ["DE"],
  municipalityKey: "14612000",
  mainResidenceSince: "1999-04-01",
  address: { streetAddress: "Vogelbeerweg 17", postalCode: "01069", locality: "Dresden", country: "DE" },
};
const BINDING_CANARY: DemoResident = {
  ...WALLET_CANARY,
  id: "canary-binding",
  familyName: "Dompfaffinger",
  givenName: "Quirin Ambrosius",
  birthDate: "1958-02-27",
  placeOfBirth: { locality: "Meisenbruch", country: "DE" },
  address: { streetAddress: "Rotkehlchenstieg 4", postalCode: "01099", locality: "Dresden", country: "DE" },
};
const LETTER_REGISTER = [
  "Familienname;Vornamen;Geburtsdatum;Geburtsort;Straße;Postleitzahl;Gemeindeschlüssel;Hauptwohnsitz_seit;Staatsangehörigkeit",
  "Gimpelmeyer;Hedwig Amseline;02.09.1957;Finkenhain;Drosselgasse 3;01099;14612000;01.01.2001;DE",
];
const IN_PERSON_CANARY = {
  familyName: "Stieglitzka",
  givenNames: "Ottokar Wenzeslaus",
  birthDate: "11.12.1970",
  placeOfBirth: "Kleiberstadt",
  municipalityKey: "14612000",
  mainResidenceSince: "01.06.2001",
  nationalities: "DE",
  minimumAge: "18",
};

/** A paper line as the office types it after finding the person in the register. */
const PAPER_FORM_CANARY = {
  familyName: "Hänflingstedt",
  givenNames: "Brunhilde Kiebitza",
  birthDate: "14.08.1966",
  placeOfBirth: "Ammerstedt",
  address: "Bachstelzenring 9, 01099 Dresden",
  sheet: "1",
  line: "1",
  signedOn: "",
  outcome: "auto",
};
const PAPER_CSV_CANARY = [
  "familienname;vornamen;geburtsdatum;geburtsort;anschrift;bogen;zeile",
  "Wiedehopfer;Adalbert Lerchenfeld;03.03.1963;Uhuhausen;Grünfinkweg 12;1;2",
];

/** Every value of the canaries that must not appear outside the letters PDF. */
const CANARY_VALUES = [
  "Hänflingstedt", "Brunhilde Kiebitza", "1966-08-14", "14.08.1966", "Ammerstedt", "Bachstelzenring",
  "Wiedehopfer", "Adalbert Lerchenfeld", "1963-03-03", "03.03.1963", "Uhuhausen", "Grünfinkweg",
  "Kanarienhuber", "Zilly Ottilie", "1961-07-23", "23.07.1961", "Zeisigdorf", "Vogelbeerweg",
  "Dompfaffinger", "Quirin Ambrosius", "1958-02-27", "27.02.1958", "Meisenbruch", "Rotkehlchenstieg",
  "Gimpelmeyer", "Hedwig Amseline", "1957-09-02", "02.09.1957", "Finkenhain", "Drosselgasse",
  "Stieglitzka", "Ottokar Wenzeslaus", "1970-12-11", "11.12.1970", "Kleiberstadt",
];

const CODE = /[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){5}/g;

let setup: WalletTestSetup;
let folder: string;
const logLines: string[] = [];
/** Raw presentations and codes as the flows sent them; none may be stored or logged. */
const secrets: string[] = [];
/** CSV, PDF text and HTML pages the flows produced, with where each came from. */
const exports: { source: string; text: string }[] = [];
/** Text of the letters PDF, the one output that must name the resident. */
let lettersText = "";

beforeAll(async () => {
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString("utf8").split("\n").filter((line) => line !== ""));
      done();
    },
  });
  setup = await createWalletTestSetup({ logger: createLogger("trace", destination) });
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "mz-canary-"));
  await runEveryFlow();
});

afterAll(async () => {
  await setup.deps.database.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

async function runEveryFlow(): Promise<void> {
  const { app, deps, petition } = setup;
  const office = await createSignedInStaff(deps, { role: "election_office" });
  const organiser = await createSignedInStaff(deps, { role: "organiser", teamPetitionIds: [petition.id] });

  // Wallet signing, same device, with the outcome page.
  const session = await startSigning(app, petition.id);
  const client = testWalletClient(app);
  const resolved = await resolveInvocation(client, walletInvocationUrl(deps.verifierIdentity.clientId, requestUri(TEST_PUBLIC_URL, session.transactionId, "same-device")));
  const holder = generateTestKey();
  const credential = await issueKommPass(setup.issuer, WALLET_CANARY, { holder, now: setup.clock.now() });
  const vpToken = await presentForRequest(resolved, credential, { vct: KOMMPASS_VCT, holder, now: setup.clock.now() });
  secrets.push(credential, ...Object.values(vpToken).flat());
  const signed = await submitVpToken(resolved, client, vpToken);
  expect(signed.status).toBe(200);
  const redirect = new URL(((await signed.json()) as { redirect_uri: string }).redirect_uri);
  exports.push({ source: "wallet outcome page", text: await (await browserGet(app, `${redirect.pathname}${redirect.search}`, session.cookie)).text() });

  // Wallet binding: the presentation that proves eligibility before a passkey is registered.
  const binding = await startBinding(setup);
  const bindingHolder = generateTestKey();
  const bindingCredential = await issueKommPass(setup.issuer, BINDING_CANARY, { holder: bindingHolder, now: setup.clock.now() });
  const bindingToken = await presentForRequest(binding.resolved, bindingCredential, { vct: KOMMPASS_VCT, holder: bindingHolder, now: setup.clock.now() });
  secrets.push(bindingCredential, ...Object.values(bindingToken).flat());
  expect((await submitVpToken(binding.resolved, binding.client, bindingToken)).status).toBe(200);

  // Activation letters from a register extract, uploaded by the office, redeemed and used to sign.
  const register = path.join(folder, "register.csv");
  fs.writeFileSync(register, `${LETTER_REGISTER.join("\n")}\n`);
  const env = { NODE_ENV: "test", DATA_DIR: path.join(folder, "data"), PUBLIC_URL: deps.config.publicUrl, SERVER_SECRET: deps.serverSecret.toString("base64url") };
  expect(await writeActivationLetters([register, "--out-dir", folder], env, { out: () => {}, err: () => {} }, deps.clock.now())).toBe(0);
  const written = fs.readdirSync(folder);
  const uploadFile = written.find((name) => name.startsWith("aktivierungscodes-"))!;
  const letters = await extractPdfText(fs.readFileSync(path.join(folder, written.find((name) => name.endsWith(".pdf"))!)));
  const upload = fs.readFileSync(path.join(folder, uploadFile));
  lettersText = letters.text;
  exports.push({ source: "letters upload file", text: upload.toString("utf8") });
  const letterCode = letters.text.match(CODE)?.[0];
  if (letterCode === undefined) throw new Error("no code in the letters PDF");
  secrets.push(letterCode, letterCode.replaceAll("-", ""));
  const form = new FormData();
  form.set("datei", new File([new Uint8Array(upload)], "aktivierungscodes.csv", { type: "text/csv" }));
  expect((await app.request(ACTIVATION_UPLOAD_PATH, { method: "POST", headers: office.session.postHeaders, body: form })).status).toBe(200);
  const activated = await activateWithCode(deps, app, letterCode);
  expect(activated.response.status).toBe(200);
  const passkeySigned = await signWithPasskeyOverHttp(deps, app, petition.id, activated.authenticator, { browser: activated.browser });
  exports.push({ source: "passkey outcome page", text: passkeySigned.page ?? "" });
  exports.push({ source: "resident area", text: await (await activated.browser.get(RESIDENT_AREA_PATH)).text() });
  exports.push({ source: "data access page", text: await (await activated.browser.get("/mein-konto/daten")).text() });
  exports.push({ source: "data access JSON", text: await (await activated.browser.get("/mein-konto/daten.json")).text() });

  // A code issued in person after the office checked an identity card.
  const inPerson = await app.request("/verwaltung/aktivierung-vor-ort", {
    method: "POST",
    headers: { ...office.session.postHeaders, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(IN_PERSON_CANARY).toString(),
  });
  expect(inPerson.status).toBe(201);
  const inPersonCode = (await inPerson.text()).match(CODE)?.[0];
  if (inPersonCode === undefined) throw new Error("no in-person code on the page");
  secrets.push(inPersonCode, inPersonCode.replaceAll("-", ""));
  const inPersonActivated = await activateWithCode(deps, app, inPersonCode);
  expect(inPersonActivated.response.status).toBe(200);

  // The in-person resident signs and withdraws the signature again.
  const inPersonOptions = { browser: inPersonActivated.browser };
  expect((await signWithPasskeyOverHttp(deps, app, petition.id, inPersonActivated.authenticator, inPersonOptions)).body.redirect).toBeDefined();
  const withdrawn = await withdrawWithPasskeyOverHttp(deps, app, petition.id, inPersonActivated.authenticator, inPersonOptions);
  exports.push({ source: "withdrawal outcome page", text: withdrawn.page?.html ?? "" });

  // What organisers and the office can export or read about the petition.
  const csv = await app.request(`${WORKSPACE_PATH}/${petition.id}/tageszahlen.csv`, { headers: { Cookie: organiser.session.cookie } });
  exports.push({ source: "daily counts CSV", text: await csv.text() });
  const officePage = await app.request(`/verwaltung/wahlamt/buergerbegehren/${petition.id}`, { headers: { Cookie: office.session.cookie } });
  exports.push({ source: "office petition page", text: await officePage.text() });

  // Paper lines, typed into the form and imported as CSV, with the pages the office sees afterwards.
  const paths = officePaths(petition.id);
  const paperEntry = await app.request(paths.paper, { method: "POST", headers: office.session.postHeaders, body: new URLSearchParams(PAPER_FORM_CANARY) });
  expect(paperEntry.status).toBe(200);
  exports.push({ source: "paper entry page", text: await paperEntry.text() });
  const paperFile = new FormData();
  paperFile.set("datei", new File([PAPER_CSV_CANARY.join("\n")], "papier.csv", { type: "text/csv" }));
  const paperImport = await app.request(paths.paperImport, { method: "POST", headers: office.session.postHeaders, body: paperFile });
  expect(paperImport.status).toBe(200);
  exports.push({ source: "paper import page", text: await paperImport.text() });
  exports.push({ source: "review list", text: await (await app.request(`${paths.review}?auswahl=alle`, { headers: { Cookie: office.session.cookie } })).text() });

  // A certified tally with its files, its public recompute page and the published log entries.
  expect((await app.request(paths.tallies, { method: "POST", headers: office.session.postHeaders })).status).toBe(303);
  const [tally] = await deps.database.rows<{ id: string; public_token: string }>("select id, public_token from tally_snapshots where petition_id = $1::uuid", [petition.id]);
  if (tally === undefined) throw new Error("no certified tally was stored");
  const tallyFiles = officeTallyPaths(petition.id, tally.id);
  const officeGet = (path: string) => app.request(path, { headers: { Cookie: office.session.cookie } });
  const pdf = await officeGet(tallyFiles.pdf);
  expect(pdf.status).toBe(200);
  exports.push({ source: "tally PDF", text: (await extractPdfText(Buffer.from(await pdf.arrayBuffer()))).text });
  exports.push({ source: "tally CSV", text: await (await officeGet(tallyFiles.csv)).text() });
  exports.push({ source: "tally JSON", text: await (await officeGet(tallyFiles.json)).text() });
  const publicPaths = publicTallyPaths(tally.public_token);
  exports.push({ source: "public tally page", text: await (await app.request(publicPaths.page)).text() });
  const publicEntries = await app.request(publicPaths.entries);
  expect(publicEntries.status).toBe(200);
  exports.push({ source: "public tally JSON", text: await publicEntries.text() });
}

/** Collect the server's secrets in the forms they could leak in. */
async function secretValues(): Promise<string[]> {
  const { deps, petition } = setup;
  const petitionKey = await readPetitionKey(deps.database, deps.serverSecret, petition.id);
  const officeKey = TEST_OFFICE_KEYS.privateKey.export({ format: "jwk" });
  return [
    deps.serverSecret.toString("base64url"),
    deps.serverSecret.toString("hex"),
    ...(petitionKey === undefined ? [] : [petitionKey.toString("base64url"), petitionKey.toString("hex")]),
    String(officeKey.d),
  ];
}

function findingsIn(texts: { source: string; text: string }[], values: string[]): string[] {
  const findings: string[] = [];
  for (const { source, text } of texts) {
    for (const value of values) if (text.includes(value)) findings.push(`${value} in ${source}`);
  }
  return findings;
}

describe("canary identities", () => {
  it("ran every flow", async () => {
    const [signatures] = await setup.deps.database.rows<{ count: number }>("select count(*)::int as count from signatures where petition_id = $1::uuid", [setup.petition.id]);
    expect(signatures?.count).toBe(4);
    const [withdrawals] = await setup.deps.database.rows<{ count: number }>(
      "select count(*)::int as count from signature_log_entries where petition_id = $1::uuid and kind = 'withdrawn'",
      [setup.petition.id],
    );
    expect(withdrawals?.count).toBe(1);
    expect(logLines.length).toBeGreaterThan(20);
    const dataAccess = exports.find((entry) => entry.source === "data access JSON")?.text ?? "";
    expect(() => JSON.parse(dataAccess)).not.toThrow();
    expect(exports.find((entry) => entry.source === "withdrawal outcome page")?.text).not.toBe("");
    expect(lettersText).toContain("Gimpelmeyer");
    expect(lettersText).toContain("Drosselgasse 3");
    const tallyJson = JSON.parse(exports.find((entry) => entry.source === "tally JSON")?.text ?? "{}") as { log?: { length?: number } };
    expect(tallyJson.log?.length).toBeGreaterThan(0);
    expect(exports.find((entry) => entry.source === "paper import page")?.text).toContain("1 Zeile gespeichert");
  });

  it("appear in no log line", async () => {
    const texts = logLines.map((line, index) => ({ source: `log line ${index}`, text: line }));

    expect(findingsIn(texts, [...CANARY_VALUES, ...secrets, ...(await secretValues())])).toEqual([]);
  });

  it("appear in no table", async () => {
    const texts = (await everyRowAsText(setup.deps.database)).map((text) => ({ source: text.slice(0, text.indexOf(":")), text }));

    expect(findingsIn(texts, [...CANARY_VALUES, ...secrets, ...(await secretValues())])).toEqual([]);
  });

  it("appear in no export", async () => {
    expect(exports.length).toBeGreaterThanOrEqual(17);

    expect(findingsIn(exports, [...CANARY_VALUES, ...secrets, ...(await secretValues())])).toEqual([]);
  });
});
