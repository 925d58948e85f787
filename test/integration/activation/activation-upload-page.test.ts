import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActivationUploadRow, formatActivationUpload } from "../../../src/activation/activation-upload";
import { countActivationCodes } from "../../../src/activation/import-activation-codes";
import { ACTIVATION_UPLOAD_PATH, MAX_ACTIVATION_UPLOAD_BYTES } from "../../../src/activation/office-routes";
import { createApp } from "../../../src/app";
import type { AppDeps } from "../../../src/deps";
import { randomUploadRow } from "../../helpers/activation";
import { createTestDeps } from "../../helpers/app";
import { createSignedInStaff } from "../../helpers/staff";

function uploadRow(expiresOn = "2026-06-30"): ActivationUploadRow {
  return randomUploadRow({ expiresOn });
}

describe("activation code upload page", () => {
  let deps: AppDeps;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    deps = await createTestDeps();
    app = createApp(deps);
  });
  afterAll(async () => {
    await deps.database.close();
  });

  function upload(headers: Record<string, string>, content: string | Uint8Array | undefined, filename = "aktivierungscodes-2026-03-15.csv") {
    const form = new FormData();
    if (content !== undefined) form.set("datei", new File([content], filename, { type: "text/csv" }));
    return app.request(ACTIVATION_UPLOAD_PATH, { method: "POST", headers, body: form });
  }

  it("shows the form to the election office", async () => {
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const response = await app.request(ACTIVATION_UPLOAD_PATH, { headers: { Cookie: office.session.cookie } });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Aktivierungscodes hochladen");
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toContain(`value="${office.session.csrfToken}"`);
  });

  it("stores the codes and reports bad, repeated and expired lines", async () => {
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const rows = [uploadRow(), uploadRow()];
    const expired = uploadRow("2026-03-14");
    const text = formatActivationUpload([...rows, expired]) + "nicht;gültig\n";

    const first = await upload(office.session.postHeaders, text);

    expect(first.status).toBe(200);
    const html = await first.text();
    expect(html).toContain("2 Codes gespeichert.");
    expect(html).toContain("Abgelaufen (Zeile 4)");
    expect(html).toContain("Zeile 5: Die Zeile hat nicht die erwartete Zahl von Spalten.");
    expect(await countActivationCodes(deps.database, rows.map((row) => row.selector))).toBe(2);

    const again = await (await upload(office.session.postHeaders, text)).text();
    expect(again).toContain("Es wurde kein Code gespeichert.");
    expect(again).toContain("Schon vorhanden (Zeilen 2, 3)");
  });

  it("records the upload in the audit log without resident keys", async () => {
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const row = uploadRow();

    await upload(office.session.postHeaders, formatActivationUpload([row]));

    const audit = await deps.database.rows<{ action: string; details: unknown }>("select action, details from audit_log where actor_id = $1", [office.id]);
    expect(audit).toEqual([{ action: "activation_codes.imported", details: { stored: 1, duplicates: 0, expired: 0, overlong: 0 } }]);
  });

  it.each([
    ["no file", undefined, "Wählen Sie die CSV-Datei aus"],
    ["an empty file", "", "Die Datei ist leer"],
    ["the register extract", "Familienname;Vornamen\nMüller;Hans\n", "nicht die Kopfzeile einer Code-Datei"],
    ["a binary file", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xff, 0xfe]), "keine UTF-8-Textdatei"],
  ])("answers 422 with an error summary for %s", async (_name, content, message) => {
    const office = await createSignedInStaff(deps, { role: "election_office" });

    const response = await upload(office.session.postHeaders, content);

    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("<title>Fehler: ");
    expect(html).toContain('class="error-summary"');
    expect(html).toContain(message);
  });

  it("lets administrators upload too", async () => {
    const admin = await createSignedInStaff(deps, { role: "admin" });

    expect((await upload(admin.session.postHeaders, formatActivationUpload([uploadRow()]))).status).toBe(200);
  });

  it("forbids organisers", async () => {
    const organiser = await createSignedInStaff(deps, { role: "organiser" });

    expect((await app.request(ACTIVATION_UPLOAD_PATH, { headers: { Cookie: organiser.session.cookie } })).status).toBe(403);
    expect((await upload(organiser.session.postHeaders, formatActivationUpload([uploadRow()]))).status).toBe(403);
  });

  it("sends anonymous visitors to the sign-in page", async () => {
    const response = await app.request(ACTIVATION_UPLOAD_PATH);

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toContain("/anmelden");
  });

  it("rejects an upload without the CSRF token", async () => {
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const { "X-CSRF-Token": _token, ...withoutToken } = office.session.postHeaders;

    expect((await upload(withoutToken, formatActivationUpload([uploadRow()]))).status).toBe(403);
  });

  it("accepts files above the form limit and rejects those above the upload limit", async () => {
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const rows = Array.from({ length: 600 }, () => uploadRow());
    const large = formatActivationUpload(rows);
    expect(large.length).toBeGreaterThan(64 * 1024);

    expect((await upload(office.session.postHeaders, large)).status).toBe(200);
    const tooLarge = new Uint8Array(MAX_ACTIVATION_UPLOAD_BYTES + 1);
    expect((await upload(office.session.postHeaders, tooLarge)).status).toBe(413);
  });
});
