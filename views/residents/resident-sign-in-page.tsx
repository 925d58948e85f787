import type { Messages } from "../../src/i18n/messages";
import { PasskeyCeremony, PasskeyScripts } from "../staff/passkey-ceremony";

/** Render the resident's sign-in with a passkey. */
export function ResidentSignInPage({ t, signedOut }: { t: Messages; signedOut: boolean }) {
  const text = t.residents.account;
  return (
    <section class="resident-sign-in">
      <h1>{text.signInTitle}</h1>
      {signedOut ? (
        <p class="notice" role="status">
          {text.signedOutNotice}
        </p>
      ) : null}
      <p>{text.signInIntro}</p>
      <PasskeyCeremony t={t} action="authenticate" optionsUrl="/mein-konto/anmelden/optionen" verifyUrl="/mein-konto/anmelden/pruefen" buttonLabel={text.signInButton} />
      <p>
        <a href="/aktivieren">{text.noAccount}</a>
      </p>
      <PasskeyScripts />
    </section>
  );
}
