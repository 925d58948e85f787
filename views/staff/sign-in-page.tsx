import type { Messages } from "../../src/i18n/messages";
import { PasskeyCeremony, PasskeyScripts } from "./passkey-ceremony";
import { PasskeyExplanation } from "./passkey-explanation";

type SignInPageProps = { t: Messages; returnTo: string | undefined; signedOut: boolean };

export function SignInPage({ t, returnTo, signedOut }: SignInPageProps) {
  const text = t.staff.signIn;
  const query = returnTo === undefined ? "" : `?weiter=${encodeURIComponent(returnTo)}`;
  return (
    <section class="staff-sign-in">
      <h1>{text.heading}</h1>
      {signedOut ? <p class="notice" role="status">{text.signedOut}</p> : null}
      <p>{text.intro}</p>
      <PasskeyCeremony
        t={t}
        action="authenticate"
        optionsUrl="/anmelden/optionen"
        verifyUrl={`/anmelden/pruefen${query}`}
        buttonLabel={text.button}
      />
      <PasskeyExplanation t={t} />
      <PasskeyScripts />
    </section>
  );
}
