import { Worker } from "node:worker_threads";
import type { BenchIssuerData, ResponseJob } from "./wallet-response";

const JOBS_PER_MESSAGE = 200;
/**
 * Worker threads do not inherit the tsx loader of the main thread, so each
 * one starts from a small module that registers tsx and then imports the
 * TypeScript entry.
 */
const WORKER_BOOTSTRAP = new URL(
  `data:text/javascript,${encodeURIComponent(
    `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};\n` +
      `register();\n` +
      `await import(${JSON.stringify(new URL("./prepare-worker.ts", import.meta.url).href)});\n`,
  )}`,
);

/**
 * Build the encrypted wallet responses for the jobs on `threads` worker
 * threads, and return the form bodies in the order of the jobs.
 */
export async function prepareResponses(jobs: readonly ResponseJob[], issuer: BenchIssuerData, threads: number): Promise<Buffer[]> {
  const bodies: Buffer[] = new Array(jobs.length);
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_BOOTSTRAP, { workerData: issuer }));
  let next = 0;

  async function feed(worker: Worker): Promise<void> {
    while (next < jobs.length) {
      const start = next;
      next += JOBS_PER_MESSAGE;
      const batch = jobs.slice(start, start + JOBS_PER_MESSAGE);
      const answered = await new Promise<string[]>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
        worker.postMessage(batch);
      });
      worker.removeAllListeners("error");
      answered.forEach((body, offset) => {
        bodies[start + offset] = Buffer.from(body, "utf8");
      });
    }
  }

  try {
    await Promise.all(workers.map(feed));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return bodies;
}
