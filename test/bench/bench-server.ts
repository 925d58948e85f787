import { serve } from "@hono/node-server";
import { createApp } from "../../src/app";
import { systemClock } from "../../src/clock";
import { loadConfig } from "../../src/config";
import { loadTrustList } from "../../src/credentials/load-trust-list";
import type { StatusListFetcher } from "../../src/credentials/status-list";
import { openPglite, openPostgres } from "../../src/db/client";
import { migrate } from "../../src/db/migrate";
import { createLogger } from "../../src/log";
import { loadVerifierIdentity } from "../../src/openid4vp/load-verifier-identity";
import { startResponseCheckWorkers } from "../../src/openid4vp/response-check-workers";
import { loadServerSecret } from "../../src/secrets/server-secret";
import { startJobRunner } from "../../src/jobs/job-runner";
import { logSealingJob } from "../../src/signature-log/log-sealing-job";
import { loadOfficeEvidenceKey } from "../../src/evidence/office-evidence-key";

// The server under test of `npm run bench`, started by run.ts as a child
// process with IPC. It builds the app from the environment the way
// src/server.ts does, listens on an ephemeral loopback port and sends that
// port to the parent. A "stop" message closes the server and the database.

export type BenchServerMessage = { kind: "listening"; port: number } | { kind: "stopped" };

/** The bench credentials carry no status claim, so a status list fetch would be a bug in the bench. */
const noStatusLists: StatusListFetcher = async (uri) => {
  throw new Error(`the bench credentials have no status list, yet ${uri} was requested`);
};

const config = loadConfig();
const logger = createLogger(config.logLevel);
const database = config.databaseUrl ? await openPostgres(config.databaseUrl, config.databasePoolSize) : await openPglite(config.dataDir);
await migrate(database);

const trustList = loadTrustList(config.trustListFile, undefined);
const responseChecks =
  config.responseCheckWorkers === 0
    ? undefined
    : startResponseCheckWorkers({ size: config.responseCheckWorkers, trustList, fetchStatusList: noStatusLists, log: logger });

const app = createApp({
  config,
  database,
  logger,
  clock: systemClock,
  serverSecret: loadServerSecret(config),
  officeEvidenceKey: loadOfficeEvidenceKey(config),
  trustList,
  verifierIdentity: await loadVerifierIdentity(config),
  fetchStatusList: noStatusLists,
  responseChecks,
});

const jobs = startJobRunner({ database, clock: systemClock, log: logger }, [logSealingJob(config.signatureLog.sealIntervalMs)]);

const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
  process.send!({ kind: "listening", port: info.port } satisfies BenchServerMessage);
});

process.on("message", (message: { kind?: string }) => {
  if (message.kind !== "stop") return;
  server.close(async () => {
    await jobs.stop();
    await responseChecks?.close();
    await database.close();
    process.send!({ kind: "stopped" } satisfies BenchServerMessage, () => process.exit(0));
  });
  (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
});
