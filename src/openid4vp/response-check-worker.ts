import { parentPort, workerData } from "node:worker_threads";
import type { TrustList } from "../credentials/trust-list";
import { checkWalletResponse } from "./check-wallet-response";
import type { CheckRequest, StatusListReply, WorkerMessage } from "./response-check-messages";

// Entry of one thread started by startResponseCheckWorkers. Status lists are
// fetched by the main thread, which owns the injected fetcher.

const port = parentPort;
if (port === null) throw new Error("response-check-worker must run as a worker thread");
const trustList = (workerData as { trustList: TrustList }).trustList;

let nextFetchId = 0;
const pendingFetches = new Map<number, { resolve: (jwt: string) => void; reject: (error: Error) => void }>();

function fetchStatusList(uri: string): Promise<string> {
  const fetchId = nextFetchId++;
  return new Promise((resolve, reject) => {
    pendingFetches.set(fetchId, { resolve, reject });
    port!.postMessage({ kind: "fetch-status-list", fetchId, uri } satisfies WorkerMessage);
  });
}

function settleFetch(reply: StatusListReply): void {
  const pending = pendingFetches.get(reply.fetchId);
  if (pending === undefined) return;
  pendingFetches.delete(reply.fetchId);
  if (reply.jwt !== undefined) pending.resolve(reply.jwt);
  else pending.reject(new Error(reply.error ?? "status list fetch failed"));
}

port.on("message", (message: CheckRequest | StatusListReply) => {
  if (message.kind === "status-list") {
    settleFetch(message);
    return;
  }
  checkWalletResponse(message.check, { trustList, fetchStatusList }).then(
    (result) => port.postMessage({ kind: "result", checkId: message.checkId, result } satisfies WorkerMessage),
    (error: unknown) =>
      port.postMessage({ kind: "failure", checkId: message.checkId, error: String(error) } satisfies WorkerMessage),
  );
});
