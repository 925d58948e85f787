import { type Context, Hono } from "hono";
import { LogVerificationResult } from "../../views/office/log-verification-result";
import { OfficePetitionPage } from "../../views/office/office-petition-page";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { renderErrorPage } from "../http/error-page";
import { renderPage } from "../http/render";
import { requireStaff } from "../http/staff-guards";
import { findPetition, type Petition } from "../petitions/queries";
import { readLogHead } from "../signature-log/read-log-head";
import { type LogVerification, verifySignatureLog } from "../signature-log/verify-signature-log";
import { petitionTally } from "../review/petition-tally";
import { isOpenForReview } from "../review/review-window";
import { OFFICE_PATH } from "./office-paths";

/**
 * Route the election office's page of one petition: its tally, links to
 * the review, the log head, and the button that seals and checks the
 * signature log.
 */
export function officeRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const office = requireStaff("election_office", "admin");

  /** Run a handler with the published petition named by :id; drafts are not the office's business and get 404 like unknown ids. */
  const withPublishedPetition = (handler: (c: Context<AppEnv>, petition: Petition) => Response | Promise<Response>) => async (c: Context<AppEnv>) => {
    const petition = await findPetition(deps.database, c.req.param("id") ?? "");
    if (petition === undefined || petition.status === "draft") return renderErrorPage(c, 404, "notFound");
    return handler(c, petition);
  };

  const renderOfficePage = async (c: Context<AppEnv>, petition: Petition, verification: LogVerification | undefined) => {
    const t = c.get("t");
    const [tally, head] = await Promise.all([petitionTally(deps.database, petition.id), readLogHead(deps.database, petition.id)]);
    return renderPage(
      c,
      { title: t.signatureLog.page.title(petition.title) },
      <OfficePetitionPage
        t={t}
        petition={petition}
        tally={tally}
        openForReview={isOpenForReview(petition.status)}
        head={head}
        csrfToken={c.get("csrfToken")}
        verification={verification}
        verifiedAt={deps.clock.now()}
      />,
    );
  };

  routes.get(
    `${OFFICE_PATH}/buergerbegehren/:id`,
    office,
    withPublishedPetition((c, petition) => renderOfficePage(c, petition, undefined)),
  );

  routes.post(
    `${OFFICE_PATH}/buergerbegehren/:id/protokoll-pruefen`,
    office,
    withPublishedPetition(async (c, petition) => {
      const verification = await verifySignatureLog(deps.database, petition.id);
      const staff = c.get("staff");
      const logFields = { petitionId: petition.id, staffId: staff?.id, length: verification.length, problems: verification.problemCount };
      if (verification.ok) c.get("log").info({ event: "signature_log.verified", ...logFields }, "signature log verified");
      else c.get("log").warn({ event: "signature_log.verification_failed", ...logFields, first: verification.firstProblem }, "signature log check found problems");

      if (c.req.header("HX-Request") === "true") {
        return c.html(<LogVerificationResult t={c.get("t")} verification={verification} verifiedAt={deps.clock.now()} />);
      }
      return renderOfficePage(c, petition, verification);
    }),
  );

  return routes;
}
