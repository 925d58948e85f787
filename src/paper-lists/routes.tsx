import { type Context, Hono } from "hono";
import { PaperListsPage, type PaperListsPageProps } from "../../views/paper-lists/paper-lists-page";
import { WorkspaceMessagePage } from "../../views/workspace/workspace-message-page";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { renderErrorPage } from "../http/error-page";
import { flashNotice } from "../http/flash-notice";
import { renderPage } from "../http/render";
import { requireStaff } from "../http/staff-guards";
import type { PetitionContext } from "../petitions/petition-context";
import { findPetition, type Petition } from "../petitions/queries";
import { canWorkOnPetition } from "../workspace/petition-access";
import { WORKSPACE_PATH } from "../workspace/workspace-paths";
import { correctHandedInSheet, listHandedInSheets, readPaperSheetTotals, recordHandedInSheets, removeHandedInSheet, type SheetResult } from "./handed-in-sheets";
import { listIssuedRanges, nextFreeSheet, recordIssuedSheets } from "./issued-sheets";
import { parseDownloadForm, readDownloadForm, readSheetsForm, parseSheetsForm, signatureCountSchema } from "./paper-list-forms";
import { paperListPaths } from "./paper-list-paths";
import { signatureListPdf } from "./signature-list-pdf";
import { MAX_SHEET_NUMBER } from "./sheet-limits";
import { formatRanges, toRanges } from "./sheet-numbers";

/** Sheets a download offers by default. */
const DEFAULT_SHEET_COUNT = 10;

const EMPTY_SHEETS_FORM: PaperListsPageProps["record"] = { values: { sheets: "", signatureCount: "" }, problems: [] };

/** Outcome for a :sheet parameter that is no sheet number, the same as for an unrecorded sheet. */
const SHEET_NOT_FOUND = { ok: false as const, error: "SHEET_NOT_FOUND" as const, sheets: [] as number[] };

/** Change just made to the handed-in sheets, for the notice on the page the form redirects to. */
type SheetsFlash = { kind: "recorded"; count: number } | { kind: "corrected" | "removed"; sheet: number };

/**
 * Route the organisers' paper signature lists of a petition: the page, the
 * PDF download that records the sheets issued, and recording, correcting and
 * removing sheets handed in. The petition's team and administrators may use
 * them, and the election office reads the totals on its own page.
 */
