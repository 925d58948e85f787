import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./env";
import { isStaffAreaPath } from "./error-page";
import { payloadTooLarge, tooManyRequests } from "./request-rejections";
import { type RouteRule, RouteTable } from "./route-table";
import { readStaffSessionCookie } from "./staff-session";

/**
 * Check whether a rejection may wait for the staff session: a request to
 * the staff area that carries a staff session cookie. Other requests are
 * rejected at once, before the CSRF check and without a database query.
 */
export function isDeferrableStaffRequest(c: Context<AppEnv>, publicUrl: string): boolean {
  return isStaffAreaPath(c.req.path) && readStaffSessionCookie(c, publicUrl) !== undefined;
}

/**
 * Respond 429 or 413 to a staff-area request that the rate or body limits
 * let through (see isDeferrableStaffRequest), now that the staff session is
 * loaded, so the page keeps the staff navigation. Routes in `ownAnswers`
 * respond to a signed-in staff member over the rate limit themselves, such
 * as a form that shows the typed values again.
 */
export function answerDeferredRejections(ownAnswers: readonly RouteRule<true>[]) {
  const table = new RouteTable(ownAnswers);
  return createMiddleware<AppEnv>(async function answerDeferredRejections(c, next) {
    const tooLarge = c.get("payloadTooLargeFor");
    if (tooLarge !== undefined) return payloadTooLarge(c, tooLarge.maxBytes, tooLarge.page);

    const retryAfter = c.get("rateLimitedFor");
    if (retryAfter === undefined) return next();
    if (c.get("staff") !== undefined && table.match(c.req.method, c.req.path) !== undefined) return next();
    return tooManyRequests(c, retryAfter);
  });
}
