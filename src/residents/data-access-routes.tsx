import { Hono } from "hono";
import { DataAccessPage } from "../../views/residents/data-access-page";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { renderPage } from "../http/render";
import { clearResidentSessionCookie, RESIDENT_SIGN_IN_PATH, readResidentSessionCookie, requireResident } from "../http/resident-session";
import { hashToken } from "../openid4vp/secret-token";
import { collectResidentData } from "../privacy/resident-data";
import { signedInResident } from "./account-routes";

/** Route the resident's data access (GDPR Art. 15): the page and the same data as a JSON download. */
export function dataAccessRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const publicUrl = deps.config.publicUrl;

  async function collect(accountId: string, sessionToken: string | undefined) {
    return collectResidentData(deps.database, {
      serverSecret: deps.serverSecret,
      accountId,
      currentTokenHash: sessionToken === undefined ? undefined : hashToken(sessionToken),
      factsValidDays: deps.config.residents.factsValidDays,
      now: deps.clock.now(),
    });
  }

  routes.get("/mein-konto/daten", requireResident(), async (c) => {
    const t = c.get("t");
    const resident = signedInResident(c.get("resident"));
    const data = await collect(resident.accountId, readResidentSessionCookie(c, publicUrl));
    if (data === undefined) {
      clearResidentSessionCookie(c, publicUrl);
      return c.redirect(RESIDENT_SIGN_IN_PATH, 303);
    }
    c.get("log").info({ event: "resident.data_viewed", accountId: resident.accountId }, "resident viewed their stored data");
    c.header("Cache-Control", "no-store");
    return renderPage(c, { title: t.dataAccess.title, csrfToken: resident.csrfToken }, <DataAccessPage t={t} data={data} />);
  });

  routes.get("/mein-konto/daten.json", requireResident(), async (c) => {
    const resident = signedInResident(c.get("resident"));
    const data = await collect(resident.accountId, readResidentSessionCookie(c, publicUrl));
    if (data === undefined) {
      clearResidentSessionCookie(c, publicUrl);
      return c.redirect(RESIDENT_SIGN_IN_PATH, 303);
    }
    c.get("log").info({ event: "resident.data_downloaded", accountId: resident.accountId }, "resident downloaded their stored data");
    c.header("Cache-Control", "no-store");
    c.header("Content-Disposition", `attachment; filename="${c.get("t").dataAccess.fileName}"`);
    return c.json(data);
  });

  return routes;
}
