import { type Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ErasedLogSummary } from "../../views/office/erased-log-summary";
import { LogVerificationResult } from "../../views/office/log-verification-result";
import { OfficePetitionPage, type OfficeForms } from "../../views/office/office-petition-page";
import { OfficeQueuePage } from "../../views/office/office-queue-page";
import { TALLIES_SECTION_ID } from "../../views/office/tally-list";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { flashNotice } from "../http/flash-notice";
import { renderErrorPage } from "../http/error-page";
import { renderPage } from "../http/render";
import { requireStaff } from "../http/staff-guards";
import type { Messages } from "../i18n/messages";
import { readPaperSheetTotals } from "../paper-lists/handed-in-sheets";
import { recordAdmissibilityDecision } from "../petitions/admissibility-decision";
import { berlinDate } from "../petitions/collection-period";
import type { PetitionContext } from "../petitions/petition-context";
import { findPetition, type Petition } from "../petitions/queries";
import { recordQuorumBasis } from "../petitions/quorum-basis";
import { loadSubmissionState, type SubmissionState } from "../petitions/submission-state";
import { findErasure } from "../privacy/find-erasure";
import { readLogHead } from "../signature-log/read-log-head";
import { type LogVerification, verifySignatureLog } from "../signature-log/verify-signature-log";
import { petitionTally } from "../review/petition-tally";
import { isOpenForReview } from "../review/review-window";
import { createTally } from "../tally/create-tally";
import { tallyCsv } from "../tally/tally-csv";
import { fileSlug, type TallyDocument, tallyDocument } from "../tally/tally-document";
import { tallyJson } from "../tally/tally-json";
import { tallyPdf } from "../tally/tally-pdf";
import { findTally, listTallies } from "../tally/tally-queries";
import { decisionFormValues, parseDecisionForm, readDecisionForm } from "./decision-form";
import { listOfficeQueue } from "./office-queue";
import { OFFICE_PATH, officePaths } from "./office-paths";
import { parseQuorumBasisForm, readQuorumBasisForm } from "./quorum-basis-form";

/** Query parameter that names what the office just saved, for the confirmation after the redirect. */
/** Form the office just saved on its petition page, for the notice after the redirect. */
type SavedForm = "quorum" | "decision" | "correction";

/**
 * Build the office's forms for a petition's state: the quorum basis while
 * the petition awaits its decision, the decision once the quorum is set, and
 * its correction once decided. `overrides` replaces a form that was just
 * submitted with the typed values and their problems.
 */
function officeForms(t: Messages, petition: Petition, state: SubmissionState, overrides: OfficeForms): OfficeForms {
  const a = t.admissibility;
  const forms: OfficeForms = {};
  if (petition.status === "submitted") {
    const basis = state.quorumBasis;
    forms.quorumBasis = {
      values: { eligibleResidents: basis === undefined ? "" : String(basis.eligibleResidents), referenceDate: basis?.referenceDate ?? "" },
      problems: [],
    };
    if (basis === undefined) forms.blocked = a.decisionForm.needsQuorum;
    else forms.decision = { values: { admissible: "", decidedOn: "", reference: "", note: "" }, problems: [], correction: false };
  } else if (petition.status === "decided" && state.decision !== undefined) {
    forms.blocked = a.quorumForm.lockedAfterDecision;
    forms.decision = { values: decisionFormValues(state.decision), problems: [], correction: true };
  }
  return { ...forms, ...overrides };
}

/**
 * Route the election office's area: the queue of petitions and each
 * petition's page. The page shows the submission, the quorum basis and
 * admissibility forms, the tally, the review links and the log head. It
 * also carries the log check and the certified tallies with their files.
 */
