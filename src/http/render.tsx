import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { Layout } from "../../views/layout";
import type { AppEnv } from "./env";

export type PageOptions = {
  title: string;
  status?: ContentfulStatusCode;
  /** Prefix the title with "Fehler: " so screen reader users hear at once that the form failed. */
  hasErrors?: boolean;
  /** CSRF token for the page's meta tag and htmx headers instead of the staff session's, as on the resident's pages. */
  csrfToken?: string;
};

/** Render a full page inside the layout, in the request's locale. */
export function renderPage(c: Context<AppEnv>, options: PageOptions, body: Child) {
  const t = c.get("t");
  const title = options.hasErrors ? `${t.common.errorTitlePrefix}${options.title}` : options.title;
  const page = (
    <Layout
      t={t}
      locale={c.get("locale")}
      title={title}
      demo={c.get("demo")}
      languageSwitchHref={languageSwitchHref(c)}
      staff={options.csrfToken === undefined ? c.get("staff") : undefined}
      csrfToken={options.csrfToken ?? c.get("csrfToken")}
    >
      {body}
    </Layout>
  );
  return c.html(page, options.status ?? 200);
}

/**
 * Link to the same page in the other locale, keeping the query so pages that
 * need a parameter (an outcome page's response code) still work after the switch.
 */
function languageSwitchHref(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  url.searchParams.set("lang", c.get("t").common.languageSwitch.otherLang);
  return `${url.pathname}${url.search}`;
}
