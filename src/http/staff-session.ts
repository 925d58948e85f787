import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { AppDeps } from "../deps";
import { loadStaffSession } from "../staff/staff-sessions";
import type { AppEnv } from "./env";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Header with which a page marks a request that it sends by itself, such as
 * the dashboard's polling. Such a request does not count as the person's
 * activity for the idle timeout. A client can only shorten its own session
 * with it, so the header needs no protection.
 */
export const BACKGROUND_REFRESH_HEADER = "X-Background-Refresh";

/**
 * Whether cookies must be Secure. Browsers drop Secure cookies on plain http
 * except on loopback, so plain http on this machine is the one exception.
 */
export function cookiesMustBeSecure(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  return !(url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname));
}

/**
 * Name of the session cookie. With Secure the __Host- prefix makes the
 * browser refuse the cookie unless it is Secure, has Path=/ and no Domain,
 * so a sibling subdomain cannot plant one.
 */
export function staffSessionCookieName(publicUrl: string): string {
  return cookiesMustBeSecure(publicUrl) ? "__Host-mz_staff" : "mz_staff";
}

export function setStaffSessionCookie(c: Context, publicUrl: string, token: string, expiresAt: Date) {
  setCookie(c, staffSessionCookieName(publicUrl), token, {
    path: "/",
    httpOnly: true,
    sameSite: "Lax",
    secure: cookiesMustBeSecure(publicUrl),
    expires: expiresAt,
  });
}

export function clearStaffSessionCookie(c: Context, publicUrl: string) {
  deleteCookie(c, staffSessionCookieName(publicUrl), { path: "/", secure: cookiesMustBeSecure(publicUrl) });
}

export function readStaffSessionCookie(c: Context, publicUrl: string): string | undefined {
  return getCookie(c, staffSessionCookieName(publicUrl));
}

/**
 * Load the staff session named by the cookie and set c.get("staff") and
 * c.get("csrfToken"). A cookie whose session is over is cleared; requests
 * without the cookie cost no database query.
 */
export function staffSession(deps: AppDeps) {
  const timeouts = deps.config.staffSessions;
  return createMiddleware<AppEnv>(async function staffSessionMiddleware(c, next) {
    c.set("staff", undefined);
    c.set("csrfToken", undefined);
    const token = readStaffSessionCookie(c, deps.config.publicUrl);
    if (token !== undefined) {
      const activity = c.req.header(BACKGROUND_REFRESH_HEADER) === "1" ? "background" : "person";
      const session = await loadStaffSession(deps.database.db, token, deps.clock.now(), timeouts, activity);
      if (session === undefined) {
        clearStaffSessionCookie(c, deps.config.publicUrl);
      } else {
        c.set("staff", session.staff);
        c.set("csrfToken", session.csrfToken);
      }
    }
    await next();
  });
}
