import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { Locale } from "../src/i18n/locale";
import type { Messages } from "../src/i18n/messages";

type LayoutProps = {
  t: Messages;
  locale: Locale;
  title: string;
  demo: boolean;
  /** Link to the current page in the other locale. */
  languageSwitchHref: string;
  children?: Child;
};

/**
 * htmx settings, read from a meta tag because the CSP forbids inline script.
 * Indicator styles would be injected inline, so they are off; 422 responses
 * carry re-rendered forms and are swapped like 200.
 */
const HTMX_CONFIG = JSON.stringify({
  includeIndicatorStyles: false,
  allowEval: false,
  allowScriptTags: false,
  responseHandling: [
    { code: "204", swap: false },
    { code: "[23]..", swap: true },
    { code: "422", swap: true },
    { code: "[45]..", swap: false, error: true },
  ],
});

export function Layout({ t, locale, title, demo, languageSwitchHref, children }: LayoutProps) {
  const other = t.common.languageSwitch.otherLang;
  return (
    <>
      {raw("<!doctype html>")}
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="htmx-config" content={HTMX_CONFIG} />
          <title>{`${title} – ${t.common.siteName}`}</title>
          <link rel="stylesheet" href="/static/style.css" />
          <link rel="stylesheet" href="/static/petitions.css" />
          <link rel="stylesheet" href="/static/wallet.css" />
          <script src="/static/vendor/htmx.min.js" defer></script>
        </head>
        <body>
          <a class="skip-link" href="#main">
            {t.common.skipToContent}
          </a>
          <header class="site-header">
            <a class="site-name" href="/">
              {t.common.siteName}
            </a>
            {demo ? <span class="demo-badge">Demo</span> : null}
            <nav aria-label={t.common.languageSwitch.label} class="language-switch">
              <a href={languageSwitchHref} hreflang={other} lang={other}>
                {t.common.languageSwitch.other}
              </a>
            </nav>
          </header>
          <main id="main" tabindex={-1}>
            {children}
          </main>
          <footer class="site-footer">
            <p>{t.common.footer.about}</p>
            {demo ? <p class="demo-notice">{t.common.footer.demoNotice}</p> : null}
          </footer>
        </body>
      </html>
    </>
  );
}
