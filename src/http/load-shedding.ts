import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./env";
import { AdmissionGate } from "./admission-gate";
import { renderErrorPage } from "./error-page";
import { eventLoopDelayMs } from "./event-loop-load";

/** Shed requests are summed into one warning per interval, so an overload does not also flood the log. */
const SHED_REPORT_INTERVAL_MS = 1000;

/** Requests in flight below which neither the average duration nor a late event loop sheds, so both can recover. */
const MIN_IN_FLIGHT_TO_SHED = 8;
/** Event loop delay (99th percentile of the last 100 ms) above which requests are shed. */
const MAX_EVENT_LOOP_DELAY_MS = 100;

/**
 * Respond 503 with Retry-After at once when more than `limit` requests are in
 * flight, when requests have lately taken longer than `maxAverageMs` on
 * average, or when the event loop runs its callbacks late (see
 * AdmissionGate), instead of queueing without bound. A request
 * that was admitted runs to completion, so a signature confirmed to a wallet
 * is never dropped.
 */
export function loadShedding(limit: number, maxAverageMs: number) {
  const gate = new AdmissionGate({
    maxInFlight: limit,
    maxAverageMs,
    minInFlightToShed: Math.min(MIN_IN_FLIGHT_TO_SHED, limit),
    eventLoopDelayMs,
    maxEventLoopDelayMs: MAX_EVENT_LOOP_DELAY_MS,
  });
  let shedSinceReport = 0;
  let lastReportAt = 0;
  return createMiddleware<AppEnv>(async function loadShedding(c, next) {
    if (!gate.tryAdmit()) {
      const inFlight = gate.requestsInFlight;
      shedSinceReport += 1;
      const now = Date.now();
      if (now - lastReportAt >= SHED_REPORT_INTERVAL_MS) {
        c.get("log").warn({ event: "http.overloaded", inFlight, shed: shedSinceReport }, "requests shed");
        shedSinceReport = 0;
        lastReportAt = now;
      }
      c.header("Retry-After", "1");
      return renderErrorPage(c, 503, "overloaded");
    }
    const startedAt = performance.now();
    try {
      await next();
    } finally {
      gate.finish(performance.now() - startedAt);
    }
  });
}
