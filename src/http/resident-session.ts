import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { AppDeps } from "../deps";
import { secretsEqual } from "../openid4vp/secret-token";
import { loadResidentSession } from "../residents/resident-sessions";
import type { AppEnv } from "./env";
import { renderErrorPage } from "./error-page";
import { cookiesMustBeSecure } from "./staff-session";
import { CSRF_FIELD, CSRF_HEADER } from "./staff-guards";

/** Path of the resident's area; its sign-in page is below it. */
export const RESIDENT_AREA_PATH = "/mein-konto";
export const RESIDENT_SIGN_IN_PATH = "/mein-konto/anmelden";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Name of the resident session cookie; with Secure the __Host- prefix keeps sibling subdomains from planting one. */
export function residentSessionCookieName(publicUrl: string): string {
  return cookiesMustBeSecure(publicUrl) ? "__Host-mz_resident" : "mz_resident";
}

export function setResidentSessionCookie(c: Context, publicUrl: string, token: string, expiresAt: Date) {
  setCookie(c, residentSessionCookieName(publicUrl), token, {
    path: "/",
    httpOnly: true,
    sameSite: "Lax",
    secure: cookiesMustBeSecure(publicUrl),
    expires: expiresAt,
  });
}

export function clearResidentSessionCookie(c: Context, publicUrl: string) {
  deleteCookie(c, residentSessionCookieName(publicUrl), { path: "/", secure: cookiesMustBeSecure(publicUrl) });
}

export function readResidentSessionCookie(c: Context, publicUrl: string): string | undefined {
  return getCookie(c, residentSessionCookieName(publicUrl));
}

/**
 * Load the resident session named by its cookie into c.get("resident").
 * Requests without the cookie cost no query; a cookie whose session is over
 * is cleared.
 */
export function residentSession(deps: AppDeps) {
  return createMiddleware<AppEnv>(async function residentSessionMiddleware(c, next) {
    c.set("resident", undefined);
    const token = readResidentSessionCookie(c, deps.config.publicUrl);
    if (token !== undefined) {
      const session = await loadResidentSession(deps.database.db, token, deps.clock.now());
      if (session === undefined) clearResidentSessionCookie(c, deps.config.publicUrl);
      else c.set("resident", session);
    }
    await next();
  });
}

/**
 * Allow the request only with a resident session: pages without one are
 * redirected (303) to the resident sign-in, JSON requests get 401. A
 * state-changing request must carry the session's CSRF token in the
 * X-CSRF-Token header or the _csrf form field, or it gets 403.
 */
export function requireResident() {
  return createMiddleware<AppEnv>(async function residentGuard(c, next) {
    const resident = c.get("resident");
    if (resident === undefined) {
      if (!SAFE_METHODS.has(c.req.method) && (c.req.header("content-type") ?? "").startsWith("application/json")) {
        return c.json({ code: "SIGNED_OUT", message: c.get("t").residents.account.signedOut }, 401);
      }
      return c.redirect(RESIDENT_SIGN_IN_PATH, 303);
    }
    if (!SAFE_METHODS.has(c.req.method) && !(await carriesResidentCsrfToken(c, resident.csrfToken))) {
      c.get("log").warn({ event: "resident.csrf_rejected", path: c.req.path }, "CSRF token missing or wrong");
      return renderErrorPage(c, 403, "forbidden");
    }
    await next();
  });
}

async function carriesResidentCsrfToken(c: Context<AppEnv>, expected: string): Promise<boolean> {
  const header = c.req.header(CSRF_HEADER);
  if (header !== undefined) return secretsEqual(header, expected);
  const contentType = c.req.header("content-type") ?? "";
  if (!contentType.startsWith("application/x-www-form-urlencoded") && !contentType.startsWith("multipart/form-data")) return false;
  const body = await c.req.parseBody();
  const field = body[CSRF_FIELD];
  return typeof field === "string" && secretsEqual(field, expected);
}
