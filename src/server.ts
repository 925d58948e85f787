import type { Duplex } from "node:stream";
import { type ServerType, serve } from "@hono/node-server";
import { createApp } from "./app";
import { systemClock } from "./clock";
import { type Config, ConfigError, loadConfig } from "./config";
import { loadTrustList, TrustListError } from "./credentials/load-trust-list";
import { httpStatusListFetcher } from "./credentials/status-list-fetcher";
import { type Database, openPglite, openPostgres } from "./db/client";
import { DataDirInUseError } from "./db/data-dir-lock";
import { migrate } from "./db/migrate";
import type { TrustList } from "./credentials/trust-list";
import { type DemoIssuer, loadDemoIssuer } from "./demo/demo-issuer";
import { startJobRunner } from "./jobs/job-runner";
import { serverJobs } from "./jobs/server-jobs";
import { loadOfficeEvidenceKey } from "./evidence/office-evidence-key";
import { createLogger } from "./log";
import { loadVerifierIdentity, VerifierIdentityError } from "./openid4vp/load-verifier-identity";
import { startResponseCheckWorkers } from "./openid4vp/response-check-workers";
import { seedDemoData } from "./petitions/seed-demo";
import { loadServerSecret } from "./secrets/server-secret";

/** Trust the demo issuer next to a configured trust list while the demo is on, so the demo wallet keeps working. */
function withDemoIssuer(trustList: TrustList, demoIssuer: DemoIssuer | undefined): TrustList {
  if (demoIssuer === undefined) return trustList;
  if (trustList.issuers.some((issuer) => issuer.name === demoIssuer.trustedIssuer.name)) return trustList;
  return { issuers: [...trustList.issuers, demoIssuer.trustedIssuer] };
}

/** Start-up failure whose message names what the operator must change; printed without a stack trace. */
class StartupError extends Error {
  override name = "StartupError";
}

const FILE_SYSTEM_ERRORS = new Set(["ENOENT", "ENOTDIR", "EISDIR", "EACCES", "EPERM", "EROFS", "ENOSPC"]);

/**
 * Run a start-up step that reads or writes files under DATA_DIR, and turn a
 * file system error into a StartupError naming `setting`. With
 * `fileContents`, any other error counts too, because the step's errors then
 * describe a malformed file. Other errors pass through as bugs, with stack.
 */
async function startupStep<T>(setting: string, step: () => T | Promise<T>, fileContents = false): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof StartupError || error instanceof DataDirInUseError) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && FILE_SYSTEM_ERRORS.has(code)) {
      throw new StartupError(`${setting}: ${code} while reading or writing the data folder; check the path and its permissions`);
    }
    if (!fileContents) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new StartupError(`${setting}: ${detail}; set the value, or delete the damaged generated file to have it made again`);
  }
}

/** Return the operator message of an expected start-up failure, or undefined for a bug. */
function startupProblem(error: unknown): string | undefined {
  if (error instanceof StartupError || error instanceof TrustListError || error instanceof DataDirInUseError) return error.message;
  if (error instanceof VerifierIdentityError) return `VERIFIER_CERT_CHAIN, VERIFIER_KEY: ${error.message}`;
  return undefined;
}

async function openDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl === undefined) {
    const database = await openPglite(config.dataDir);
    await migrate(database);
    return database;
  }
  const database = await openPostgres(config.databaseUrl, config.databasePoolSize);
  try {
    await migrate(database);
    return database;
  } catch (error) {
    await database.close();
    const code = (error as { code?: string }).code;
    if (code === undefined) throw error;
    throw new StartupError(
      `DATABASE_URL: the PostgreSQL server did not accept the connection (${code}); check host, port, user, password and database name`,
    );
  }
}

