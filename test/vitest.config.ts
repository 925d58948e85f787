import fs from "node:fs";
import net from "node:net";
import { defineConfig } from "vitest/config";

const POSTGRES_HOST = "127.0.0.1";
const POSTGRES_PORT = 5432;

function postgresAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: POSTGRES_HOST, port: POSTGRES_PORT });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

const withPostgres = await postgresAnswers();
if (!withPostgres) {
  if (process.env.REQUIRE_POSTGRES === "1") {
    throw new Error(`REQUIRE_POSTGRES=1 but no PostgreSQL answers at ${POSTGRES_HOST}:${POSTGRES_PORT}`);
  }
  process.stderr.write(`No PostgreSQL at ${POSTGRES_HOST}:${POSTGRES_PORT}: integration tests run on PGlite only.\n`);
}

const CHROMIUM = "/usr/bin/chromium";
const withBrowser = fs.existsSync(CHROMIUM);
if (!withBrowser) {
  if (process.env.REQUIRE_BROWSER === "1") {
    throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} is missing; install Debian's chromium package`);
  }
  process.stderr.write(`No Chromium at ${CHROMIUM}: browser tests are skipped (apt-get install chromium to run them).\n`);
}

const integration = ["test/integration/**/*.test.{ts,tsx}"];

export default defineConfig({
  root: new URL("..", import.meta.url).pathname,
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.{ts,tsx}"] } },
      { extends: true, test: { name: "pglite", include: integration, env: { TEST_DATABASE: "pglite" } } },
      ...(withPostgres
        ? [
            {
              extends: true as const,
              test: {
                name: "postgres",
                include: integration,
                env: { TEST_DATABASE: "postgres", TEST_POSTGRES_URL: `postgres://postgres@${POSTGRES_HOST}:${POSTGRES_PORT}/test` },
              },
            },
          ]
        : []),
      {
        extends: true,
        test: {
          // Browser tests drive Debian's Chromium against a server on
          // loopback, on PGlite only. One file at a time: each starts its own
          // server and Chromium, and files side by side would slow each other.
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          env: { TEST_DATABASE: "pglite" },
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
