import { type Context, Hono } from "hono";
import { z } from "zod";
import { type LastPaperEntry, PaperEntryPage } from "../../views/office/paper-entry-page";
import { PAPER_IMPORT_FILE_FIELD, type PaperImportOutcome, PaperImportPage } from "../../views/office/paper-import-page";
import { ReviewListPage, type ReviewNotice, reviewRowId } from "../../views/office/review-list-page";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { flashNotice } from "../http/flash-notice";
import { renderErrorPage } from "../http/error-page";
import { renderPage } from "../http/render";
import { requireStaff } from "../http/staff-guards";
import { berlinDate } from "../petitions/collection-period";
import type { Petition } from "../petitions/queries";
import { decideSignature, type Decision } from "../review/decide-signature";
import { type InvalidReason, isInvalidReason } from "../review/invalid-reasons";
import { MAX_PAPER_CSV_LINES, readPaperCsv } from "../review/paper-csv";
import { nextSheetLine, type PaperLineForm, type PaperLineProblems, readPaperLine } from "../review/paper-line-form";
import { recordPaperLines, type ReviewContext } from "../review/record-paper-lines";
import { listDuplicateLines, listSignaturesForReview, type ReviewFilter } from "../review/review-list";
import { labelOf } from "../signature-log/log-report";
import type { SignatureStatus } from "../signing/signature-counts";
import { markDistinctPersons } from "../review/mark-distinct-persons";
import { paperLineFormOf } from "./office-forms";
import { officePaths, OFFICE_PATH } from "./office-paths";
import { REVIEW_FILTER_VALUES, reviewFilterOf } from "./review-filter";
import { listIssuedRanges } from "../paper-lists/issued-sheets";
import { reviewGuards } from "./review-guards";

/** Largest CSV upload of paper lines: MAX_PAPER_CSV_LINES lines of about 200 bytes each, rounded up to whole megabytes. */
export const MAX_PAPER_IMPORT_BYTES = 10 * 1024 * 1024;

const PETITION_PATH = `${OFFICE_PATH}/buergerbegehren/:id`;
/** Route pattern of the CSV upload, for its body limit. */
export const PAPER_IMPORT_ROUTE = `${PETITION_PATH}/papier/import`;
/** Route pattern of the paper entry form, which answers a request over the rate limit itself. */
export const PAPER_ENTRY_ROUTE = `${PETITION_PATH}/papier`;
const SIGNATURE_ID = /^\d{1,15}$/;

const EMPTY_PAPER_FORM: PaperLineForm = { familyName: "", givenNames: "", birthDate: "", placeOfBirth: "", address: "", sheet: "", line: "", signedOn: "", outcome: "auto" };

const decisionForm = z.object({
  decision: z.enum(["confirm", "invalidate"]),
  reason: z.string().default(""),
  expectedStatus: z.enum(["proven", "provisional", "confirmed", "invalid"]),
  expectedReason: z.string().default(""),
});

/** Change made by the last decision on the review list, for the notice on the page the decision redirects to. */
type ReviewFlash =
  | { kind: "decided"; signatureId: number; status: SignatureStatus }
  | { kind: "distinct"; signatureId: number; otherSignatureId: number };

/** Check whether a signature is already in the state a decision would give it, as after a form sent twice. */
function isDecisionApplied(current: { status: SignatureStatus; reason: InvalidReason | null }, decision: Decision): boolean {
  if (decision.kind === "confirm") return current.status === "confirmed";
  return current.status === "invalid" && current.reason === decision.reason;
}

/**
 * Route the election office's review of one petition: the paper entry form
 * and CSV import, and the list of signatures to confirm or invalidate.
 */
