import { parentPort, workerData } from "node:worker_threads";
import { type BenchIssuerData, encryptedWalletResponse, issuerFromData, type ResponseJob } from "./wallet-response";

// Worker thread of run.ts: turns batches of ResponseJob into encrypted form bodies.

const issuer = issuerFromData(workerData as BenchIssuerData);

parentPort!.on("message", async (jobs: ResponseJob[]) => {
  const now = new Date();
  const bodies: string[] = [];
  for (const job of jobs) bodies.push(await encryptedWalletResponse(issuer, job, now));
  parentPort!.postMessage(bodies);
});
