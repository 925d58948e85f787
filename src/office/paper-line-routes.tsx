import { type Context, Hono } from "hono";
import { CONFIRM_FIELD, PaperLinePage, type PaperLinePageProps } from "../../views/office/paper-line-page";
import { describePaperLineResult } from "../../views/office/paper-line-result";
import type { AppDeps } from "../deps";
import type { Messages } from "../i18n/messages";
import type { AppEnv } from "../http/env";
import { renderErrorPage } from "../http/error-page";
import { renderPage } from "../http/render";
import { requireStaff } from "../http/staff-guards";
import { berlinDate, isCollecting } from "../petitions/collection-period";
import type { Petition } from "../petitions/queries";
import { correctPaperLine, deletePaperLine } from "../review/correct-paper-line";
import { findSheetLine } from "../review/find-sheet-line";
import { MAX_LINE, MAX_SHEET, type PaperLineForm, type PaperLineProblems, readPaperLine } from "../review/paper-line-form";
import { type ReviewContext, type SheetLine, withdrawnSheetLines } from "../review/record-paper-lines";
import type { ReviewLockError } from "../review/review-lock";
import { withdrawPaperSignature } from "../review/withdraw-paper-signature";
import { labelOf } from "../signature-log/log-report";
import { paperLineFormOf } from "./office-forms";
import { OFFICE_PATH } from "./office-paths";
import { reviewGuards } from "./review-guards";

const LINE_PATH = `${OFFICE_PATH}/buergerbegehren/:id/papier/zeile`;

/** Route patterns of the forms that correct, delete or withdraw a line; over the rate limit they show the page again with the typed values. */
export const PAPER_LINE_FORM_ROUTES = [LINE_PATH, `${LINE_PATH}/loeschen`, `${LINE_PATH}/zurueckziehen`] as const;

const EMPTY_FORM: PaperLineForm = { familyName: "", givenNames: "", birthDate: "", placeOfBirth: "", address: "", sheet: "", line: "", signedOn: "", outcome: "auto" };

type PageState = Pick<PaperLinePageProps, "lookup" | "opened" | "values" | "notice" | "error">;

/** Read sheet and line as whole numbers in range, or name the problem of each. */
function readSheetLine(sheet: string, line: string): { ok: true; value: SheetLine } | { ok: false; problems: PaperLineProblems } {
  const problems: PaperLineProblems = {};
  const number = (value: string, max: number) => (/^\d{1,6}$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= max ? Number(value) : undefined);
  const sheetNumber = number(sheet, MAX_SHEET);
  const lineNumber = number(line, MAX_LINE);
  if (sheetNumber === undefined) problems.sheet = sheet.trim() === "" ? "missing" : "invalidSheet";
  if (lineNumber === undefined) problems.line = line.trim() === "" ? "missing" : "invalidLine";
  return sheetNumber === undefined || lineNumber === undefined ? { ok: false, problems } : { ok: true, value: { sheet: sheetNumber, line: lineNumber } };
}

/** Add to a result message that a duplicate line of the same person now counts, when one does. */
function withPromoted(m: Messages["review"], message: string, promoted: SheetLine | undefined): string {
  return promoted === undefined ? message : `${message} ${m.paperLine.promoted(m.sheetLine(promoted.sheet, promoted.line))}`;
}

/**
 * Route the page on which the election office opens one entered paper line
 * by sheet and line, and corrects it, deletes it or records a written
 * withdrawal. An unknown sheet line gets 404 with the lookup form, a
 * withdrawn one 410, and a petition no longer open for review gets 409.
 */
