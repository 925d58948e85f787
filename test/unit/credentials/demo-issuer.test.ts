import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config";
import { KOMMPASS_VCT, readIdentityAttributes } from "../../../src/credentials/credential-types";
import { verifyPresentation } from "../../../src/credentials/verify-presentation";
import { loadDemoIssuer } from "../../../src/demo/demo-issuer";
import { findDemoResident } from "../../../src/demo/demo-residents";
import { generateTestKey, noStatusLists, presentCredential, TEST_AUDIENCE, TEST_NONCE } from "../../helpers/credentials";

const NOW = new Date("2026-03-02T10:00:00Z");

describe("demo issuer", () => {
  it("generates its key once and reuses it", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "mz-demo-"));
    const config = loadConfig({ DATA_DIR: dataDir, NODE_ENV: "test" });
    const first = await loadDemoIssuer(config);
    const keyFile = path.join(dataDir, "demo", "issuer-key.json");
    expect(statSync(keyFile).mode & 0o077).toBe(0);
    const second = await loadDemoIssuer(config);
    expect(second.trustedIssuer).toEqual(first.trustedIssuer);
    expect(first.trustedIssuer.jwks[0]).not.toHaveProperty("d");
    expect(readFileSync(keyFile, "utf8")).toContain('"d"');
  });

  it("issues a KommPass that verifies", async () => {
    const demo = await loadDemoIssuer(loadConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), "mz-demo-")), NODE_ENV: "test" }));
    const holder = generateTestKey();
    const resident = findDemoResident("leonie-schaefer", NOW)!;
    const issued = await demo.issue(resident, holder.publicJwk, NOW);
    expect(issued.endsWith("~")).toBe(true);

    const result = await verifyPresentation(
      await presentCredential(issued, { holder, now: NOW }),
      { nonce: TEST_NONCE, audience: TEST_AUDIENCE, acceptedCredentialTypes: [KOMMPASS_VCT], now: NOW },
      { trustList: { issuers: [demo.trustedIssuer] }, fetchStatusList: noStatusLists },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.claims.age_equal_or_over).toEqual({ "18": false });
    expect(readIdentityAttributes(result.value)).toMatchObject({ ok: true, value: { familyName: "Schäfer", birthDate: resident.birthDate } });
  });

  it("refuses to run in production", async () => {
    const config = { ...loadConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), "mz-demo-")), NODE_ENV: "test" }), env: "production" as const };
    await expect(loadDemoIssuer(config)).rejects.toThrow(/production/);
  });
});
