import { monitorEventLoopDelay } from "node:perf_hooks";

/** How often the event loop delay of this thread is read and reset. */
const SAMPLE_INTERVAL_MS = 100;

let latestDelayMs = 0;
let started = false;

/**
 * Return the 99th percentile of how late this thread's event loop ran its
 * callbacks during the last sample interval, in milliseconds. The first call
 * starts one histogram and one timer per thread, which does not keep the
 * process alive. Under overload the delay grows while requests wait in the
 * socket backlog, where no in-flight count or request timer can see them.
 */
export function eventLoopDelayMs(): number {
  if (!started) {
    started = true;
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    setInterval(() => {
      latestDelayMs = histogram.percentile(99) / 1e6;
      histogram.reset();
    }, SAMPLE_INTERVAL_MS).unref();
  }
  return latestDelayMs;
}
