import { serve } from "@hono/node-server";
import { createApp } from "./app";
import { systemClock } from "./clock";
import { ConfigError, loadConfig } from "./config";
import { loadTrustList } from "./credentials/load-trust-list";
import { httpStatusListFetcher } from "./credentials/status-list-fetcher";
import { openPglite, openPostgres } from "./db/client";
import { migrate } from "./db/migrate";
import type { TrustList } from "./credentials/trust-list";
import { type DemoIssuer, loadDemoIssuer } from "./demo/demo-issuer";
import { createLogger } from "./log";
import { loadVerifierIdentity } from "./openid4vp/load-verifier-identity";
import { seedDemoData } from "./petitions/seed-demo";
import { loadServerSecret } from "./secrets/server-secret";

/** Trust the demo issuer next to a configured trust list while the demo is on, so the demo wallet keeps working. */
function withDemoIssuer(trustList: TrustList, demoIssuer: DemoIssuer | undefined): TrustList {
  if (demoIssuer === undefined) return trustList;
  if (trustList.issuers.some((issuer) => issuer.name === demoIssuer.trustedIssuer.name)) return trustList;
  return { issuers: [...trustList.issuers, demoIssuer.trustedIssuer] };
}

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`mitzeichnen did not start. ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);

  try {
    const serverSecret = loadServerSecret(config);
    const demoIssuer = config.demo ? await loadDemoIssuer(config) : undefined;
    const trustList = withDemoIssuer(loadTrustList(config.trustListFile, demoIssuer), demoIssuer);
    const verifierIdentity = await loadVerifierIdentity(config);

    const database = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(config.dataDir);
    await migrate(database);
    if (config.demo) await seedDemoData(database, systemClock);

    const deps = {
      config,
      database,
      logger,
      clock: systemClock,
      serverSecret,
      trustList,
      verifierIdentity,
      fetchStatusList: httpStatusListFetcher(),
    };
    const app = createApp(deps);
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
      logger.info(
        { event: "server.started", port: info.port, database: database.kind, demo: config.demo, url: config.publicUrl },
        `mitzeichnen is running: open ${config.publicUrl}`,
      );
    });

    const stop = (signal: string) => {
      logger.info({ event: "server.stopping", signal }, "stopping");
      server.close(async () => {
        await database.close();
        logger.info({ event: "server.stopped" }, "stopped");
        process.exit(0);
      });
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  } catch (error) {
    logger.fatal({ event: "server.start_failed", err: error }, "mitzeichnen did not start");
    process.exit(1);
  }
}

void main();
