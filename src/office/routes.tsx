import { type Context, Hono } from "hono";
import { LogVerificationResult } from "../../views/office/log-verification-result";
import { OfficePetitionPage } from "../../views/office/office-petition-page";
import { TALLIES_SECTION_ID } from "../../views/office/tally-list";
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
import { berlinDate } from "../petitions/collection-period";
import { createTally } from "../tally/create-tally";
import { tallyCsv } from "../tally/tally-csv";
import { fileSlug, type TallyDocument, tallyDocument } from "../tally/tally-document";
import { tallyJson } from "../tally/tally-json";
import { tallyPdf } from "../tally/tally-pdf";
import { findTally, listTallies } from "../tally/tally-queries";
import { OFFICE_PATH, officePaths } from "./office-paths";

/**
 * Route the election office's page of one petition: its tally, links to
 * the review, the log head, the button that seals and checks the
 * signature log, and the certified tallies with their PDF, CSV and JSON.
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

  /** Run a handler with the tally :tallyId of the published petition :id; another petition's tally gets 404. */
  const withTally = (handler: (c: Context<AppEnv>, document: TallyDocument) => Response | Promise<Response>) =>
    withPublishedPetition(async (c, petition) => {
      const snapshot = await findTally(deps.database, petition.id, c.req.param("tallyId") ?? "");
      if (snapshot === undefined) return renderErrorPage(c, 404, "notFound");
      return handler(c, tallyDocument(snapshot, petition, deps.config.publicUrl));
    });

  const renderOfficePage = async (
    c: Context<AppEnv>,
    petition: Petition,
    verification: LogVerification | undefined,
    tallyProblem?: string,
  ) => {
    const t = c.get("t");
    const [tally, head, tallies] = await Promise.all([
      petitionTally(deps.database, petition.id),
      readLogHead(deps.database, petition.id),
      listTallies(deps.database, petition.id),
    ]);
    return renderPage(
      c,
      { title: t.signatureLog.page.title(petition.title), status: tallyProblem === undefined ? 200 : 409 },
      <OfficePetitionPage
        t={t}
        petition={petition}
        tally={tally}
        openForReview={isOpenForReview(petition.status)}
        head={head}
        csrfToken={c.get("csrfToken")}
        verification={verification}
        verifiedAt={deps.clock.now()}
        tallies={tallies}
        tallyProblem={tallyProblem}
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

  routes.post(
    `${OFFICE_PATH}/buergerbegehren/:id/auszaehlungen`,
    office,
    withPublishedPetition(async (c, petition) => {
      const staff = c.get("staff")!;
      const result = await createTally(deps, { petition, staff: { id: staff.id, name: staff.name } });
      if (!result.ok) {
        c.get("log").warn({ event: "tally.busy", petitionId: petition.id, staffId: staff.id }, "certified tally not generated, the log kept changing");
        return renderOfficePage(c, petition, undefined, c.get("t").tally.office.busy);
      }
      const tally = result.value;
      c.get("log").info(
        { event: "tally.certified", petitionId: petition.id, tallyId: tally.id, staffId: staff.id, logLength: tally.logLength },
        "certified tally generated",
      );
      return c.redirect(`${officePaths(petition.id).petition}#${TALLIES_SECTION_ID}`, 303);
    }),
  );

  const downloadName = (document: TallyDocument) => [fileSlug(document), berlinDate(document.snapshot.generatedAt)] as const;

  routes.get(
    `${OFFICE_PATH}/buergerbegehren/:id/auszaehlungen/:tallyId/auszaehlung.pdf`,
    office,
    withTally(async (c, document) => {
      const t = c.get("t");
      const pdf = await tallyPdf({ document, t, locale: c.get("locale") });
      c.header("Content-Type", "application/pdf");
      c.header("Content-Disposition", `attachment; filename="${t.tally.pdf.filename(...downloadName(document))}"`);
      return c.body(new Uint8Array(pdf));
    }),
  );

  routes.get(
    `${OFFICE_PATH}/buergerbegehren/:id/auszaehlungen/:tallyId/auszaehlung.csv`,
    office,
    withTally((c, document) => {
      const t = c.get("t");
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", `attachment; filename="${t.tally.csv.filename(...downloadName(document))}"`);
      return c.body(tallyCsv(document, t));
    }),
  );

  routes.get(
    `${OFFICE_PATH}/buergerbegehren/:id/auszaehlungen/:tallyId/auszaehlung.json`,
    office,
    withTally((c, document) => {
      c.header("Content-Disposition", `attachment; filename="${c.get("t").tally.jsonFilename(...downloadName(document))}"`);
      return c.json(tallyJson(document));
    }),
  );

  return routes;
}
