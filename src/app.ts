import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { ACTIVATION_UPLOAD_PATH, activationOfficeRoutes, MAX_ACTIVATION_UPLOAD_BYTES } from "./activation/office-routes";
import { demoRoutes } from "./demo/routes";
import type { AppDeps } from "./deps";
import { type BodyLimit, bodyLimits } from "./http/body-limits";
import { clientAddressMiddleware } from "./http/client-address";
import type { AppEnv } from "./http/env";
import { type ErrorKind, renderErrorPage } from "./http/error-page";
import { loadShedding } from "./http/load-shedding";
import { WALLET_ENDPOINTS } from "./http/request-rejections";
import { loggableError } from "./http/loggable-error";
import { rejectMalformedForms } from "./http/malformed-forms";
import { localeMiddleware } from "./http/locale";
import { rateLimits } from "./http/rate-limits";
import { answerDeferredRejections } from "./http/staff-page-rejections";
import { requestLog } from "./http/request-log";
import type { RouteRule } from "./http/route-table";
import { securityHeaders } from "./http/security-headers";
import { residentSession } from "./http/resident-session";
import { staffSession } from "./http/staff-session";
import { PAPER_LINE_FORM_ROUTES, paperLineRoutes } from "./office/paper-line-routes";
import { MAX_PAPER_IMPORT_BYTES, PAPER_ENTRY_ROUTE, PAPER_IMPORT_ROUTE, reviewRoutes } from "./office/review-routes";
import { officeRoutes } from "./office/routes";
import { WALLET_BODY_LIMITS, walletRoutes } from "./openid4vp/routes";
import { paperListRoutes } from "./paper-lists/routes";
import { petitionRoutes } from "./petitions/routes";
import { privacyNoticeRoutes } from "./privacy/privacy-notice-routes";
import { residentAccountRoutes } from "./residents/account-routes";
import { activationRoutes } from "./residents/activation-routes";
import { dataAccessRoutes } from "./residents/data-access-routes";
import { passkeySigningRoutes } from "./residents/passkey-signing-routes";
import { walletBindingRoutes } from "./residents/wallet-binding-routes";
import { withdrawalRoutes } from "./residents/withdrawal-routes";
import { adminRoutes } from "./staff/admin-routes";
import { passkeyCeremonyRoutes } from "./staff/passkey-ceremony-routes";
import { MAX_DRAFT_FORM_BYTES } from "./petitions/draft-form";
import { passkeyRoutes } from "./staff/passkey-routes";
import { staffRoutes } from "./staff/routes";
import { publicTallyRoutes } from "./tally/public-tally-routes";
import { workspaceRoutes } from "./workspace/routes";
import { WORKSPACE_PATH } from "./workspace/workspace-paths";

/** Largest request body of any route without a rule in BODY_LIMIT_RULES. */
export const MAX_FORM_BODY_BYTES = 64 * 1024;

/**
 * Routes whose body may be larger or must be smaller than MAX_FORM_BODY_BYTES.
 * The draft form's and the upload's limits follow from their content.
 */
export const BODY_LIMIT_RULES: readonly RouteRule<BodyLimit>[] = [
  ...WALLET_BODY_LIMITS,
  { method: "POST", path: ACTIVATION_UPLOAD_PATH, value: { maxBytes: MAX_ACTIVATION_UPLOAD_BYTES } },
  { method: "POST", path: PAPER_IMPORT_ROUTE, value: { maxBytes: MAX_PAPER_IMPORT_BYTES } },
  { method: "POST", path: WORKSPACE_PATH, value: { maxBytes: MAX_DRAFT_FORM_BYTES, page: "draftTooLarge" } },
  { method: "POST", path: `${WORKSPACE_PATH}/:id/bearbeiten`, value: { maxBytes: MAX_DRAFT_FORM_BYTES, page: "draftTooLarge" } },
];

