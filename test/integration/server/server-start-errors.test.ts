import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "../../helpers/db";

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");
// Matches a stack frame printed as text or inside a JSON log line, where the newline is escaped.
const STACK_FRAME = /(^|\\n)\s+at \S.*:\d+:\d+/m;

let workDir: string;

/** Start src/server.ts with extra environment variables and return its exit code and output. The process must stop on its own. */
async function startServer(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(TSX, ["src/server.ts"], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: path.join(workDir, "data"), HOST: "127.0.0.1", PORT: "0", ...env },
      timeout: 30_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

// These start a real process on PGlite; a second run against PostgreSQL adds nothing.
describe.skipIf(testDatabaseKind === "postgres")("server start with bad settings", () => {
  beforeAll(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "mz-break-start-"));
  });

  afterAll(() => {
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it("non-JSON TRUST_LIST: named, no stack", async () => {
    const file = path.join(workDir, "trust-list.json");
    fs.writeFileSync(file, "not json");

    const { code, output } = await startServer({ TRUST_LIST: file });

    expect(code).toBe(1);
    expect(output).toContain("TRUST_LIST");
    expect(output).not.toMatch(STACK_FRAME);
  });

  it("missing VERIFIER_CERT_CHAIN: named, no stack", async () => {
    const { code, output } = await startServer({
      VERIFIER_CERT_CHAIN: path.join(workDir, "missing-chain.pem"),
      VERIFIER_KEY: path.join(workDir, "missing-key.pem"),
    });

    expect(code).toBe(1);
    expect(output).toContain("VERIFIER_CERT_CHAIN");
    expect(output).not.toMatch(STACK_FRAME);
  });

  it("taken PORT: named, no stack", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { code, output } = await startServer({ PORT: String(port) });

      expect(code).toBe(1);
      expect(output).toContain("PORT");
      expect(output).not.toMatch(STACK_FRAME);
    } finally {
      blocker.close();
    }
  });
  it("DATA_DIR that is a file: named, no stack", async () => {
    const file = path.join(workDir, "data-is-a-file");
    fs.writeFileSync(file, "");

    const { code, output } = await startServer({ DATA_DIR: file });

    expect(code).toBe(1);
    expect(output).toContain("DATA_DIR");
    expect(output).not.toMatch(STACK_FRAME);
  });

  it("damaged stored server secret: named, no stack", async () => {
    const dataDir = path.join(workDir, "damaged-secret");
    fs.mkdirSync(path.join(dataDir, "secrets"), { recursive: true });
    fs.writeFileSync(path.join(dataDir, "secrets", "server-secret"), "too-short");

    const { code, output } = await startServer({ DATA_DIR: dataDir });

    expect(code).toBe(1);
    expect(output).toContain("SERVER_SECRET or DATA_DIR");
    expect(output).not.toMatch(STACK_FRAME);
  });

});

describe.skipIf(testDatabaseKind === "postgres")("running server", () => {
  it("answers over-long headers with a German 431 page", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mz-431-"));
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const { spawn } = await import("node:child_process");
    const server = spawn(TSX, ["src/server.ts"], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: path.join(dir, "data"), HOST: "127.0.0.1", PORT: String(port), LOG_LEVEL: "warn" },
      stdio: "ignore",
    });
    try {
      let response: Response | undefined;
      for (let attempt = 0; attempt < 100 && response === undefined; attempt += 1) {
        try {
          response = await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-filler": "a".repeat(20_000) } });
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }

      expect(response?.status).toBe(431);
      expect(await response?.text()).toContain("zu lang");
    } finally {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

});
