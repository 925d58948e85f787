import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { secretsEqual } from "../openid4vp/secret-token";
import type { StaffRole } from "../staff/signed-in-staff";
import type { AppEnv } from "./env";
import { renderErrorPage } from "./error-page";

/** Path of the sign-in page; guards send visitors without a session there. */
export const SIGN_IN_PATH = "/anmelden";
/** Query parameter of the sign-in page naming the local path to return to. */
export const RETURN_TO_PARAM = "weiter";
/** Header in which htmx and our scripts send the session's CSRF token. */
export const CSRF_HEADER = "X-CSRF-Token";
/** Form field in which plain HTML forms send the session's CSRF token. */
export const CSRF_FIELD = "_csrf";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Allow the request only for a signed-in staff member with one of the given
 * roles (any role when none is given). Without a session a page request is
 * redirected (303) to the sign-in page with the path to return to, and an
 * htmx request gets 401 with HX-Redirect; a member with another role gets 403
 * and a German page. A state-changing request must also carry the session's
 * CSRF token, in the X-CSRF-Token header or the _csrf form field (403 if not).
 */
export function requireStaff(...roles: StaffRole[]) {
  return createMiddleware<AppEnv>(async function staffGuard(c, next) {
    const staff = c.get("staff");
    if (staff === undefined) return redirectToSignIn(c);
    if (roles.length > 0 && !roles.includes(staff.role)) {
      c.get("log").warn({ event: "staff.forbidden", staffId: staff.id, role: staff.role, path: c.req.path }, "role not allowed");
      return renderErrorPage(c, 403, "accessDenied");
    }
    if (!SAFE_METHODS.has(c.req.method) && !(await carriesCsrfToken(c))) {
      c.get("log").warn({ event: "staff.csrf_rejected", staffId: staff.id, path: c.req.path }, "CSRF token missing or wrong");
      return renderErrorPage(c, 403, "forbidden");
    }
    await next();
  });
}

/** Build the sign-in path that returns to a local path afterwards. */
export function signInPathReturningTo(returnTo: string | undefined): string {
  if (returnTo === undefined || !isLocalPath(returnTo)) return SIGN_IN_PATH;
  return `${SIGN_IN_PATH}?${RETURN_TO_PARAM}=${encodeURIComponent(returnTo)}`;
}

/**
 * Whether a return path stays on this site. A path starting with // or /\
 * would be read by browsers as another host (an open redirect).
 */
export function isLocalPath(value: string): boolean {
  return value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") && !/[\u0000-\u001f]/.test(value);
}

function redirectToSignIn(c: Context<AppEnv>) {
  if (c.req.header("HX-Request") === "true") {
    const current = c.req.header("HX-Current-URL");
    const returnTo = current === undefined ? undefined : localPathOf(current);
    c.header("HX-Redirect", signInPathReturningTo(returnTo));
    return c.body(null, 401);
  }
  const url = new URL(c.req.url);
  const returnTo = SAFE_METHODS.has(c.req.method) ? `${url.pathname}${url.search}` : undefined;
  return c.redirect(signInPathReturningTo(returnTo), 303);
}

function localPathOf(absoluteUrl: string): string | undefined {
  try {
    const url = new URL(absoluteUrl);
    return `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
}

async function carriesCsrfToken(c: Context<AppEnv>): Promise<boolean> {
  const expected = c.get("csrfToken");
  if (expected === undefined) return false;
  const header = c.req.header(CSRF_HEADER);
  if (header !== undefined) return secretsEqual(header, expected);

  const contentType = c.req.header("content-type") ?? "";
  if (!contentType.startsWith("application/x-www-form-urlencoded") && !contentType.startsWith("multipart/form-data")) return false;
  const body = await c.req.parseBody();
  const field = body[CSRF_FIELD];
  return typeof field === "string" && secretsEqual(field, expected);
}
