import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import type { ErrorKind } from "./error-page";
import { payloadTooLarge } from "./request-rejections";
import { type RouteRule, RouteTable } from "./route-table";
import { isDeferrableStaffRequest } from "./staff-page-rejections";

/** A route's body limit, and the error page that explains it where the generic page is too vague. */
export type BodyLimit = { maxBytes: number; page?: Extract<ErrorKind, "draftTooLarge"> };

/**
 * Limit the request body of every route: `defaultMaxBytes`, or the limit
 * of the route's rule. The body is counted as it arrives, so a request
 * without Content-Length cannot pass either. Beyond the limit the response is
 * 413 with the allowed size, as a page or as JSON (see payloadTooLarge).
 * A staff-area request that declares a larger Content-Length gets its 413
 * from answerDeferredRejections, with the staff navigation, and its body is
 * never read.
 */
export function bodyLimits(defaultMaxBytes: number, rules: readonly RouteRule<BodyLimit>[], publicUrl: string) {
  const table = new RouteTable(rules);
  const limiterOf = (limit: BodyLimit) =>
    bodyLimit({ maxSize: limit.maxBytes, onError: (c) => payloadTooLarge(c as never, limit.maxBytes, limit.page) }) as MiddlewareHandler<AppEnv>;
  const defaultLimiter = limiterOf({ maxBytes: defaultMaxBytes });
  const ruleLimiters = new Map(rules.map((rule) => [rule, limiterOf(rule.value)]));

  return createMiddleware<AppEnv>(async function bodyLimits(c, next) {
    c.set("payloadTooLargeFor", undefined);
    const match = table.match(c.req.method, c.req.path);
    const limit = match?.rule.value ?? { maxBytes: defaultMaxBytes };
    const declaredBytes = Number(c.req.header("content-length") ?? "0");
    if (declaredBytes > limit.maxBytes && isDeferrableStaffRequest(c, publicUrl)) {
      c.set("payloadTooLargeFor", limit);
      return next();
    }
    const limiter = match === undefined ? defaultLimiter : (ruleLimiters.get(match.rule) ?? defaultLimiter);
    return limiter(c, next);
  });
}