export function reviewRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const office = requireStaff("election_office", "admin");
  const reviewFlash = flashNotice<ReviewFlash>({ name: "mz_review_notice", serverSecret: deps.serverSecret, publicUrl: deps.config.publicUrl });
  const context = (): ReviewContext => ({ database: deps.database, serverSecret: deps.serverSecret, clock: deps.clock, log: deps.logger });

  const { withPetition, withPaperPetition } = reviewGuards(deps);

  const renderPaperPage = (c: Context<AppEnv>, petition: Petition, status: 200 | 409 | 422 | 429, values: PaperLineForm, problems: PaperLineProblems, last?: LastPaperEntry) =>
    renderPage(
      c,
      { title: c.get("t").review.paper.title(petition.title), status, hasErrors: Object.keys(problems).length > 0 },
      <PaperEntryPage t={c.get("t")} petition={petition} csrfToken={c.get("csrfToken")} values={values} problems={problems} last={last} />,
    );

  routes.get(
    PAPER_ENTRY_ROUTE,
    office,
    withPaperPetition((c, petition) => renderPaperPage(c, petition, 200, { ...EMPTY_PAPER_FORM, sheet: c.req.query("bogen") ?? "", line: c.req.query("zeile") ?? "" }, {})),
  );

  routes.post(
    PAPER_ENTRY_ROUTE,
    office,
    withPaperPetition(async (c, petition, staffId) => {
      const body = await c.req.parseBody();
      const form = paperLineFormOf(body);

      const retryAfter = c.get("rateLimitedFor");
      if (retryAfter !== undefined) {
        c.header("Retry-After", String(retryAfter));
        c.header("Cache-Control", "no-store");
        return renderPaperPage(c, petition, 429, form, {}, { kind: "rateLimited", retryAfterMinutes: Math.ceil(retryAfter / 60) });
      }

      const issued = await listIssuedRanges(deps.database, petition.id);
      const checked = readPaperLine(form, petition, berlinDate(deps.clock.now()), issued);
      if (!checked.ok) return renderPaperPage(c, petition, 422, form, checked.problems);
      const recorded = await recordPaperLines(context(), { petitionId: petition.id, staffId, lines: [checked.value] });
      if (!recorded.ok) {
        if (recorded.error === "LINES_ALREADY_ENTERED") {
          return renderPaperPage(c, petition, 409, form, {}, { kind: "taken", sheetLine: { sheet: checked.value.sheet, line: checked.value.line } });
        }
        if (recorded.error === "LINES_WITHDRAWN") return renderPaperPage(c, petition, 409, form, {}, { kind: "withdrawn", lines: recorded.lines });
        return renderErrorPage(c, recorded.error === "PETITION_NOT_FOUND" ? 404 : 409, recorded.error === "PETITION_NOT_FOUND" ? "notFound" : "notOpenForReview");
      }

      const [result] = recorded.value;
      if (result === undefined) throw new Error("recordPaperLines returned no result for one line");
      const next = nextSheetLine(checked.value, issued);
      const nextForm = { ...EMPTY_PAPER_FORM, sheet: next === undefined ? "" : String(next.sheet), line: next === undefined ? "" : String(next.line) };
      return renderPaperPage(c, petition, 200, nextForm, {}, { kind: "saved", result, noSheetsIssued: issued.length === 0 });
    }),
  );

  const renderImportPage = (c: Context<AppEnv>, petition: Petition, status: 200 | 409 | 422, outcome: PaperImportOutcome | undefined) =>
    renderPage(
      c,
      { title: c.get("t").review.paperImport.title(petition.title), status, hasErrors: status === 422 },
      <PaperImportPage
        t={c.get("t")}
        petition={petition}
        csrfToken={c.get("csrfToken")}
        maxMegabytes={MAX_PAPER_IMPORT_BYTES / (1024 * 1024)}
        maxLines={MAX_PAPER_CSV_LINES}
        outcome={outcome}
      />,
    );

  routes.get(
    PAPER_IMPORT_ROUTE,
    office,
    withPaperPetition((c, petition) => renderImportPage(c, petition, 200, undefined)),
  );

  routes.post(
    PAPER_IMPORT_ROUTE,
    office,
    withPaperPetition(async (c, petition, staffId) => {
      const log = c.get("log").child({ petitionId: petition.id, staffId });
      const body = await c.req.parseBody();
      const file = body[PAPER_IMPORT_FILE_FIELD];
      if (!(file instanceof File) || file.size === 0) {
        return renderImportPage(c, petition, 422, { kind: "fileError", error: { kind: file instanceof File ? "empty" : "noFile" } });
      }

      const issued = await listIssuedRanges(deps.database, petition.id);
      const read = readPaperCsv(new Uint8Array(await file.arrayBuffer()), petition, berlinDate(deps.clock.now()), issued);
      if (read.kind !== "read") {
        log.info({ event: "paper_import.rejected", reason: read.kind }, "paper line file rejected");
        return renderImportPage(c, petition, 422, { kind: "fileError", error: read });
      }
      if (read.errors.length > 0) {
        log.info({ event: "paper_import.rejected", reason: "row_errors", errors: read.errors.length }, "paper line file has bad lines");
        return renderImportPage(c, petition, 422, { kind: "rowErrors", errors: read.errors });
      }

      const recorded = await recordPaperLines(context(), { petitionId: petition.id, staffId, lines: read.lines.map((entry) => entry.line) });
      if (!recorded.ok) {
        if (recorded.error === "LINES_ALREADY_ENTERED") return renderImportPage(c, petition, 409, { kind: "taken", lines: recorded.lines });
        if (recorded.error === "LINES_WITHDRAWN") return renderImportPage(c, petition, 409, { kind: "withdrawn", lines: recorded.lines });
        return renderErrorPage(c, recorded.error === "PETITION_NOT_FOUND" ? 404 : 409, recorded.error === "PETITION_NOT_FOUND" ? "notFound" : "notOpenForReview");
      }
      const results = recorded.value.map((result, index) => ({ csvLine: read.lines[index]?.csvLine ?? 0, result }));
      return renderImportPage(c, petition, 200, { kind: "stored", results, noSheetsIssued: issued.length === 0 });
    }),
  );

  const renderReviewList = async (c: Context<AppEnv>, petition: Petition, status: 200 | 404 | 409 | 422, filter: ReviewFilter, notice: ReviewNotice | undefined) => {
    const afterId = Number(c.req.query("nach") ?? "0");
    const [page, duplicateLines] = await Promise.all([
      listSignaturesForReview(deps.database, { petitionId: petition.id, filter, afterId: Number.isSafeInteger(afterId) && afterId > 0 ? afterId : 0 }),
      listDuplicateLines(deps.database, petition.id),
    ]);
    return renderPage(
      c,
      { title: c.get("t").review.list.title(petition.title), status, hasErrors: notice?.kind === "error" },
      <ReviewListPage t={c.get("t")} petition={petition} csrfToken={c.get("csrfToken")} filter={filter} {...page} notice={notice} duplicateLines={duplicateLines} />,
    );
  };

  routes.get(
    `${PETITION_PATH}/pruefung`,
    office,
    withPetition((c, petition) => {
      const m = c.get("t").review;
      const flash = reviewFlash.take(c, officePaths(petition.id).review, deps.clock.now());
      let notice: ReviewNotice | undefined;
      if (flash?.kind === "decided") {
        notice = { kind: "success", message: m.list.decided(m.list.reference(flash.signatureId), labelOf(m.statuses, flash.status)) };
      } else if (flash?.kind === "distinct") {
        notice = { kind: "success", message: m.list.markedDistinct(m.list.reference(flash.signatureId), m.list.reference(flash.otherSignatureId)) };
      }
      return renderReviewList(c, petition, 200, reviewFilterOf(c.req.query("auswahl")), notice);
    }),
  );

  routes.post(
    `${PETITION_PATH}/pruefung/:signatureId`,
    office,
    withPetition(async (c, petition, staffId) => {
      const m = c.get("t").review;
      const rawId = c.req.param("signatureId") ?? "";
      if (!SIGNATURE_ID.test(rawId)) return renderErrorPage(c, 404, "notFound");
      const signatureId = Number(rawId);
      const reference = m.list.reference(signatureId);
      const body = await c.req.parseBody();
      const filter = reviewFilterOf(typeof body.auswahl === "string" ? body.auswahl : undefined);
      const error = (status: 404 | 409 | 422, message: string) => renderReviewList(c, petition, status, filter, { kind: "error", message });

      const parsed = decisionForm.safeParse(body);
      const expectedReason = parsed.success ? parsed.data.expectedReason : "";
      if (!parsed.success || (expectedReason !== "" && !isInvalidReason(expectedReason))) return error(422, m.list.decisionProblems.invalidDecision);
      let decision: Decision = { kind: "confirm" };
      if (parsed.data.decision === "invalidate") {
        if (!isInvalidReason(parsed.data.reason)) return error(422, m.list.decisionProblems.missingReason(reference));
        decision = { kind: "invalidate", reason: parsed.data.reason };
      }

      const decided = await decideSignature(context(), {
        petitionId: petition.id,
        signatureId,
        expected: { status: parsed.data.expectedStatus, reason: expectedReason === "" ? null : (expectedReason as InvalidReason) },
        decision,
        staffId,
      });
      if (decided.ok) {
        const paths = officePaths(petition.id);
        reviewFlash.set(c, paths.review, { kind: "decided", signatureId, status: decided.value.status }, deps.clock.now());
        return c.redirect(`${paths.review}?auswahl=${REVIEW_FILTER_VALUES[filter]}#${reviewRowId(signatureId)}`, 303);
      }
      if (decided.current !== undefined && isDecisionApplied(decided.current, decision)) {
        const already =
          decided.current.status === "invalid" && decided.current.reason !== null
            ? m.list.decisionProblems.alreadyInvalid(reference, labelOf(m.reasons, decided.current.reason))
            : m.list.decisionProblems.alreadyConfirmed(reference);
        return renderReviewList(c, petition, 409, filter, { kind: "error", message: already });
      }
      const current = labelOf(m.statuses, decided.current?.status ?? "");
      switch (decided.error) {
        case "PETITION_NOT_FOUND":
          return renderErrorPage(c, 404, "notFound");
        case "NOT_OPEN_FOR_REVIEW":
          return renderErrorPage(c, 409, "notOpenForReview");
        case "SIGNATURE_NOT_FOUND":
          return error(404, m.list.decisionProblems.SIGNATURE_NOT_FOUND(reference));
        case "DECIDED_MEANWHILE":
          return error(409, m.list.decisionProblems.DECIDED_MEANWHILE(reference, current));
        case "NOT_ALLOWED":
          return error(409, m.list.decisionProblems.NOT_ALLOWED(reference, current));
      }
    }),
  );

  routes.post(
    `${PETITION_PATH}/pruefung/:signatureId/verschiedene-personen`,
    office,
    withPetition(async (c, petition, staffId) => {
      const m = c.get("t").review.list;
      const rawId = c.req.param("signatureId") ?? "";
      const body = await c.req.parseBody();
      const rawOther = typeof body.andere === "string" ? body.andere : "";
      if (!SIGNATURE_ID.test(rawId) || !SIGNATURE_ID.test(rawOther)) return renderErrorPage(c, 404, "notFound");
      const [signatureId, otherSignatureId] = [Number(rawId), Number(rawOther)];
      const filter = reviewFilterOf(typeof body.auswahl === "string" ? body.auswahl : undefined);

      const marked = await markDistinctPersons(context(), { petitionId: petition.id, signatureId, otherSignatureId, staffId });
      if (marked.ok) {
        const paths = officePaths(petition.id);
        reviewFlash.set(c, paths.review, { kind: "distinct", signatureId, otherSignatureId }, deps.clock.now());
        return c.redirect(`${paths.review}?auswahl=${REVIEW_FILTER_VALUES[filter]}#${reviewRowId(signatureId)}`, 303);
      }
      const [reference, other] = [m.reference(signatureId), m.reference(otherSignatureId)];
      switch (marked.error) {
        case "PETITION_NOT_FOUND":
          return renderErrorPage(c, 404, "notFound");
        case "NOT_OPEN_FOR_REVIEW":
          return renderErrorPage(c, 409, "notOpenForReview");
        case "SAME_SIGNATURE":
          return renderReviewList(c, petition, 422, filter, { kind: "error", message: m.decisionProblems.SAME_SIGNATURE(reference) });
        case "SIGNATURE_NOT_FOUND":
          return renderReviewList(c, petition, 404, filter, { kind: "error", message: m.decisionProblems.PAIR_NOT_FOUND(reference, other) });
        case "ALREADY_MARKED":
          return renderReviewList(c, petition, 409, filter, { kind: "error", message: m.decisionProblems.ALREADY_MARKED(reference, other) });
        case "NOT_POSSIBLE_DUPLICATE":
          return renderReviewList(c, petition, 409, filter, { kind: "error", message: m.decisionProblems.NOT_POSSIBLE_DUPLICATE(reference, other) });
      }
    }),
  );

  return routes;
}
