import type { Context } from "hono";
import type { AppEnv } from "./env";
import { type ErrorKind, renderErrorPage } from "./error-page";

/**
 * Path prefix of the endpoints that wallets call directly. Wallets send no
 * cookies and no Origin of ours, and expect OAuth-style JSON errors.
 */
export const WALLET_ENDPOINTS = "/openid4vp/";

type ResponseKind = "wallet" | "json" | "html";

/** Choose the format of a rejection: protocol JSON for wallets, JSON for our scripts' fetches, else a page. */
function responseKindOf(c: Context<AppEnv>): ResponseKind {
  if (c.req.path.startsWith(WALLET_ENDPOINTS)) return "wallet";
  const accept = c.req.header("accept") ?? "";
  const contentType = c.req.header("content-type") ?? "";
  if (accept.includes("application/json") || contentType.startsWith("application/json")) return "json";
  return "html";
}

/** Respond 429 with Retry-After, as a German (or English) page or JSON message. */
export function tooManyRequests(c: Context<AppEnv>, retryAfterSeconds: number) {
  const errors = c.get("t").common.errors;
  const detail = errors.retryAfter(Math.ceil(retryAfterSeconds / 60));
  c.header("Retry-After", String(retryAfterSeconds));
  c.header("Cache-Control", "no-store");
  const message = `${errors.tooManyRequests.body} ${detail}`;
  switch (responseKindOf(c)) {
    case "wallet":
      return c.json({ error: "temporarily_unavailable", error_description: message }, 429);
    case "json":
      return c.json({ code: "TOO_MANY_REQUESTS", message }, 429);
    case "html":
      return renderErrorPage(c, 429, "tooManyRequests", detail);
  }
}

/** Respond 413 naming the allowed size, as a German (or English) page or JSON message; `page` replaces the generic page. */
export function payloadTooLarge(c: Context<AppEnv>, maxBytes: number, page?: ErrorKind) {
  const errors = c.get("t").common.errors;
  const detail = errors.allowedSize(formatBytes(maxBytes, c.get("locale")));
  const message = `${errors.payloadTooLarge.body} ${detail}`;
  switch (responseKindOf(c)) {
    case "wallet":
      return c.json({ error: "invalid_request", error_description: message }, 413);
    case "json":
      return c.json({ code: "BODY_TOO_LARGE", message }, 413);
    case "html":
      return page === undefined ? renderErrorPage(c, 413, "payloadTooLarge", detail) : renderErrorPage(c, 413, page);
  }
}

/** Respond 400 to a body that claims to be a form but cannot be parsed as one. */
export function malformedBody(c: Context<AppEnv>) {
  const errors = c.get("t").common.errors;
  switch (responseKindOf(c)) {
    case "wallet":
      return c.json({ error: "invalid_request", error_description: errors.badRequest.body }, 400);
    case "json":
      return c.json({ code: "BODY_INVALID", message: errors.badRequest.body }, 400);
    case "html":
      return renderErrorPage(c, 400, "badRequest");
  }
}

/** Format a size in KB or MB (powers of 1024), as the upload page writes them. */
export function formatBytes(bytes: number, locale: string): string {
  const megabytes = bytes / (1024 * 1024);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return megabytes >= 1 ? `${number.format(megabytes)} MB` : `${number.format(bytes / 1024)} KB`;
}
