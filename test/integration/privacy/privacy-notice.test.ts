import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import { loadConfig } from "../../../src/config";
import type { AppDeps } from "../../../src/deps";
import { createTestDeps } from "../../helpers/app";

describe("privacy notice", () => {
  let deps: AppDeps;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    const base = await createTestDeps();
    const config = loadConfig({
      NODE_ENV: "test",
      DATA_DIR: base.config.dataDir,
      DEMO: "0",
      PRIVACY_CONTROLLER_NAME: "Landeshauptstadt Dresden, Bürgeramt",
      PRIVACY_CONTROLLER_ADDRESS: "Dr.-Külz-Ring 19, 01067 Dresden",
      PRIVACY_CONTROLLER_EMAIL: "buergeramt@dresden.example",
      PRIVACY_OFFICER_EMAIL: "datenschutz@dresden.example",
      RESIDENT_FACTS_VALID_DAYS: "200",
      STAFF_SESSION_IDLE_MINUTES: "20",
      STAFF_SESSION_MAX_HOURS: "8",
      TRANSACTION_TTL_SECONDS: "600",
      LOG_RETENTION_DAYS: "30",
      RATE_LIMIT_CODE: "30/1800",
    });
    deps = { ...base, config };
    app = createApp(deps);
  });
  afterAll(async () => {
    await deps.database.close();
  });

  it("names the configured controller", async () => {
    const html = await (await app.request("/datenschutz")).text();
    expect(html).toContain("Landeshauptstadt Dresden, Bürgeramt");
    expect(html).toContain("Dr.-Külz-Ring 19, 01067 Dresden");
    expect(html).toContain('href="mailto:buergeramt@dresden.example"');
    expect(html).toContain('href="mailto:datenschutz@dresden.example"');
  });

  it("states periods from the configuration", async () => {
    const response = await app.request("/datenschutz");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("Datenschutzhinweise");
    expect(html).toContain("gelten die Angaben 200 Tage lang");
    expect(html).toContain("nach 20 Minuten ohne Aktivität, spätestens nach 8 Stunden");
    expect(html).toContain("Eine Anfrage bleibt 10 Minuten offen");
    expect(html).toContain("Höchstens 30 Minuten");
    expect(html).toContain("30 Tage.");
    expect(html).toContain("Bis der Passkey eingerichtet ist, höchstens 15 Minuten");
  });

  it("lists every kind of stored data", async () => {
    const html = await (await app.request("/datenschutz")).text();
    for (const kind of ["Unterschriften", "Konten von Bürgerinnen und Bürgern", "Aktivierungscodes", "Aktivierung mit der Wallet", "Konten der Mitarbeitenden", "Änderungsprotokoll", "Sitzungen", "IP-Adressen", "Server-Protokolle"]) {
      expect(html).toContain(`<h3>${kind}</h3>`);
    }
  });

  it("says who can link nullifiers", async () => {
    const html = await (await app.request("/datenschutz")).text();
    expect(html).toContain("Wer das Server-Geheimnis besitzt");
  });

  it("redirects /privacy to the English notice", async () => {
    const response = await app.request("/privacy");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/datenschutz?lang=en");
    const html = await (await app.request("/datenschutz?lang=en")).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Privacy notice");
    expect(html).toContain("200 days");
    expect(html).toContain("Whoever holds the server secret");
  });

  it("is linked from the footer of every page", async () => {
    for (const path of ["/", "/gibt-es-nicht", "/anmelden", "/aktivieren", "/datenschutz"]) {
      const html = await (await app.request(path)).text();
      expect(html, path).toMatch(/<footer[^>]*>[\s\S]*href="\/datenschutz"[\s\S]*<\/footer>/);
    }
  });
});