export function paperListRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const authors = requireStaff("admin", "organiser");
  const base = `${WORKSPACE_PATH}/:id/unterschriftenlisten`;
  const context = (c: Context<AppEnv>): PetitionContext => ({ database: deps.database, serverSecret: deps.serverSecret, clock: deps.clock, log: c.get("log") });
  const actorId = (c: Context<AppEnv>) => c.get("staff")?.id ?? "";
  const sheetsFlash = flashNotice<SheetsFlash>({ name: "mz_paper_lists_notice", serverSecret: deps.serverSecret, publicUrl: deps.config.publicUrl });

  /** Redirect to the petition's paper list page, which then shows the notice once. */
  const redirectWithNotice = (c: Context<AppEnv>, petition: Petition, notice: SheetsFlash) => {
    const path = paperListPaths(petition.id).page;
    sheetsFlash.set(c, path, notice, deps.clock.now());
    return c.redirect(path, 303);
  };

  /**
   * Run a handler with the petition named by :id for its team and
   * administrators. Unknown petitions get 404, others 403, and petitions
   * whose lists cannot exist (drafts, online-only) 409 with a page that explains why.
   */
  const forTeam = (handler: (c: Context<AppEnv>, petition: Petition) => Response | Promise<Response>) => async (c: Context<AppEnv>) => {
    const petition = await findPetition(deps.database, c.req.param("id") ?? "");
    if (petition === undefined) return renderErrorPage(c, 404, "notFound");
    const staff = c.get("staff");
    if (staff === undefined || !canWorkOnPetition(staff, petition)) {
      c.get("log").warn({ event: "staff.forbidden", staffId: staff?.id, petitionId: petition.id }, "not on the petition's team");
      return renderErrorPage(c, 403, "accessDenied");
    }
    const e = c.get("t").paperLists.errors;
    if (petition.status === "draft") return renderMessage(c, petition, e.notPublishedTitle, e.notPublished);
    if (!petition.signatureKinds.includes("paper")) return renderMessage(c, petition, e.paperNotAcceptedTitle, e.paperNotAccepted);
    return handler(c, petition);
  };

  const renderMessage = (c: Context<AppEnv>, petition: Petition, title: string, body: string, status: 404 | 409 = 409) =>
    renderPage(c, { title, status }, <WorkspaceMessagePage title={title} body={body} petitionId={petition.id} linkText={c.get("t").paperLists.page.back} />);

  /** Render the page with the stored sheets; `overrides` carries typed values and problems of a rejected form. */
  const renderListsPage = async (c: Context<AppEnv>, petition: Petition, overrides: Partial<PaperListsPageProps> = {}) => {
    const t = c.get("t");
    const [issued, sheets, totals] = await Promise.all([
      listIssuedRanges(deps.database, petition.id),
      listHandedInSheets(deps.database, petition.id),
      readPaperSheetTotals(deps.database, petition.id),
    ]);
    const props: PaperListsPageProps = {
      t,
      petition,
      issued,
      sheets,
      totals,
      canDownload: petition.status === "collecting",
      canRecord: petition.status !== "decided",
      download: { values: { sheetCount: String(DEFAULT_SHEET_COUNT), firstSheet: String(Math.min(nextFreeSheet(issued), MAX_SHEET_NUMBER)) }, problems: [] },
      record: { values: { sheets: "", signatureCount: "" }, problems: [] },
      csrfToken: c.get("csrfToken"),
      ...overrides,
    };
    const hasErrors = props.download.problems.length + props.record.problems.length > 0 || props.correction !== undefined;
    return renderPage(c, { title: t.paperLists.page.title(petition.title), status: hasErrors ? 422 : 200, hasErrors }, <PaperListsPage {...props} />);
  };

  /** Turn a rejected change into a response: a message page for the petition's state, or the page with the problem at its form. */
  const renderRejected = (c: Context<AppEnv>, petition: Petition, result: Extract<SheetResult<unknown>, { ok: false }>, form: PaperListsPageProps["record"]) => {
    const e = c.get("t").paperLists.errors;
    const listed = formatRanges(toRanges(result.sheets));
    switch (result.error) {
      case "PETITION_NOT_FOUND":
        return renderErrorPage(c, 404, "notFound");
      case "PAPER_NOT_ACCEPTED":
        return renderMessage(c, petition, e.paperNotAcceptedTitle, e.paperNotAccepted);
      case "DECIDED":
        return renderMessage(c, petition, e.decidedTitle, e.decided);
      case "SHEET_NOT_FOUND":
        return renderMessage(c, petition, e.sheetNotFoundTitle, e.sheetNotFound(c.req.param("sheet") ?? ""), 404);
      case "NOT_ISSUED":
        return renderListsPage(c, petition, { record: { ...form, problems: [{ field: "sheets", message: e.notIssued(listed) }] } });
      case "ALREADY_RECORDED":
        return renderListsPage(c, petition, { record: { ...form, problems: [{ field: "sheets", message: e.alreadyRecorded(listed) }] } });
    }
  };

  /** Read the :sheet parameter as a sheet number, or undefined for anything else. */
  const sheetParam = (c: Context<AppEnv>): number | undefined => {
    const value = c.req.param("sheet") ?? "";
    if (!/^\d{1,5}$/.test(value)) return undefined;
    const sheet = Number(value);
    return sheet >= 1 && sheet <= MAX_SHEET_NUMBER ? sheet : undefined;
  };

  routes.get(base, authors, forTeam(async (c, petition) => {
    const p = c.get("t").paperLists.page;
    const flash = sheetsFlash.take(c, paperListPaths(petition.id).page, deps.clock.now());
    let notice: string | undefined;
    if (flash?.kind === "recorded") notice = p.recorded(flash.count);
    else if (flash?.kind === "corrected") notice = p.corrected(flash.sheet);
    else if (flash?.kind === "removed") notice = p.removed(flash.sheet);
    return renderListsPage(c, petition, notice === undefined ? {} : { notice });
  }));

  routes.post(`${base}/pdf`, authors, forTeam(async (c, petition) => {
    const t = c.get("t");
    if (petition.status !== "collecting") {
      const e = t.paperLists.errors;
      return renderMessage(c, petition, e.collectionEndedTitle, e.collectionEnded);
    }
    const values = readDownloadForm(await c.req.parseBody());
    const parsed = parseDownloadForm(values, t.paperLists);
    if (!parsed.ok) return renderListsPage(c, petition, { download: { values, problems: parsed.problems } });

    const range = parsed.value;
    const sheets = Array.from({ length: range.last - range.first + 1 }, (_, index) => range.first + index);
    const publicPageUrl = new URL(`/petitionen/${petition.id}`, deps.config.publicUrl).toString();
    const pdf = await signatureListPdf({ petition, sheets, publicPageUrl, t, locale: c.get("locale") });
    await recordIssuedSheets(context(c), { actorId: actorId(c), petitionId: petition.id, range });
    c.header("Content-Type", "application/pdf");
    c.header("Content-Disposition", `attachment; filename="${t.paperLists.pdf.filename(range.first, range.last)}"`);
    c.header("Cache-Control", "no-store");
    return c.body(new Uint8Array(pdf));
  }));

  routes.post(`${base}/blaetter`, authors, forTeam(async (c, petition) => {
    const t = c.get("t");
    const values = readSheetsForm(await c.req.parseBody());
    const parsed = parseSheetsForm(values, t.paperLists);
    if (!parsed.ok) return renderListsPage(c, petition, { record: { values, problems: parsed.problems } });

    const result = await recordHandedInSheets(context(c), { actorId: actorId(c), petitionId: petition.id, ...parsed.value });
    if (!result.ok) return renderRejected(c, petition, result, { values, problems: [] });
    return redirectWithNotice(c, petition, { kind: "recorded", count: result.value });
  }));

  routes.post(`${base}/blaetter/:sheet`, authors, forTeam(async (c, petition) => {
    const t = c.get("t");
    const sheet = sheetParam(c);
    if (sheet === undefined) return renderRejected(c, petition, SHEET_NOT_FOUND, EMPTY_SHEETS_FORM);
    const body = await c.req.parseBody();
    const typed = typeof body.signatureCount === "string" ? body.signatureCount : "";
    const parsed = signatureCountSchema(t.paperLists).safeParse(typed);
    if (!parsed.success) {
      return renderListsPage(c, petition, { correction: { sheet, value: typed, message: parsed.error.issues[0]?.message ?? t.paperLists.errors.signatureCountEmpty } });
    }

    const result = await correctHandedInSheet(context(c), { actorId: actorId(c), petitionId: petition.id, sheet, signatureCount: parsed.data });
    if (!result.ok) return renderRejected(c, petition, result, EMPTY_SHEETS_FORM);
    return redirectWithNotice(c, petition, { kind: "corrected", sheet });
  }));

  routes.post(`${base}/blaetter/:sheet/entfernen`, authors, forTeam(async (c, petition) => {
    const sheet = sheetParam(c);
    if (sheet === undefined) return renderRejected(c, petition, SHEET_NOT_FOUND, EMPTY_SHEETS_FORM);
    const result = await removeHandedInSheet(context(c), { actorId: actorId(c), petitionId: petition.id, sheet });
    if (!result.ok) return renderRejected(c, petition, result, EMPTY_SHEETS_FORM);
    return redirectWithNotice(c, petition, { kind: "removed", sheet });
  }));

  return routes;
}
