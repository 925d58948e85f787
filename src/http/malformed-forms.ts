import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./env";
import { malformedBody } from "./request-rejections";

const MULTIPART = "multipart/form-data";

/**
 * Parse a multipart body before any route reads it, and respond 400 when it
 * cannot be parsed (a missing or wrong boundary, a cut part). Otherwise the
 * first parseBody in a guard or handler would throw and end in a 500. Hono
 * caches the parsed form, so routes do not parse it twice. URL-encoded
 * bodies always parse, so they are left to the routes.
 */
export const rejectMalformedForms = createMiddleware<AppEnv>(async function rejectMalformedForms(c, next) {
  const mediaType = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (c.req.method !== "POST" || mediaType !== MULTIPART || c.get("payloadTooLargeFor") !== undefined) return next();
  try {
    await c.req.parseBody();
  } catch {
    c.get("log").warn({ event: "http.form_malformed", path: c.req.path }, "multipart body could not be parsed");
    return malformedBody(c);
  }
  return next();
});
