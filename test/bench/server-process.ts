import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { BenchServerMessage } from "./bench-server";

export type RunningServer = { port: number; pid: number; stop: () => Promise<void> };

const SERVER_ENTRY = fileURLToPath(new URL("./bench-server.ts", import.meta.url));
const START_TIMEOUT_MS = 60_000;

/**
 * Start bench-server.ts in a child Node process with the given environment
 * (the tsx loader comes with this process's execArgv), and wait until it
 * listens. Its pino log lines on stdout are still written, to /dev/null, so
 * the logging cost stays in the measurement. With `cpuProfileDir`, the child
 * writes a V8 CPU profile there when it stops.
 */
export function startServerProcess(env: Record<string, string>, cpuProfileDir: string | undefined): Promise<RunningServer> {
  const execArgv = [...process.execArgv, ...(cpuProfileDir === undefined ? [] : ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`])];
  const child = fork(SERVER_ENTRY, [], { env: { PATH: process.env.PATH ?? "", ...env }, execArgv, stdio: ["ignore", "ignore", "inherit", "ipc"] });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the bench server did not listen within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the bench server exited with code ${code} before it listened`));
    });
    child.on("message", (message: BenchServerMessage) => {
      if (message.kind !== "listening") return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve({ port: message.port, pid: child.pid!, stop: () => stopServerProcess(child) });
    });
  });
}

function stopServerProcess(child: ReturnType<typeof fork>): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`the bench server exited with code ${code}`))));
    child.send({ kind: "stop" });
  });
}