export function officeRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const office = requireStaff("election_office", "admin");
  const context = (c: Context<AppEnv>): PetitionContext => ({ database: deps.database, serverSecret: deps.serverSecret, clock: deps.clock, log: c.get("log") });

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
    options: { verification?: LogVerification; forms?: OfficeForms; status?: ContentfulStatusCode; tallyProblem?: string } = {},
  ) => {
    const t = c.get("t");
    const [tally, head, erasure, state, paperTotals, tallies] = await Promise.all([
      petitionTally(deps.database, petition.id),
      readLogHead(deps.database, petition.id),
      findErasure(deps.database, petition.id),
      loadSubmissionState(deps.database, petition.id),
      readPaperSheetTotals(deps.database, petition.id),
      listTallies(deps.database, petition.id),
    ]);
    const forms = officeForms(t, petition, state, options.forms ?? {});
    const hasErrors = (forms.quorumBasis?.problems.length ?? 0) + (forms.decision?.problems.length ?? 0) > 0;
    let status: ContentfulStatusCode = hasErrors ? 422 : 200;
    if (options.tallyProblem !== undefined) status = 409;
    if (options.status !== undefined) status = options.status;
    return renderPage(
      c,
      { title: t.signatureLog.page.title(petition.title), status, hasErrors },
      <OfficePetitionPage
        t={t}
        petition={petition}
        tally={tally}
        openForReview={isOpenForReview(petition.status)}
        head={head}
        erasure={erasure}
        csrfToken={c.get("csrfToken")}
        verification={options.verification}
        verifiedAt={deps.clock.now()}
        tallies={tallies}
        tallyProblem={options.tallyProblem}
        state={state}
        forms={forms}
        paperTotals={paperTotals}
      />,
    );
  };

  const savedFlash = flashNotice<SavedForm>({ name: "mz_office_saved", serverSecret: deps.serverSecret, publicUrl: deps.config.publicUrl });

  /** Redirect to the petition's office page, which then says once what was saved. */
  const redirectSaved = (c: Context<AppEnv>, petition: Petition, saved: SavedForm) => {
    const path = officePaths(petition.id).petition;
    savedFlash.set(c, path, saved, deps.clock.now());
    return c.redirect(path, 303);
  };

  /** Reload the petition after a change, so the page shows its new status and quorum. */
  const reloaded = async (petition: Petition) => (await findPetition(deps.database, petition.id)) ?? petition;

  routes.get(OFFICE_PATH, office, async (c) => {
    const t = c.get("t");
    const queue = await listOfficeQueue(deps.database);
    return renderPage(c, { title: t.admissibility.queue.title }, <OfficeQueuePage t={t} queue={queue} />);
  });

  routes.get(
    `${OFFICE_PATH}/buergerbegehren/:id`,
    office,
    withPublishedPetition(async (c, petition) => {
      const a = c.get("t").admissibility;
      const saved = savedFlash.take(c, officePaths(petition.id).petition, deps.clock.now());
      let savedText: string | undefined;
      if (saved === "quorum") savedText = a.quorumForm.saved(petition.quorum);
      else if (saved === "decision") savedText = a.decisionForm.saved;
      else if (saved === "correction") savedText = a.decisionForm.corrected;
      return renderOfficePage(c, petition, { forms: savedText === undefined ? {} : { saved: savedText } });
    }),
  );

  routes.post(
    `${OFFICE_PATH}/buergerbegehren/:id/protokoll-pruefen`,
    office,
    withPublishedPetition(async (c, petition) => {
      const staff = c.get("staff");
      const erasure = await findErasure(deps.database, petition.id);
      if (erasure !== undefined) {
        c.get("log").info({ event: "signature_log.verification_skipped", petitionId: petition.id, staffId: staff?.id, reason: "erased" }, "signature log erased, nothing to check");
        if (c.req.header("HX-Request") === "true") return c.html(<ErasedLogSummary t={c.get("t")} erasure={erasure} />);
        return renderOfficePage(c, petition);
      }

      const verification = await verifySignatureLog(deps.database, petition.id);
      const logFields = { petitionId: petition.id, staffId: staff?.id, length: verification.length, problems: verification.problemCount };
      if (verification.ok) c.get("log").info({ event: "signature_log.verified", ...logFields }, "signature log verified");
      else c.get("log").warn({ event: "signature_log.verification_failed", ...logFields, first: verification.firstProblem }, "signature log check found problems");

      if (c.req.header("HX-Request") === "true") {
        return c.html(<LogVerificationResult t={c.get("t")} verification={verification} verifiedAt={deps.clock.now()} />);
      }
      return renderOfficePage(c, petition, { verification });
    }),
  );

  routes.post(
    `${OFFICE_PATH}/buergerbegehren/:id/quorum`,
    office,
    withPublishedPetition(async (c, petition) => {
      const a = c.get("t").admissibility;
      const values = readQuorumBasisForm(await c.req.parseBody());
      const parsed = parseQuorumBasisForm(values, a, berlinDate(deps.clock.now()));
      if (!parsed.ok) return renderOfficePage(c, petition, { forms: { quorumBasis: { values, problems: parsed.problems } } });

      const result = await recordQuorumBasis(context(c), { actorId: c.get("staff")?.id ?? "", petitionId: petition.id, ...parsed.value });
      if (result.ok) return redirectSaved(c, petition, "quorum");
      if (result.error === "PETITION_NOT_FOUND") return renderErrorPage(c, 404, "notFound");
      const blocked = result.error === "ALREADY_DECIDED" ? a.quorumForm.lockedAfterDecision : a.decisionForm.notSubmitted;
      return renderOfficePage(c, await reloaded(petition), { forms: { blocked }, status: 409 });
    }),
  );

  routes.post(
    `${OFFICE_PATH}/buergerbegehren/:id/zulaessigkeit`,
    office,
    withPublishedPetition(async (c, petition) => {
      const a = c.get("t").admissibility;
      const values = readDecisionForm(await c.req.parseBody());
      const correction = petition.status === "decided";
      const parsed = parseDecisionForm(values, a, berlinDate(deps.clock.now()));
      if (!parsed.ok) return renderOfficePage(c, petition, { forms: { decision: { values, problems: parsed.problems, correction } } });

      const result = await recordAdmissibilityDecision(context(c), { actorId: c.get("staff")?.id ?? "", petitionId: petition.id, decision: parsed.value });
      if (result.ok) return redirectSaved(c, petition, result.value.corrected ? "correction" : "decision");
      if (result.error === "PETITION_NOT_FOUND") return renderErrorPage(c, 404, "notFound");
      if (result.error === "DECIDED_BEFORE_SUBMISSION") {
        const state = await loadSubmissionState(deps.database, petition.id);
        const submittedOn = state.submission === undefined ? parsed.value.decidedOn : berlinDate(state.submission.submittedAt);
        const problems = [{ field: "decidedOn" as const, message: a.errors.decidedBeforeSubmission(submittedOn) }];
        return renderOfficePage(c, petition, { forms: { decision: { values, problems, correction } } });
      }
      const blocked = result.error === "QUORUM_BASIS_MISSING" ? a.decisionForm.needsQuorum : a.decisionForm.notSubmitted;
      return renderOfficePage(c, await reloaded(petition), { forms: { blocked }, status: 409 });
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
        return renderOfficePage(c, petition, { tallyProblem: c.get("t").tally.office.busy });
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
