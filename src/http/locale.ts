import { getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { isLocale, messagesFor, negotiateLocale } from "../i18n/locale";
import type { AppEnv } from "./env";

const LOCALE_COOKIE = "lang";

/**
 * Choose the locale: a `lang` query parameter (the language switch, remembered
 * in a cookie), then that cookie, then Accept-Language, then German.
 */
export const localeMiddleware = createMiddleware<AppEnv>(async function locale(c, next) {
  const requested = c.req.query("lang");
  let locale = negotiateLocale(c.req.header("accept-language"));
  const remembered = getCookie(c, LOCALE_COOKIE);
  if (isLocale(remembered)) locale = remembered;
  if (isLocale(requested)) {
    locale = requested;
    setCookie(c, LOCALE_COOKIE, requested, { path: "/", sameSite: "Lax", maxAge: 60 * 60 * 24 * 365 });
  }
  c.set("locale", locale);
  c.set("t", messagesFor(locale));
  await next();
  c.header("Content-Language", locale);
  c.header("Vary", "Accept-Language, Cookie", { append: true });
});
