import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ErrorPage } from "../../views/error-page";
import type { AppEnv } from "./env";
import { renderPage } from "./render";

/** Prefix of the staff area's pages; their error pages lead back to its start page. */
export const STAFF_AREA_PATH = "/verwaltung";

/** Check whether a path is in the staff area. */
export function isStaffAreaPath(path: string): boolean {
  return path === STAFF_AREA_PATH || path.startsWith(`${STAFF_AREA_PATH}/`);
}

export type ErrorKind =
  | "badRequest"
  | "notFound"
  | "internal"
  | "overloaded"
  | "payloadTooLarge"
  | "draftTooLarge"
  | "tooManyRequests"
  | "forbidden"
  | "accessDenied"
  | "notOpenForReview"
  | "paperNotCounted";

/**
 * Render the German (or English) error page for a status, with the request id
 * for support and an optional detail sentence. A signed-in staff member on a
 * staff page is led back to the staff area, everyone else to the list of
 * petitions.
 */
export function renderErrorPage(c: Context<AppEnv>, status: ContentfulStatusCode, kind: ErrorKind, detail?: string) {
  const t = c.get("t");
  const onStaffPage = isStaffAreaPath(c.req.path);
  const back =
    onStaffPage && c.get("staff") !== undefined
      ? { href: STAFF_AREA_PATH, text: t.common.errors.backToStaffArea }
      : { href: "/", text: t.common.errors.backToOverview };
  return renderPage(c, { title: t.common.errors[kind].title, status }, <ErrorPage t={t} kind={kind} reqId={c.get("reqId")} back={back} detail={detail} />);
}
