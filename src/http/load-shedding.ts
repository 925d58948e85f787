import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./env";
import { renderErrorPage } from "./error-page";

/** Shed requests are summed into one warning per interval, so an overload does not also flood the log. */
const SHED_REPORT_INTERVAL_MS = 1000;

/**
 * Respond 503 with Retry-After at once when more than `limit` requests are in
 * flight, instead of queueing without bound. A request that was admitted runs
 * to completion, so a signature confirmed to a wallet is never dropped.
 */
export function loadShedding(limit: number) {
  let inFlight = 0;
  let shedSinceReport = 0;
  let lastReportAt = 0;
  return createMiddleware<AppEnv>(async function loadShedding(c, next) {
    if (inFlight >= limit) {
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
    inFlight += 1;
    try {
      await next();
    } finally {
      inFlight -= 1;
    }
  });
}
