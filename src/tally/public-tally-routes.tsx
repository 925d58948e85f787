import { type Context, Hono } from "hono";
import { PublicTallyPage } from "../../views/tally/public-tally-page";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { renderErrorPage } from "../http/error-page";
import { renderPage } from "../http/render";
import { findPetition } from "../petitions/queries";
import { PUBLIC_TALLY_PATH } from "./public-tally-paths";
import { logEntriesAvailable, readPublishedLog } from "./published-log-entries";
import { type TallyDocument, tallyDocument } from "./tally-document";
import { findTallyByToken } from "./tally-queries";

/**
 * Route the public recompute page of each certified tally, open without
 * sign-in to anyone who has its address, and the download of its log
 * entries. An unknown token gets the same 404 as an unknown page.
 */
export function publicTallyRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();

  const withTally = (handler: (c: Context<AppEnv>, document: TallyDocument) => Response | Promise<Response>) => async (c: Context<AppEnv>) => {
    const snapshot = await findTallyByToken(deps.database, c.req.param("token") ?? "");
    const petition = snapshot === undefined ? undefined : await findPetition(deps.database, snapshot.petitionId);
    if (snapshot === undefined || petition === undefined) return renderErrorPage(c, 404, "notFound");
    return handler(c, tallyDocument(snapshot, petition, deps.config.publicUrl));
  };

  routes.get(
    `${PUBLIC_TALLY_PATH}/:token`,
    withTally(async (c, document) => {
      const t = c.get("t");
      const entriesAvailable = await logEntriesAvailable(deps.database, document.snapshot);
      return renderPage(
        c,
        { title: t.tally.public.title(document.petition.title) },
        <PublicTallyPage t={t} locale={c.get("locale")} document={document} entriesAvailable={entriesAvailable} />,
      );
    }),
  );

  routes.get(
    `${PUBLIC_TALLY_PATH}/:token/eintraege.json`,
    withTally(async (c, document) => {
      if (!(await logEntriesAvailable(deps.database, document.snapshot))) {
        return c.json({ error: c.get("t").tally.public.erased }, 410);
      }
      c.header("Content-Disposition", `attachment; filename="protokoll-${document.petition.id.slice(0, 8)}-${document.snapshot.logLength}.json"`);
      return c.json(await readPublishedLog(deps.database, document.snapshot));
    }),
  );

  return routes;
}
