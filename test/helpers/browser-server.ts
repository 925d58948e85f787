import fs from "node:fs";
import type http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import { createApp } from "../../src/app";
import type { Clock } from "../../src/clock";
import { loadConfig } from "../../src/config";
import { loadTrustList } from "../../src/credentials/load-trust-list";
import { httpStatusListFetcher } from "../../src/credentials/status-list-fetcher";
import { openPglite } from "../../src/db/client";
import { migrate } from "../../src/db/migrate";
import type { AppDeps } from "../../src/deps";
import { loadDemoIssuer } from "../../src/demo/demo-issuer";
import { createLogger } from "../../src/log";
import { loadVerifierIdentity } from "../../src/openid4vp/load-verifier-identity";
import { seedDemoData } from "../../src/petitions/seed-demo";
import { loadServerSecret } from "../../src/secrets/server-secret";
import { loadOfficeEvidenceKey } from "../../src/evidence/office-evidence-key";

/** The system clock shifted by an offset that a test can move forward, e.g. past a session timeout. */
export type ShiftableClock = Clock & { advance(ms: number): void };

function shiftableClock(): ShiftableClock {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    advance: (ms) => {
      offsetMs += ms;
    },
  };
}

export type BrowserTestServer = {
  /** http://localhost:PORT, also the PUBLIC_URL and the WebAuthn origin. */
  origin: string;
  deps: AppDeps;
  clock: ShiftableClock;
  close(): Promise<void>;
};

/**
 * Start the real app on an ephemeral loopback port, set up as `npm start`
 * sets it up with the demo on: PGlite in a fresh DATA_DIR, generated secrets
 * and verifier certificate, the demo issuer trusted and the demo petition
 * seeded. Browsers reach it at http://localhost:PORT, because WebAuthn needs
 * a secure context and a host name as RP ID: Chromium counts localhost as
 * secure, and an IP address cannot be an RP ID.
 */
export async function startBrowserTestServer(): Promise<BrowserTestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mz-browser-"));

  // The origin must be known before the app is built, so the socket listens
  // first and hands requests to the app once it exists.
  let handle: ((request: Request) => Response | Promise<Response>) | undefined;
  const server = await new Promise<ServerType>((resolve, reject) => {
    const started = serve({
      fetch: (request) => (handle === undefined ? new Response("starting", { status: 503 }) : handle(request)),
      port: 0,
      hostname: "127.0.0.1",
    });
    started.once("listening", () => resolve(started));
    started.once("error", reject);
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://localhost:${port}`;

  const config = loadConfig({
    NODE_ENV: "test",
    PORT: String(port),
    PUBLIC_URL: origin,
    DATA_DIR: dataDir,
    DEMO: "1",
    LOG_LEVEL: "silent",
    RESPONSE_CHECK_WORKERS: "0",
    WEBAUTHN_RP_ID: "localhost",
    WEBAUTHN_ORIGIN: origin,
  });
  const clock = shiftableClock();
  const demoIssuer = await loadDemoIssuer(config);
  const database = await openPglite(config.dataDir);
  await migrate(database);
  await seedDemoData(database, clock);

  const deps: AppDeps = {
    config,
    database,
    logger: createLogger(config.logLevel),
    clock,
    serverSecret: loadServerSecret(config),
    officeEvidenceKey: loadOfficeEvidenceKey(config),
    trustList: loadTrustList(undefined, demoIssuer),
    verifierIdentity: await loadVerifierIdentity(config),
    fetchStatusList: httpStatusListFetcher(),
  };
  handle = createApp(deps).fetch;

  return {
    origin,
    deps,
    clock,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      (server as http.Server).closeAllConnections();
      await closed;
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
