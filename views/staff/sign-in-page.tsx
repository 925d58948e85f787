import type { Messages } from "../../src/i18n/messages";
import { PasskeyCeremony, PasskeyScripts } from "./passkey-ceremony";
import { PasskeyExplanation } from "./passkey-explanation";

/** Reason for a notice on the sign-in page: the member signed out, or the session ended with its passkey. */
export type SignInNotice = "signedOut" | "passkeyRemoved";

type SignInPageProps = { t: Messages; returnTo: string | undefined; notice: SignInNotice | undefined };

export function SignInPage({ t, returnTo, notice }: SignInPageProps) {
  const text = t.staff.signIn;
  const query = returnTo === undefined ? "" : `?weiter=${encodeURIComponent(returnTo)}`;
  return (
    <section class="staff-sign-in">
      <h1>{text.heading}</h1>
      {notice === undefined ? null : (
        <p class="notice" role="status">
          {text.notices[notice]}
        </p>
      )}
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
