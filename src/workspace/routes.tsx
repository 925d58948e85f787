import { type Context, Hono } from "hono";
import { DashboardFigures } from "../../views/workspace/dashboard-figures";
import { DashboardPage } from "../../views/workspace/dashboard-page";
import { petitionTally } from "../review/petition-tally";
import { DraftFormPage } from "../../views/workspace/draft-form-page";
import { ConflictPage } from "../../views/workspace/conflict-page";
import { DraftPage } from "../../views/workspace/draft-page";
import { PreviewPage } from "../../views/workspace/preview-page";
import { PublishConfirmPage } from "../../views/workspace/publish-confirm-page";
import { SubmitConfirmPage } from "../../views/workspace/submit-confirm-page";
import { WorkspaceListPage } from "../../views/workspace/workspace-list-page";
import { WorkspaceMessagePage } from "../../views/workspace/workspace-message-page";
import { SUPPORTED_CREDENTIAL_TYPES } from "../credentials/credential-types";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { renderErrorPage } from "../http/error-page";
import { flashNotice } from "../http/flash-notice";
import { renderPage } from "../http/render";
import { requireStaff } from "../http/staff-guards";
import { berlinDate } from "../petitions/collection-period";
import { createDraft } from "../petitions/create-draft";
import { daysUntil, submissionDeadline } from "../petitions/deadlines";
import {
  changedTextFields,
  type DraftFormValues,
  type DraftProblem,
  draftFormValues,
  emptyDraftForm,
  fieldLabels,
  parseDraftForm,
  readDraftForm,
  readFormVersion,
} from "../petitions/draft-form";
import { notificationPdf } from "../petitions/notification-pdf";
import type { PetitionContext } from "../petitions/petition-context";
import { previewPetition } from "../petitions/preview-petition";
import { publishPetition } from "../petitions/publish-petition";
import { isSubmittable, type SubmitError, submitPetition } from "../petitions/submit-petition";
import { findPetition, type Petition } from "../petitions/queries";
import { updateDraft } from "../petitions/update-draft";
import type { SignedInStaff } from "../staff/signed-in-staff";
import { dailyCountsCsv } from "./daily-counts-csv";
import { canOpenOfficePage, canViewDashboard, canWorkOnPetition } from "./petition-access";
import { loadPetitionDashboard } from "./petition-dashboard";
import { listWorkspacePetitions } from "./workspace-petitions";
import { WORKSPACE_PATH, workspacePaths } from "./workspace-paths";

/** Name the reason a petition that isSubmittable rejects cannot be submitted, for the confirmation page. */
function submitErrorOf(petition: Petition): SubmitError {
  if (petition.status === "draft") return "NOT_PUBLISHED";
  if (petition.status === "closed") return "CLOSED";
  if (petition.status === "collecting") return "NOT_STARTED";
  return "ALREADY_SUBMITTED";
}

/** Change the organisers just made to a petition, for the notice on its overview after the redirect. */
type WorkspaceFlash = "saved" | "published" | "submitted";

function signedInStaff(c: Context<AppEnv>): SignedInStaff {
  const staff = c.get("staff");
  if (staff === undefined) throw new Error("a staff guard let a request without a session through");
  return staff;
}

/**
 * Route the organisers' workspace: the list of their petitions, creating and
 * editing drafts, preview, the notification PDF, publishing, and each
 * published petition's dashboard with its live figures and CSV download.
 */
