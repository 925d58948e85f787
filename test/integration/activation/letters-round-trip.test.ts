import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIVATION_UPLOAD_PATH } from "../../../src/activation/office-routes";
import { createApp } from "../../../src/app";
import { writeActivationLetters } from "../../../src/cli/letters";
import { residentAccounts } from "../../../src/db/schema";
import type { AppDeps } from "../../../src/deps";
import { residentKeyOf } from "../../../src/signing/resident-key";
import { weakResidentKey } from "../../../src/signing/weak-identity-key";
import { createTestDeps } from "../../helpers/app";
import { extractPdfText } from "../../helpers/pdf-text";
import { activateWithCode } from "../../helpers/residents";
import { createSignedInStaff } from "../../helpers/staff";

const REGISTER = [
  "Familienname;Vornamen;Geburtsdatum;Geburtsort;Straße;Postleitzahl;Gemeindeschlüssel;Hauptwohnsitz_seit;Staatsangehörigkeit",
  "Böhme-Weiß;Jörg-Peter;02.11.1988;Dresden;Schandauer Straße 64;01277;14612000;02.11.1988;DE",
  "Wiśniewska;Zofia;1992-07-23;Kraków;Alaunstraße 45;01099;14612000;2019-04-01;PL",
];

const CODE = /[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){5}/g;

describe("activation letters from register to passkey", () => {
  let deps: AppDeps;
  let folder: string;

  beforeAll(async () => {
    deps = await createTestDeps();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "mz-round-trip-"));
  });
  afterAll(async () => {
    await deps.database.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  /** Run `npm run letters` in process with the platform's server secret, and return the PDF's codes and the upload file. */
  async function writeLetters(): Promise<{ codes: string[]; upload: Buffer }> {
    const register = path.join(folder, "register.csv");
    fs.writeFileSync(register, `${REGISTER.join("\n")}\n`);
    const env = { NODE_ENV: "test", DATA_DIR: path.join(folder, "data"), PUBLIC_URL: deps.config.publicUrl, SERVER_SECRET: deps.serverSecret.toString("base64url") };
    const exit = await writeActivationLetters([register, "--out-dir", folder], env, { out: () => {}, err: () => {} }, deps.clock.now());
    expect(exit).toBe(0);

    const written = fs.readdirSync(folder);
    const pdf = written.find((name) => name.startsWith("aktivierungsbriefe-") && name.endsWith(".pdf"));
    const upload = written.find((name) => name.startsWith("aktivierungscodes-") && name.endsWith(".csv"));
    if (pdf === undefined || upload === undefined) throw new Error(`letters wrote ${written.join(", ")}`);
    const text = await extractPdfText(fs.readFileSync(path.join(folder, pdf)));
    return { codes: text.text.match(CODE) ?? [], upload: fs.readFileSync(path.join(folder, upload)) };
  }

  it("activates passkeys with codes from the printed letters", async () => {
    const app = createApp(deps);
    const { codes, upload } = await writeLetters();
    expect(codes).toHaveLength(2);

    const office = await createSignedInStaff(deps, { role: "election_office" });
    const form = new FormData();
    form.set("datei", new File([new Uint8Array(upload)], "aktivierungscodes.csv", { type: "text/csv" }));
    const uploaded = await app.request(ACTIVATION_UPLOAD_PATH, { method: "POST", headers: office.session.postHeaders, body: form });
    expect(uploaded.status).toBe(200);
    expect(await uploaded.text()).toContain("2 Codes gespeichert.");

    for (const code of codes) expect((await activateWithCode(deps, app, code)).response.status).toBe(200);

    const joerg = residentKeyOf(deps.serverSecret, { familyName: "BÖHME-WEISS", givenNames: "JÖRG-PETER", birthDate: "1988-11-02", placeOfBirth: "DRESDEN" });
    const zofia = residentKeyOf(deps.serverSecret, { familyName: "Wisniewska", givenNames: "Zofia", birthDate: "1992-07-23", placeOfBirth: "Krakow" });
    const [joergAccount] = await deps.database.db.select().from(residentAccounts).where(eq(residentAccounts.residentKey, joerg));
    const [zofiaAccount] = await deps.database.db.select().from(residentAccounts).where(eq(residentAccounts.residentKey, zofia));
    expect(joergAccount?.facts).toMatchObject({ municipalityKey: "14612000", mainResidenceSince: "1988-11-02", citizenship: "DE" });
    expect(joergAccount?.provenBy).toBe("letter");
    expect(zofiaAccount?.facts.citizenship).toBe("EU");
    expect(joergAccount?.weakResidentKey?.equals(weakResidentKey(deps.serverSecret, { familyName: "Böhme Weiß", birthDate: "1988-11-02" }))).toBe(true);
    expect(zofiaAccount?.weakResidentKey?.equals(weakResidentKey(deps.serverSecret, { familyName: "Wiśniewska", birthDate: "1992-07-23" }))).toBe(true);
  });
});
