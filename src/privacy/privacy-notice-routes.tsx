import { Hono } from "hono";
import { PrivacyNoticePage } from "../../views/privacy/privacy-notice-page";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { renderPage } from "../http/render";
import { privacyNoticeFacts } from "./privacy-notice-facts";

export const PRIVACY_NOTICE_PATH = "/datenschutz";

/** Route the privacy notice, German at /datenschutz and English at /privacy (or with ?lang=en). */
export function privacyNoticeRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const facts = privacyNoticeFacts(deps.config);

  routes.get(PRIVACY_NOTICE_PATH, (c) => {
    const t = c.get("t");
    return renderPage(c, { title: t.privacyNotice.title }, <PrivacyNoticePage t={t} facts={facts} />);
  });

  routes.get("/privacy", (c) => c.redirect(`${PRIVACY_NOTICE_PATH}?lang=en`, 301));

  return routes;
}