/** Start listening, turning a port in use or a bad host into a StartupError naming the variable. */
function listen(app: { fetch: (request: Request) => Response | Promise<Response> }, config: Config): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
    server.once("listening", () => resolve(server));
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(new StartupError(`PORT: port ${config.port} on ${config.host} is already in use; stop the other program or choose another PORT`));
      } else if (error.code === "EACCES") {
        reject(new StartupError(`PORT: no permission to listen on port ${config.port}; choose a port above 1023`));
      } else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND" || error.code === "EAI_AGAIN") {
        reject(new StartupError(`HOST: cannot listen on ${config.host} (${error.code}); use an address of this machine, such as 127.0.0.1 or 0.0.0.0`));
      } else {
        reject(error);
      }
    });
  });
}

/**
 * Respond to requests that Node's HTTP parser rejects (headers over its 16 KiB
 * limit, malformed request lines) with a short German page instead of an
 * empty response.
 */
function answerUnparsableRequests(server: ServerType) {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) return;
    const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
    const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
    const text = tooLarge
      ? "Die Adresse oder die Kopfzeilen der Anfrage sind zu lang. Kürzen Sie die Adresse und versuchen Sie es erneut."
      : "Die Anfrage ist fehlerhaft. Laden Sie die Seite neu und versuchen Sie es erneut.";
    const body = `<!doctype html><html lang="de"><meta charset="utf-8"><title>mitzeichnen</title><p>${text}</p></html>`;
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

async function main() {
  let config: Config;
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

  let database: Database | undefined;
  try {
    const serverSecret = await startupStep("SERVER_SECRET or DATA_DIR", () => loadServerSecret(config), true);
    const officeEvidenceKey = await startupStep("OFFICE_EVIDENCE_KEY or DATA_DIR", () => loadOfficeEvidenceKey(config), true);
    const demoIssuer = config.demo ? await startupStep("DATA_DIR (demo issuer key)", () => loadDemoIssuer(config), true) : undefined;
    const trustList = withDemoIssuer(loadTrustList(config.trustListFile, demoIssuer), demoIssuer);
    const verifierIdentity = await loadVerifierIdentity(config);

    database = await startupStep(config.databaseUrl === undefined ? "DATA_DIR" : "DATABASE_URL", () => openDatabase(config));
    if (config.env === "production" && database.kind === "pglite") {
      logger.warn(
        { event: "server.embedded_database_in_production" },
        "NODE_ENV is production but DATABASE_URL is not set: PGlite runs without fsync, so a crash can lose confirmed signatures; set DATABASE_URL to a PostgreSQL server",
      );
    }
    if (config.demo) await seedDemoData(database, systemClock);

    const fetchStatusList = httpStatusListFetcher();
    const responseChecks =
      config.responseCheckWorkers === 0
        ? undefined
        : startResponseCheckWorkers({ size: config.responseCheckWorkers, trustList, fetchStatusList, log: logger });
    const app = createApp({
      config,
      database,
      logger,
      clock: systemClock,
      serverSecret,
      officeEvidenceKey,
      trustList,
      verifierIdentity,
      fetchStatusList,
      responseChecks,
    });
    const server = await listen(app, config);
    const jobs = startJobRunner({ database, clock: systemClock, log: logger }, serverJobs(config, serverSecret));
    answerUnparsableRequests(server);
    const address = server.address();
    const port = typeof address === "object" && address !== null ? address.port : config.port;
    logger.info(
      { event: "server.started", port, database: database.kind, demo: config.demo, url: config.publicUrl },
      `mitzeichnen is running: open ${config.publicUrl}`,
    );

    const openDatabaseHandle = database;
    const stop = (signal: string) => {
      logger.info({ event: "server.stopping", signal }, "stopping");
      server.close(async () => {
        await jobs.stop();
        await responseChecks?.close();
        await openDatabaseHandle.close();
        logger.info({ event: "server.stopped" }, "stopped");
        process.exit(0);
      });
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  } catch (error) {
    await database?.close().catch(() => {});
    const problem = startupProblem(error);
    if (problem === undefined) {
      logger.fatal({ event: "server.start_failed", err: error }, "mitzeichnen did not start");
    } else {
      logger.fatal({ event: "server.start_failed" }, "mitzeichnen did not start");
      process.stderr.write(`mitzeichnen did not start. ${problem}\n`);
    }
    process.exit(1);
  }
}

void main();