export function paperLineRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const office = requireStaff("election_office", "admin");
  const { withPaperPetition } = reviewGuards(deps);
  const context = (): ReviewContext => ({ database: deps.database, serverSecret: deps.serverSecret, clock: deps.clock, log: deps.logger });

  const render = (c: Context<AppEnv>, petition: Petition, status: 200 | 404 | 409 | 410 | 422 | 429, state: Partial<PageState>) =>
    renderPage(
      c,
      { title: c.get("t").review.paperLine.title(petition.title), status, hasErrors: state.error !== undefined || state.notice?.kind === "error" },
      <PaperLinePage
        t={c.get("t")}
        petition={petition}
        csrfToken={c.get("csrfToken")}
        lookup={state.lookup ?? { sheet: "", line: "" }}
        opened={state.opened}
        values={state.values ?? EMPTY_FORM}
        collecting={isCollecting(petition, deps.clock.now())}
        notice={state.notice}
        error={state.error}
      />,
    );

  /**
   * Render the page opened at a sheet line. With nothing entered there, render
   * the lookup form: 410 with the date when the line's signature was
   * withdrawn, since it is never entered again, and 404 otherwise.
   */
  const renderOpened = async (c: Context<AppEnv>, petition: Petition, sheetLine: SheetLine, status: 200 | 409 | 422 | 429, state: Partial<PageState>) => {
    const m = c.get("t").review;
    const lookup = { sheet: String(sheetLine.sheet), line: String(sheetLine.line) };
    const where = m.sheetLine(sheetLine.sheet, sheetLine.line);
    const entry = await findSheetLine(deps.database, petition.id, sheetLine);
    if (entry === undefined) {
      const [withdrawn] = await withdrawnSheetLines(deps.database.rows, petition.id, [sheetLine]);
      if (withdrawn !== undefined) {
        const message = m.paperLine.lineWithdrawn(where, m.formatDate(withdrawn.withdrawnAt));
        return render(c, petition, 410, { ...state, lookup, notice: state.notice ?? { kind: "error", message } });
      }
      return render(c, petition, 404, { ...state, lookup, notice: state.notice ?? { kind: "error", message: m.paperLine.notFound(where) } });
    }
    return render(c, petition, status, { ...state, lookup, opened: { ...sheetLine, entry } });
  };

  const lockError = (c: Context<AppEnv>, error: ReviewLockError) =>
    error === "PETITION_NOT_FOUND" ? renderErrorPage(c, 404, "notFound") : renderErrorPage(c, 409, "notOpenForReview");

  /**
   * Render the opened line with 429 and the typed correction kept, when the
   * request is over the staff rate limit; undefined otherwise.
   */
  const rateLimited = (c: Context<AppEnv>, petition: Petition, sheetLine: SheetLine, values?: PaperLineForm) => {
    const retryAfter = c.get("rateLimitedFor");
    if (retryAfter === undefined) return undefined;
    c.header("Retry-After", String(retryAfter));
    c.header("Cache-Control", "no-store");
    const message = c.get("t").review.paperLine.rateLimited(Math.ceil(retryAfter / 60));
    return renderOpened(c, petition, sheetLine, 429, { values, notice: { kind: "error", message } });
  };

  /** Read the sheet and line that the page posts in hidden fields. */
  const postedSheetLine = (body: Record<string, unknown>) => readSheetLine(typeof body.sheet === "string" ? body.sheet : "", typeof body.line === "string" ? body.line : "");

  /**
   * Read the sheet line and the confirmation box of the delete or withdraw
   * form, or the response that rejects the request: 422 for a bad sheet line
   * or a missing confirmation, 429 over the rate limit.
   */
  const confirmedSheetLine = async (
    c: Context<AppEnv>,
    petition: Petition,
    form: "delete" | "withdraw",
  ): Promise<{ ok: true; value: SheetLine } | { ok: false; response: Response | Promise<Response> }> => {
    const m = c.get("t").review.paperLine;
    const body = await c.req.parseBody();
    const sheetLine = postedSheetLine(body);
    if (!sheetLine.ok) return { ok: false, response: render(c, petition, 422, { error: { form: "lookup", problems: sheetLine.problems } }) };
    const overLimit = rateLimited(c, petition, sheetLine.value);
    if (overLimit !== undefined) return { ok: false, response: overLimit };
    if (body[CONFIRM_FIELD] !== "ja") {
      const message = form === "delete" ? m.deleteNotConfirmed : m.withdrawNotConfirmed;
      return { ok: false, response: renderOpened(c, petition, sheetLine.value, 422, { error: { form, message } }) };
    }
    return sheetLine;
  };

  routes.get(
    LINE_PATH,
    office,
    withPaperPetition((c, petition) => {
      const sheet = c.req.query("bogen");
      const line = c.req.query("zeile");
      if (sheet === undefined && line === undefined) return render(c, petition, 200, {});
      const read = readSheetLine(sheet ?? "", line ?? "");
      if (!read.ok) return render(c, petition, 422, { lookup: { sheet: sheet ?? "", line: line ?? "" }, error: { form: "lookup", problems: read.problems } });
      return renderOpened(c, petition, read.value, 200, {});
    }),
  );

  routes.post(
    LINE_PATH,
    office,
    withPaperPetition(async (c, petition, staffId) => {
      const m = c.get("t").review;
      const body = await c.req.parseBody();
      const form = paperLineFormOf(body);
      const sheetLine = postedSheetLine(body);
      if (!sheetLine.ok) return render(c, petition, 422, { error: { form: "lookup", problems: sheetLine.problems } });
      const overLimit = rateLimited(c, petition, sheetLine.value, form);
      if (overLimit !== undefined) return overLimit;

      // A line with no entry gets the lookup's 404, or 410 once withdrawn, without field problems of a form it cannot use.
      if ((await findSheetLine(deps.database, petition.id, sheetLine.value)) === undefined) return renderOpened(c, petition, sheetLine.value, 200, {});
      const checked = readPaperLine(form, petition, berlinDate(deps.clock.now()));
      if (!checked.ok) return renderOpened(c, petition, sheetLine.value, 422, { values: form, error: { form: "correct", problems: checked.problems } });
      const corrected = await correctPaperLine(context(), { petitionId: petition.id, staffId, line: checked.value });
      if (!corrected.ok) return corrected.error === "LINE_NOT_FOUND" ? renderOpened(c, petition, sheetLine.value, 200, {}) : lockError(c, corrected.error);

      const { after, promoted } = corrected.value;
      const message = withPromoted(m, m.paperLine.corrected(describePaperLineResult(m, after)), promoted);
      return renderOpened(c, petition, sheetLine.value, 200, { notice: { kind: "success", message } });
    }),
  );

  routes.post(
    `${LINE_PATH}/loeschen`,
    office,
    withPaperPetition(async (c, petition, staffId) => {
      const m = c.get("t").review;
      const sheetLine = await confirmedSheetLine(c, petition, "delete");
      if (!sheetLine.ok) return sheetLine.response;

      const deleted = await deletePaperLine(context(), { petitionId: petition.id, staffId, sheetLine: sheetLine.value });
      if (!deleted.ok) return deleted.error === "LINE_NOT_FOUND" ? renderOpened(c, petition, sheetLine.value, 200, {}) : lockError(c, deleted.error);
      const message = withPromoted(m, m.paperLine.deleted(m.sheetLine(sheetLine.value.sheet, sheetLine.value.line)), deleted.value.promoted);
      return render(c, petition, 200, { notice: { kind: "success", message } });
    }),
  );

  routes.post(
    `${LINE_PATH}/zurueckziehen`,
    office,
    withPaperPetition(async (c, petition, staffId) => {
      const m = c.get("t").review;
      const sheetLine = await confirmedSheetLine(c, petition, "withdraw");
      if (!sheetLine.ok) return sheetLine.response;

      const withdrawn = await withdrawPaperSignature(context(), { petition, staffId, sheetLine: sheetLine.value });
      const where = m.sheetLine(sheetLine.value.sheet, sheetLine.value.line);
      if (withdrawn.ok) {
        const { duplicateLines } = withdrawn.value;
        const duplicates = duplicateLines.map((line) => m.sheetLine(line.sheet, line.line)).join("; ");
        const message = duplicateLines.length === 0 ? m.paperLine.withdrawn(where) : `${m.paperLine.withdrawn(where)} ${m.paperLine.withdrawnDuplicates(duplicates)}`;
        return render(c, petition, 200, { notice: { kind: "success", message } });
      }
      switch (withdrawn.error) {
        case "LINE_NOT_FOUND":
          return renderOpened(c, petition, sheetLine.value, 200, {});
        case "NOT_COLLECTING":
          return renderOpened(c, petition, sheetLine.value, 409, { notice: { kind: "error", message: m.paperLine.withdrawNotCollecting } });
        case "DUPLICATE_LINE":
          return renderOpened(c, petition, sheetLine.value, 409, { notice: { kind: "error", message: m.paperLine.withdrawDuplicate(where) } });
        case "INVALID_LINE": {
          const message = m.paperLine.withdrawInvalid(where, labelOf(m.reasons, withdrawn.reason));
          return renderOpened(c, petition, sheetLine.value, 409, { notice: { kind: "error", message } });
        }
        default:
          return lockError(c, withdrawn.error);
      }
    }),
  );

  return routes;
}
