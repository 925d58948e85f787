import type { Messages } from "../../src/i18n/messages";
import type { ActivationSource } from "../../src/residents/activation-source";
import { PasskeyCeremony, PasskeyScripts } from "../staff/passkey-ceremony";
import { PasskeyExplanation } from "../staff/passkey-explanation";
import { PasskeyNameField } from "../staff/passkey-name-field";

type ActivationRegisterPageProps = {
  t: Messages;
  source: ActivationSource["kind"];
  /** The resident key has an account already: offer signing in with its passkey next to adding a new one. */
  hasAccount: boolean;
  /** Minutes a wallet proof stays valid, named in its intro. */
  walletMinutes: number;
};

/**
 * Render the second step of the activation, for a checked code or a wallet
 * proof: registering the passkey. A resident who has an account already may
 * sign in with their passkey instead, which refreshes the facts as well.
 */
export function ActivationRegisterPage({ t, source, hasAccount, walletMinutes }: ActivationRegisterPageProps) {
  const text = t.residents.activation;
  const register = (
    <PasskeyCeremony t={t} action="register" optionsUrl="/aktivieren/optionen" verifyUrl="/aktivieren/passkey" buttonLabel={text.registerButton}>
      <PasskeyNameField t={t} id="passkey-name" />
    </PasskeyCeremony>
  );
  return (
    <section class="resident-activation">
      <h1>{text.registerTitle}</h1>
      <p role="status">{source === "wallet" ? text.walletRegisterIntro(walletMinutes) : text.registerIntro}</p>
      {hasAccount ? (
        <>
          <p class="notice">{text.existingAccount}</p>
          <h2>{text.signInHeading}</h2>
          <PasskeyCeremony
            t={t}
            action="authenticate"
            optionsUrl="/aktivieren/anmelden/optionen"
            verifyUrl="/aktivieren/anmelden/pruefen"
            buttonLabel={text.signInButton}
          />
          <h2>{text.newPasskeyHeading}</h2>
          {register}
        </>
      ) : (
        register
      )}
      <PasskeyExplanation t={t} />
      <p>
        <a href="/aktivieren">{source === "wallet" ? text.walletStartOver : text.startOver}</a>
      </p>
      <PasskeyScripts />
    </section>
  );
}
