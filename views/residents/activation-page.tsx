import type { Messages } from "../../src/i18n/messages";
import { ErrorSummary } from "../components/error-summary";
import { Field } from "../components/field";

type ActivationPageProps = {
  t: Messages;
  /** Whether to offer proving eligibility with the wallet, false when the trust list trusts no credential type that can bind. */
  walletBinding: boolean;
  typedCode?: string | undefined;
  error?: string | undefined;
};

/**
 * Render the two ways to prove eligibility before setting up a passkey: the
 * activation code, and a wallet presentation. The letter's QR code puts the
 * code in the URL fragment, which browsers never send;
 * static/activation-code.js copies it into the field. Without JavaScript
 * the resident types it.
 */
export function ActivationPage({ t, walletBinding, typedCode, error }: ActivationPageProps) {
  const text = t.residents.activation;
  return (
    <section class="resident-activation">
      {error === undefined ? null : <ErrorSummary title={text.errorSummaryTitle} errors={[{ fieldId: "activation-code", message: error }]} />}
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <div class="activation-options">
        <div class="panel">
          <h2>{text.codeHeading}</h2>
          <form method="post" action="/aktivieren" novalidate>
            <Field
              id="activation-code"
              name="code"
              label={text.codeLabel}
              hint={text.codeHint}
              value={typedCode}
              error={error}
              errorPrefix={t.common.errorTitlePrefix}
              autocomplete="one-time-code"
              spellcheck={false}
              inputClass="input-code"
            />
            <button type="submit" class="button">
              {text.submit}
            </button>
          </form>
        </div>
        {walletBinding ? (
          <div class="panel">
            <h2>{text.walletHeading}</h2>
            <p>{text.walletHint}</p>
            <form method="post" action="/aktivieren/wallet">
              <button type="submit" class="button">
                {text.walletButton}
              </button>
            </form>
          </div>
        ) : null}
      </div>
      <p>
        <a href="/mein-konto/anmelden">{t.residents.account.signInTitle}</a>
      </p>
      <script src="/static/activation-code.js" defer></script>
    </section>
  );
}
