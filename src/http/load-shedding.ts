import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./env";
import { renderErrorPage } from "./error-page";

/**
 * Answer 503 with Retry-After at once when more than `limit` requests are in
 * flight, instead of queueing without bound. A request that was admitted runs
 * to completion, so a signature confirmed to a wallet is never dropped.
 */
export function loadShedding(limit: number) {
  let inFlight = 0;
  return createMiddleware<AppEnv>(async function loadShedding(c, next) {
    if (inFlight >= limit) {
      c.get("log").warn({ event: "http.overloaded", inFlight }, "request shed");
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
