import { createMiddleware } from "hono/factory";
import type { Clock } from "../clock";
import type { RateLimit, RateLimits } from "../config";
import type { AppEnv } from "./env";
import { isDeferrableStaffRequest } from "./staff-page-rejections";
import { FixedWindowLimiter } from "./fixed-window-limiter";
import { tooManyRequests } from "./request-rejections";
import { RATE_LIMIT_RULES, type RateLimitKind } from "./rate-limit-rules";
import { RouteTable } from "./route-table";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Rejections are summed into one warning per interval, so a flood does not flood the log too. */
const REPORT_INTERVAL_MS = 10_000;

function limiterFor(limit: RateLimit | undefined, maxKeys: number): FixedWindowLimiter | undefined {
  return limit === undefined ? undefined : new FixedWindowLimiter(limit.requests, limit.windowSeconds * 1000, maxKeys);
}

/**
 * Limit requests per client (c.var.clientAddress) by kind of endpoint, as
 * RATE_LIMIT_RULES sorts them, and respond 429 with Retry-After beyond the
 * limit. A tally token that finds nothing (404) is recorded as a code
 * guess after the response. Wallet endpoints are limited per transaction too: in the
 * cross-device flow the wallet posts from the phone's network, so the
 * browser's address says nothing about it.
 * A staff-area request over its limit that carries a staff session cookie
 * goes on to answerDeferredRejections or to its route, which respond 429
 * once the staff session is loaded. Without the cookie it gets 429 here,
 * before the CSRF check and without a database query.
 * NOTE: counts live in this process's memory, so with several instances
 * behind a load balancer each allows the full limit.
 */
export function rateLimits(limits: RateLimits, clock: Clock, publicUrl: string) {
  const table = new RouteTable(RATE_LIMIT_RULES);
  const perClient: Record<RateLimitKind, FixedWindowLimiter | undefined> = {
    start: limiterFor(limits.start, limits.maxTrackedKeys),
    code: limiterFor(limits.code, limits.maxTrackedKeys),
    tally: limiterFor(limits.tally, limits.maxTrackedKeys),
    wallet: limiterFor(limits.walletClient, limits.maxTrackedKeys),
    other: limiterFor(limits.other, limits.maxTrackedKeys),
  };
  const perTransaction = limiterFor(limits.walletTransaction, limits.maxTrackedKeys);
  let rejectedSinceReport = 0;
  let lastReportAt = 0;

  return createMiddleware<AppEnv>(async function rateLimits(c, next) {
    c.set("rateLimitedFor", undefined);
    const match = table.match(c.req.method, c.req.path);
    const kind = match?.rule.value ?? (SAFE_METHODS.has(c.req.method) ? undefined : "other");
    if (kind === undefined) return next();

    const now = clock.now();
    const client = c.get("clientAddress");
    let retryAfter = kind === "tally" ? (perClient.code?.retryAfterSeconds(client, now) ?? 0) : 0;
    if (retryAfter === 0) retryAfter = perClient[kind]?.take(client, now) ?? 0;
    const transactionId = kind === "wallet" ? match?.params.id : undefined;
    if (retryAfter === 0 && transactionId !== undefined) retryAfter = perTransaction?.take(transactionId, now) ?? 0;
    if (retryAfter === 0) {
      await next();
      if (kind === "tally" && c.res.status === 404) perClient.code?.record(client, now);
      return;
    }

    rejectedSinceReport += 1;
    if (now.getTime() - lastReportAt >= REPORT_INTERVAL_MS) {
      c.get("log").warn({ event: "http.rate_limited", kind, path: match?.rule.path ?? c.req.path, rejected: rejectedSinceReport }, "requests over the rate limit");
      rejectedSinceReport = 0;
      lastReportAt = now.getTime();
    }
    if (isDeferrableStaffRequest(c, publicUrl)) {
      c.set("rateLimitedFor", retryAfter);
      return next();
    }
    return tooManyRequests(c, retryAfter);
  });
}
