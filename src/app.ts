import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { demoRoutes } from "./demo/routes";
import type { AppDeps } from "./deps";
import type { AppEnv } from "./http/env";
import { renderErrorPage } from "./http/error-page";
import { loadShedding } from "./http/load-shedding";
import { localeMiddleware } from "./http/locale";
import { requestLog } from "./http/request-log";
import { securityHeaders } from "./http/security-headers";
import { walletRoutes } from "./openid4vp/routes";
import { petitionRoutes } from "./petitions/routes";

/** Largest request body accepted anywhere; wallet responses are the largest legitimate bodies. */
export const MAX_BODY_BYTES = 256 * 1024;

/** Build the Hono app from its dependencies; tests call it without a socket. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use(requestLog(deps.logger));
  app.use(localeMiddleware);
  app.use(async (c, next) => {
    c.set("demo", deps.config.demo);
    await next();
  });
  app.use(loadShedding(deps.config.maxConcurrentRequests));
  app.use(securityHeaders);
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => renderErrorPage(c as never, 413, "payloadTooLarge"),
    }),
  );

  app.use("/static/vendor/htmx.min.js", serveStatic({ path: "./node_modules/htmx.org/dist/htmx.min.js" }));
  app.use("/static/*", serveStatic({ root: "./" }));

  app.route("/", petitionRoutes(deps));
  app.route("/", walletRoutes(deps));
  if (deps.config.demo) app.route("/demo", demoRoutes(deps));

  app.notFound((c) => renderErrorPage(c, 404, "notFound"));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      return renderErrorPage(c, error.status as 400, error.status === 403 ? "forbidden" : "notFound");
    }
    (c.get("log") ?? deps.logger).error({ event: "http.error", err: error }, "unhandled error");
    return renderErrorPage(c, 500, "internal");
  });

  return app;
}
