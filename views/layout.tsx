import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { Locale } from "../src/i18n/locale";
import type { Messages } from "../src/i18n/messages";
import type { SignedInStaff } from "../src/staff/signed-in-staff";
import { CsrfField } from "./components/csrf-field";

type LayoutProps = {
  t: Messages;
  locale: Locale;
  title: string;
  demo: boolean;
  /** Link to the current page in the other locale. */
  languageSwitchHref: string;
  /** The signed-in staff member; the header then links to the staff area and offers sign-out. */
  staff?: SignedInStaff | undefined;
  /** CSRF token of the staff session, sent by htmx in a header and available to scripts in a meta tag. */
  csrfToken?: string | undefined;
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

export function Layout({ t, locale, title, demo, languageSwitchHref, staff, csrfToken, children }: LayoutProps) {
  const other = t.common.languageSwitch.otherLang;
  return (
    <>
      {raw("<!doctype html>")}
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="htmx-config" content={HTMX_CONFIG} />
          {csrfToken === undefined ? null : <meta name="csrf-token" content={csrfToken} />}
          <title>{`${title} – ${t.common.siteName}`}</title>
          <link rel="stylesheet" href="/static/style.css" />
          <link rel="stylesheet" href="/static/petitions.css" />
          <link rel="stylesheet" href="/static/wallet.css" />
          <link rel="stylesheet" href="/static/workspace.css" />
          <script src="/static/vendor/htmx.min.js" defer></script>
        </head>
        <body hx-headers={csrfToken === undefined ? undefined : JSON.stringify({ "X-CSRF-Token": csrfToken })}>
          <a class="skip-link" href="#main">
            {t.common.skipToContent}
          </a>
          <header class="site-header">
            <a class="site-name" href="/">
              {t.common.siteName}
            </a>
            {demo ? <span class="demo-badge">Demo</span> : null}
            {staff === undefined || csrfToken === undefined ? null : (
              <nav aria-label={t.common.staffNavigation.label} class="staff-navigation">
                <a href="/verwaltung">{t.common.staffNavigation.home}</a>
                <span class="staff-name">{staff.name}</span>
                <form method="post" action="/abmelden" class="inline-form">
                  <CsrfField token={csrfToken} />
                  <button type="submit" class="link-button">
                    {t.common.staffNavigation.signOut}
                  </button>
                </form>
              </nav>
            )}
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
            <p>
              <a href="/datenschutz">{t.privacyNotice.footerLink}</a>
            </p>
            {demo ? <p class="demo-notice">{t.common.footer.demoNotice}</p> : null}
          </footer>
        </body>
      </html>
    </>
  );
}
