import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ErrorPage } from "../../views/error-page";
import type { AppEnv } from "./env";
import { renderPage } from "./render";

export type ErrorKind = "badRequest" | "notFound" | "internal" | "overloaded" | "payloadTooLarge" | "forbidden" | "accessDenied";

/** Render the German (or English) error page for a status, with the request id for support. */
export function renderErrorPage(c: Context<AppEnv>, status: ContentfulStatusCode, kind: ErrorKind) {
  const t = c.get("t");
  return renderPage(c, { title: t.common.errors[kind].title, status }, <ErrorPage t={t} kind={kind} reqId={c.get("reqId")} />);
}
