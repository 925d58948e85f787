import type { Database } from "../db/client";
import { loggableError } from "../http/loggable-error";
import type { Logger } from "../log";
import { sealAllPendingLogs } from "./seal-log";

/**
 * Run sealAllPendingLogs every `intervalMs` until the returned function is
 * called. That function waits for a run in progress to finish, so the
 * database can be closed after it. A tick that comes while the previous run
 * is still busy is skipped instead of starting a second run.
 */
export function scheduleLogSealing(database: Database, log: Logger, intervalMs: number): () => Promise<void> {
  let running: Promise<void> | undefined;

  const run = async () => {
    try {
      const sealed = await sealAllPendingLogs(database);
      if (sealed > 0) log.debug({ event: "signature_log.sealed", entries: sealed }, "signature log entries sealed");
    } catch (error) {
      log.error({ event: "signature_log.seal_failed", error: loggableError(error) }, "sealing signature logs failed");
    }
  };

  const tick = () => {
    if (running !== undefined) return;
    running = run().finally(() => {
      running = undefined;
    });
  };

  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
