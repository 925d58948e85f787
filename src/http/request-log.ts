import { randomUUID } from "node:crypto";
import { createMiddleware } from "hono/factory";
import type { Logger } from "pino";
import type { AppEnv } from "./env";

/**
 * Give each request an id and a child logger, and log its status and
 * duration when it ends. Only the path is logged: query strings can carry
 * receipt and response codes.
 */
export function requestLog(logger: Logger) {
  return createMiddleware<AppEnv>(async function requestLog(c, next) {
    const reqId = randomUUID();
    const log = logger.child({ reqId });
    c.set("reqId", reqId);
    c.set("log", log);
    const started = performance.now();
    await next();
    log.info(
      {
        event: "http.request",
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      },
      "request finished",
    );
  });
}
