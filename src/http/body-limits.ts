import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import type { ErrorKind } from "./error-page";
import { payloadTooLarge } from "./request-rejections";
import { type RouteRule, RouteTable } from "./route-table";

/** A route's body limit, and the error page that explains it where the generic page is too vague. */
export type BodyLimit = { maxBytes: number; page?: Extract<ErrorKind, "draftTooLarge"> };

/**
 * Limit the request body of every route: `defaultMaxBytes`, or the limit
 * of the route's rule. The body is counted as it arrives, so a request
 * without Content-Length cannot pass either. Beyond the limit the response is
 * 413 with the allowed size, as a page or as JSON (see payloadTooLarge).
 */
export function bodyLimits(defaultMaxBytes: number, rules: readonly RouteRule<BodyLimit>[]) {
  const table = new RouteTable(rules);
  const limiterOf = (limit: BodyLimit) =>
    bodyLimit({ maxSize: limit.maxBytes, onError: (c) => payloadTooLarge(c as never, limit.maxBytes, limit.page) }) as MiddlewareHandler<AppEnv>;
  const defaultLimiter = limiterOf({ maxBytes: defaultMaxBytes });
  const ruleLimiters = new Map(rules.map((rule) => [rule, limiterOf(rule.value)]));

  return createMiddleware<AppEnv>(async function bodyLimits(c, next) {
    const match = table.match(c.req.method, c.req.path);
    const limiter = match === undefined ? defaultLimiter : (ruleLimiters.get(match.rule) ?? defaultLimiter);
    return limiter(c, next);
  });
}