/** Staff-area routes that respond to a request over the rate limit themselves, with the typed values kept (see answerDeferredRejections). */
const ROUTES_ANSWERING_RATE_LIMITS: readonly RouteRule<true>[] = [
  { method: "POST", path: PAPER_ENTRY_ROUTE, value: true },
  ...PAPER_LINE_FORM_ROUTES.map((path) => ({ method: "POST" as const, path, value: true as const })),
];

function errorKindForStatus(status: number): ErrorKind {
  if (status === 403) return "forbidden";
  if (status === 404) return "notFound";
  if (status === 413) return "payloadTooLarge";
  if (status === 429) return "tooManyRequests";
  return "badRequest";
}

/** Build the Hono app from its dependencies; tests call it without a socket. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use(requestLog(deps.logger));
  app.use(localeMiddleware);
  app.use(async (c, next) => {
    c.set("demo", deps.config.demo);
    await next();
  });
  app.use(loadShedding(deps.config.maxConcurrentRequests, deps.config.maxAverageLatencyMs));
  app.use(securityHeaders(deps.config.publicUrl));
  app.use(clientAddressMiddleware(deps.config.trustProxyHops));
  app.use(rateLimits(deps.config.rateLimits, deps.clock, deps.config.publicUrl));
  app.use(bodyLimits(MAX_FORM_BODY_BYTES, BODY_LIMIT_RULES, deps.config.publicUrl));
  app.use(rejectMalformedForms);

  // NOTE: a form post passes when its Sec-Fetch-Site header is same-origin or
  // its Origin header is the public origin. htmx requests are same-origin
  // fetches, so they pass the same check. Wallets send no cookies and no
  // Origin of ours, so their endpoints check transaction state and nonce instead.
  const publicOrigin = new URL(deps.config.publicUrl).origin;
  const csrfCheck = csrf({ origin: (origin) => origin === publicOrigin, secFetchSite: "same-origin" });
  app.use(async function browserRequestGuards(c, next) {
    if (c.req.path.startsWith(WALLET_ENDPOINTS)) return next();
    return csrfCheck(c, next);
  });

  app.use("/static/vendor/htmx.min.js", serveStatic({ path: "./node_modules/htmx.org/dist/htmx.min.js" }));
  app.use(
    "/static/vendor/simplewebauthn-browser.js",
    serveStatic({ path: "./node_modules/@simplewebauthn/browser/dist/bundle/index.umd.min.js" }),
  );
  app.use("/static/*", serveStatic({ root: "./" }));
  app.use(staffSession(deps));
  app.use(answerDeferredRejections(ROUTES_ANSWERING_RATE_LIMITS));
  app.use(residentSession(deps));

  app.route("/", petitionRoutes(deps));
  app.route("/", walletRoutes(deps));
  app.route("/", staffRoutes(deps));
  app.route("/", workspaceRoutes(deps));
  app.route("/", passkeyCeremonyRoutes(deps));
  app.route("/", passkeyRoutes(deps));
  app.route("/", adminRoutes(deps));
  app.route("/", activationOfficeRoutes(deps));
  app.route("/", officeRoutes(deps));
  app.route("/", reviewRoutes(deps));
  app.route("/", paperLineRoutes(deps));
  app.route("/", paperListRoutes(deps));
  app.route("/", activationRoutes(deps));
  app.route("/", walletBindingRoutes(deps));
  app.route("/", passkeySigningRoutes(deps));
  app.route("/", withdrawalRoutes(deps));
  app.route("/", residentAccountRoutes(deps));
  app.route("/", dataAccessRoutes(deps));
  app.route("/", privacyNoticeRoutes(deps));
  app.route("/", publicTallyRoutes(deps));
  if (deps.config.demo) app.route("/demo", demoRoutes(deps));

  app.notFound((c) => renderErrorPage(c, 404, "notFound"));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      return renderErrorPage(c, error.status as 400, errorKindForStatus(error.status));
    }
    (c.get("log") ?? deps.logger).error({ event: "http.error", error: loggableError(error) }, "unhandled error");
    return renderErrorPage(c, 500, "internal");
  });

  return app;
}
