import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fixedClock } from "../../src/clock";
import { loadConfig } from "../../src/config";
import type { AppDeps } from "../../src/deps";
import { createLogger } from "../../src/log";
import { openTestDatabase } from "./db";
import { NO_RATE_LIMITS } from "./rate-limits";
import { TEST_OFFICE_KEYS } from "./evidence";

/**
 * Dependencies for createApp in tests: a fresh test database, a fixed clock
 * at 2026-03-15 12:00 UTC, a random server secret, a silent logger, an
 * empty trust list and no rate limits. Pass overrides for anything a test needs to control;
 * close deps.database when done.
 */
export async function createTestDeps(overrides: Partial<AppDeps> = {}): Promise<AppDeps> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mz-test-"));
  return {
    config: loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, DEMO: "0", ...NO_RATE_LIMITS }),
    database: overrides.database ?? (await openTestDatabase()),
    logger: createLogger("silent"),
    clock: fixedClock(new Date("2026-03-15T12:00:00Z")),
    serverSecret: randomBytes(32),
    officeEvidenceKey: TEST_OFFICE_KEYS.officeEvidenceKey,
    trustList: { issuers: [] } as never,
    verifierIdentity: undefined as never,
    fetchStatusList: async (uri: string) => {
      throw new Error(`no status list fetching in tests: ${uri}`);
    },
    ...overrides,
  };
}
