import { loggableError } from "../http/loggable-error";
import { Worker } from "node:worker_threads";
import type { StatusListFetcher } from "../credentials/status-list";
import type { TrustList } from "../credentials/trust-list";
import type { Logger } from "../log";
import type { CheckRequest, StatusListReply, WorkerMessage } from "./response-check-messages";
import { inProcessResponseChecks, type ResponseChecks } from "./response-checks";

export type ResponseCheckWorkers = ResponseChecks & { close(): Promise<void> };

type PendingCheck = { resolve: (result: never) => void; reject: (error: Error) => void };
type CheckWorker = { worker: Worker; pending: Map<number, PendingCheck> };

/** Plain JavaScript, so Node loads it without a TypeScript loader. */
const WORKER_BOOTSTRAP = new URL("./response-check-worker-bootstrap.mjs", import.meta.url);

/**
 * Start `size` worker threads that run checkWalletResponse (decryption and
 * verification), so these steps use more than the one JavaScript thread.
 * Checks go to the worker with the fewest in flight. Status lists are still
 * fetched on this thread through fetchStatusList, on a worker's request.
 * A worker that exits fails its pending checks, which show up as
 * PROCESSING_FAILED outcomes and a log line. Exited workers are not replaced;
 * once none is left, checks run on this thread, so the server stays usable.
 */
export function startResponseCheckWorkers(options: {
  size: number;
  trustList: TrustList;
  fetchStatusList: StatusListFetcher;
  log: Logger;
}): ResponseCheckWorkers {
  const { fetchStatusList, log } = options;
  let nextCheckId = 0;

  const workers: CheckWorker[] = Array.from({ length: options.size }, () => {
    const checkWorker: CheckWorker = {
      worker: new Worker(WORKER_BOOTSTRAP, { workerData: { trustList: options.trustList } }),
      pending: new Map(),
    };
    checkWorker.worker.on("message", (message: WorkerMessage) => handleMessage(checkWorker, message));
    checkWorker.worker.on("error", (error) => log.error({ event: "response_check_worker.failed", error: loggableError(error) }, "response check worker failed"));
    checkWorker.worker.on("exit", (code) => {
      for (const pending of checkWorker.pending.values()) pending.reject(new Error(`response check worker exited with code ${code}`));
      checkWorker.pending.clear();
      const index = workers.indexOf(checkWorker);
      if (index !== -1) workers.splice(index, 1);
    });
    return checkWorker;
  });

  function handleMessage(checkWorker: CheckWorker, message: WorkerMessage): void {
    if (message.kind === "fetch-status-list") {
      fetchStatusList(message.uri).then(
        (jwt) => checkWorker.worker.postMessage({ kind: "status-list", fetchId: message.fetchId, jwt } satisfies StatusListReply),
        (error: unknown) =>
          checkWorker.worker.postMessage({ kind: "status-list", fetchId: message.fetchId, error: String(error) } satisfies StatusListReply),
      );
      return;
    }
    const pending = checkWorker.pending.get(message.checkId);
    if (pending === undefined) return;
    checkWorker.pending.delete(message.checkId);
    if (message.kind === "result") pending.resolve(message.result as never);
    else pending.reject(new Error(`response check failed in a worker: ${message.error}`));
  }

  function run<T>(check: CheckRequest["check"]): Promise<T> {
    const target = workers.reduce<CheckWorker | undefined>(
      (least, candidate) => (least === undefined || candidate.pending.size < least.pending.size ? candidate : least),
      undefined,
    );
    if (target === undefined) return Promise.reject(new Error("no response check worker is running"));
    const checkId = nextCheckId++;
    return new Promise<T>((resolve, reject) => {
      target.pending.set(checkId, { resolve: resolve as (result: never) => void, reject });
      target.worker.postMessage({ kind: "check", checkId, check } satisfies CheckRequest);
    });
  }

  const onMainThread = inProcessResponseChecks({ trustList: options.trustList, fetchStatusList });
  let reportedNoWorkers = false;
  function noWorkerLeft(): boolean {
    if (workers.length > 0) return false;
    if (!reportedNoWorkers) {
      log.error({ event: "response_check_worker.none_left" }, "no response check worker is running; checking on the main thread");
      reportedNoWorkers = true;
    }
    return true;
  }

  return {
    checkResponse: (check) => (noWorkerLeft() ? onMainThread.checkResponse(check) : run(check)),
    close: async () => {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