export function workspaceRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const context = (c: Context<AppEnv>): PetitionContext => ({
    database: deps.database,
    serverSecret: deps.serverSecret,
    clock: deps.clock,
    log: c.get("log"),
  });
  const authors = requireStaff("admin", "organiser");
  const workspaceFlash = flashNotice<WorkspaceFlash>({ name: "mz_workspace_notice", serverSecret: deps.serverSecret, publicUrl: deps.config.publicUrl });

  /** Redirect to the petition's overview, which then shows the notice once. */
  const redirectWithNotice = (c: Context<AppEnv>, petitionId: string, notice: WorkspaceFlash) => {
    const path = workspacePaths(petitionId).overview;
    workspaceFlash.set(c, path, notice, deps.clock.now());
    return c.redirect(path, 303);
  };

  /** Run a handler with the petition named by :id, or respond 404 for an unknown one. */
  const withPetition =
    (handler: (c: Context<AppEnv>, petition: Petition) => Response | Promise<Response>) => async (c: Context<AppEnv>) => {
      const petition = await findPetition(deps.database, c.req.param("id") ?? "");
      if (petition === undefined) return renderErrorPage(c, 404, "notFound");
      return handler(c, petition);
    };

  /**
   * Run a handler with the petition named by :id for the staff members the
   * check allows. An unknown petition gets 404 first, so that every role
   * learns the same about it, and others get 403 and a German page.
   */
  const allowedBy =
    (check: (staff: SignedInStaff, petition: Petition) => boolean, denial: string) =>
    (handler: (c: Context<AppEnv>, petition: Petition) => Response | Promise<Response>) =>
      withPetition((c, petition) => {
        const staff = signedInStaff(c);
        if (!check(staff, petition)) {
          c.get("log").warn({ event: "staff.forbidden", staffId: staff.id, role: staff.role, petitionId: petition.id }, denial);
          return renderErrorPage(c, 403, "accessDenied");
        }
        return handler(c, petition);
      });
  const forViewers = allowedBy(canViewDashboard, "no access to the dashboard");
  const forTeam = allowedBy(canWorkOnPetition, "not on the petition's team");

  const renderForm = (
    c: Context<AppEnv>,
    options: { action: string; heading: string; cancelHref: string; values: DraftFormValues; problems: DraftProblem[]; version?: number | undefined },
  ) => {
    const t = c.get("t");
    return renderPage(
      c,
      { title: options.heading, status: options.problems.length > 0 ? 422 : 200, hasErrors: options.problems.length > 0 },
      <DraftFormPage t={t} credentialTypes={SUPPORTED_CREDENTIAL_TYPES} csrfToken={c.get("csrfToken")} {...options} />,
    );
  };

  const renderFrozen = (c: Context<AppEnv>, petition: Petition) => {
    const p = c.get("t").workspace.publish;
    return renderPage(
      c,
      { title: p.frozenTitle, status: 409 },
      <WorkspaceMessagePage title={p.frozenTitle} body={p.frozen} petitionId={petition.id} linkText={p.toDashboard} />,
    );
  };

  /**
   * Answer an edit or a publication that started from an older version with
   * 409 and a page that explains it, shows the texts the member typed where
   * they differ from the current version, and links to that version.
   */
  const renderConflict = async (c: Context<AppEnv>, petitionId: string, action: "edit" | "publish", typed: DraftFormValues | undefined) => {
    const t = c.get("t");
    const current = await findPetition(deps.database, petitionId);
    if (current === undefined) return renderErrorPage(c, 404, "notFound");
    const labels = fieldLabels(t.workspace);
    const changed = typed === undefined ? [] : changedTextFields(typed, draftFormValues(current));
    const paths = workspacePaths(petitionId);
    c.get("log").warn({ event: "petition.version_conflict", petitionId, staffId: signedInStaff(c).id, action }, "draft changed since the page was loaded");
    return renderPage(
      c,
      { title: t.workspace.conflict.title, status: 409 },
      <ConflictPage
        t={t}
        action={action}
        reloadHref={action === "edit" ? paths.edit : paths.publish}
        typed={typed === undefined ? [] : changed.map((field) => ({ label: labels[field], value: typed[field] }))}
      />,
    );
  };

  routes.get(WORKSPACE_PATH, requireStaff(), async (c) => {
    const t = c.get("t");
    const staff = signedInStaff(c);
    const petitions = await listWorkspacePetitions(deps.database, staff);
    return renderPage(c, { title: t.workspace.list.title }, <WorkspaceListPage t={t} petitions={petitions} canCreate={staff.role !== "election_office"} />);
  });

  routes.get(`${WORKSPACE_PATH}/neu`, authors, (c) => {
    const f = c.get("t").workspace.form;
    return renderForm(c, { action: WORKSPACE_PATH, heading: f.createTitle, cancelHref: WORKSPACE_PATH, values: emptyDraftForm(SUPPORTED_CREDENTIAL_TYPES), problems: [] });
  });

  routes.post(WORKSPACE_PATH, authors, async (c) => {
    const t = c.get("t");
    const values = readDraftForm(await c.req.parseBody({ all: true }));
    const parsed = parseDraftForm(values, t.workspace);
    if (!parsed.ok) {
      return renderForm(c, { action: WORKSPACE_PATH, heading: t.workspace.form.createTitle, cancelHref: WORKSPACE_PATH, values, problems: parsed.problems });
    }

    const petition = await createDraft(context(c), { actorId: signedInStaff(c).id, content: parsed.value });
    return redirectWithNotice(c, petition.id, "saved");
  });

  routes.get(`${WORKSPACE_PATH}/:id`, requireStaff(), forViewers(async (c, petition) => {
    const t = c.get("t");
    const now = deps.clock.now();
    const notice = workspaceFlash.take(c, workspacePaths(petition.id).overview, now);

    if (petition.status === "draft") {
      const deadline = submissionDeadline(petition);
      return renderPage(
        c,
        { title: t.workspace.draft.title(petition.title) },
        <DraftPage
          t={t}
          petition={petition}
          deadline={deadline}
          daysToDeadline={daysUntil(berlinDate(now), deadline.lastDay)}
          saved={notice === "saved"}
        />,
      );
    }

    const [dashboard, tally] = await Promise.all([loadPetitionDashboard(deps.database, petition, now), petitionTally(deps.database, petition.id)]);
    return renderPage(
      c,
      { title: t.workspace.dashboard.title(petition.title) },
      <DashboardPage
        t={t}
        dashboard={dashboard}
        tally={tally}
        published={notice === "published"}
        submitted={notice === "submitted"}
        canSubmit={canWorkOnPetition(signedInStaff(c), petition) && isSubmittable(petition, now)}
        canManagePaperLists={canWorkOnPetition(signedInStaff(c), petition) && petition.signatureKinds.includes("paper")}
        canOpenOfficePage={canOpenOfficePage(signedInStaff(c), petition)}
      />,
    );
  }));

  routes.get(`${WORKSPACE_PATH}/:id/bearbeiten`, authors, forTeam((c, petition) => {
    const t = c.get("t");
    if (petition.status !== "draft") return renderFrozen(c, petition);
    const paths = workspacePaths(petition.id);
    const values = draftFormValues(petition);
    return renderForm(c, { action: paths.edit, heading: t.workspace.form.editTitle, cancelHref: paths.overview, values, problems: [], version: petition.version });
  }));

  routes.post(`${WORKSPACE_PATH}/:id/bearbeiten`, authors, forTeam(async (c, petition) => {
    const t = c.get("t");
    const paths = workspacePaths(petition.id);
    if (petition.status !== "draft") return renderFrozen(c, petition);

    const body = await c.req.parseBody({ all: true });
    const values = readDraftForm(body);
    const version = readFormVersion(body);
    const parsed = parseDraftForm(values, t.workspace);
    if (!parsed.ok) {
      // The rejected form keeps the version it was loaded with, so saving it later still detects a change made meanwhile.
      return renderForm(c, { action: paths.edit, heading: t.workspace.form.editTitle, cancelHref: paths.overview, values, problems: parsed.problems, version });
    }

    const result = await updateDraft(context(c), { actorId: signedInStaff(c).id, petitionId: petition.id, expectedVersion: version, content: parsed.value });
    if (!result.ok && result.error === "NOT_A_DRAFT") return renderFrozen(c, petition);
    if (!result.ok && result.error === "VERSION_CONFLICT") return renderConflict(c, petition.id, "edit", values);
    if (!result.ok) return renderErrorPage(c, 404, "notFound");
    return redirectWithNotice(c, petition.id, "saved");
  }));

  routes.get(`${WORKSPACE_PATH}/:id/vorschau`, authors, forTeam(async (c, petition) => {
    const t = c.get("t");
    if (petition.status !== "draft") return c.redirect(`/petitionen/${petition.id}`, 303);
    return renderPage(
      c,
      { title: t.workspace.preview.title(petition.title) },
      <PreviewPage t={t} locale={c.get("locale")} view={previewPetition(petition, deps.clock.now())} />,
    );
  }));

  routes.get(`${WORKSPACE_PATH}/:id/anzeige.pdf`, authors, forTeam(async (c, petition) => {
    const t = c.get("t");
    const pdf = await notificationPdf({ content: petition, today: berlinDate(deps.clock.now()), t, locale: c.get("locale") });
    c.header("Content-Type", "application/pdf");
    c.header("Content-Disposition", `attachment; filename="${t.workspace.notificationPdf.filename}"`);
    c.header("Cache-Control", "no-store");
    return c.body(new Uint8Array(pdf));
  }));

  routes.get(`${WORKSPACE_PATH}/:id/veroeffentlichen`, authors, forTeam((c, petition) => {
    const t = c.get("t");
    if (petition.status !== "draft") return renderFrozen(c, petition);
    const deadline = submissionDeadline(petition);
    return renderPage(
      c,
      { title: t.workspace.publishConfirm.title(petition.title) },
      <PublishConfirmPage
        t={t}
        locale={c.get("locale")}
        petition={petition}
        deadline={deadline}
        daysToDeadline={daysUntil(berlinDate(deps.clock.now()), deadline.lastDay)}
        csrfToken={c.get("csrfToken")}
      />,
    );
  }));

  routes.post(`${WORKSPACE_PATH}/:id/veroeffentlichen`, authors, forTeam(async (c, petition) => {
    const t = c.get("t");
    const expectedVersion = readFormVersion(await c.req.parseBody({ all: true }));
    const result = await publishPetition(context(c), { actorId: signedInStaff(c).id, petitionId: petition.id, expectedVersion });
    if (result.ok) return redirectWithNotice(c, petition.id, "published");

    if (result.error === "NOT_A_DRAFT") return renderFrozen(c, petition);
    if (result.error === "VERSION_CONFLICT") return renderConflict(c, petition.id, "publish", undefined);
    if (result.error === "PERIOD_ENDED") {
      const p = t.workspace.publish;
      return renderPage(
        c,
        { title: p.periodEndedTitle, status: 409 },
        <WorkspaceMessagePage title={p.periodEndedTitle} body={p.periodEnded(petition.collectionEnd)} petitionId={petition.id} linkText={t.workspace.preview.back} />,
      );
    }
    return renderErrorPage(c, 404, "notFound");
  }));

  /** Respond to a rejected submission with 409 and a page that explains why and what to do, or 404 for an unknown petition. */
  const renderSubmitRejected = (c: Context<AppEnv>, petition: Petition, error: SubmitError) => {
    const e = c.get("t").submission.errors;
    if (error === "PETITION_NOT_FOUND") return renderErrorPage(c, 404, "notFound");
    const pages = {
      ALREADY_SUBMITTED: { title: e.alreadySubmittedTitle, body: e.alreadySubmitted },
      NOT_PUBLISHED: { title: e.notPublishedTitle, body: e.notPublished },
      NOT_STARTED: { title: e.notStartedTitle, body: e.notStarted(petition.collectionStart) },
      CLOSED: { title: e.closedTitle, body: e.closed },
    } as const;
    const page = pages[error];
    return renderPage(c, { title: page.title, status: 409 }, <WorkspaceMessagePage title={page.title} body={page.body} petitionId={petition.id} linkText={e.toOverview} />);
  };

  routes.get(`${WORKSPACE_PATH}/:id/einreichen`, authors, forTeam(async (c, petition) => {
    const t = c.get("t");
    const now = deps.clock.now();
    if (!isSubmittable(petition, now)) return renderSubmitRejected(c, petition, submitErrorOf(petition));
    const dashboard = await loadPetitionDashboard(deps.database, petition, now);
    return renderPage(c, { title: t.submission.confirm.title(petition.title) }, <SubmitConfirmPage t={t} dashboard={dashboard} csrfToken={c.get("csrfToken")} />);
  }));

  routes.post(`${WORKSPACE_PATH}/:id/einreichen`, authors, forTeam(async (c, petition) => {
    const result = await submitPetition(context(c), { actorId: signedInStaff(c).id, petitionId: petition.id });
    if (!result.ok) return renderSubmitRejected(c, petition, result.error);
    return redirectWithNotice(c, petition.id, "submitted");
  }));

  routes.get(`${WORKSPACE_PATH}/:id/stand`, requireStaff(), forViewers(async (c, petition) => {
    const dashboard = await loadPetitionDashboard(deps.database, petition, deps.clock.now());
    c.header("Cache-Control", "no-store");
    return c.html(<DashboardFigures t={c.get("t")} dashboard={dashboard} />);
  }));

  routes.get(`${WORKSPACE_PATH}/:id/tageszahlen.csv`, requireStaff(), forViewers(async (c, petition) => {
    const t = c.get("t");
    const dashboard = await loadPetitionDashboard(deps.database, petition, deps.clock.now());
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="${t.workspace.csv.filename(petition.id.slice(0, 8))}"`);
    c.header("Cache-Control", "no-store");
    return c.body(dailyCountsCsv(t.workspace.csv, dashboard.days));
  }));

  return routes;
}
