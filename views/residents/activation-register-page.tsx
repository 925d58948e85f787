import type { Messages } from "../../src/i18n/messages";
import { PasskeyCeremony, PasskeyScripts } from "../staff/passkey-ceremony";
import { PasskeyExplanation } from "../staff/passkey-explanation";
import { PasskeyNameField } from "../staff/passkey-name-field";

/** Render the second step of the activation: registering the passkey for a checked code. */
export function ActivationRegisterPage({ t }: { t: Messages }) {
  const text = t.residents.activation;
  return (
    <section class="resident-activation">
      <h1>{text.registerTitle}</h1>
      <p role="status">{text.registerIntro}</p>
      <PasskeyCeremony t={t} action="register" optionsUrl="/aktivieren/optionen" verifyUrl="/aktivieren/passkey" buttonLabel={text.registerButton}>
        <PasskeyNameField t={t} id="passkey-name" />
      </PasskeyCeremony>
      <PasskeyExplanation t={t} />
      <p>
        <a href="/aktivieren">{text.startOver}</a>
      </p>
      <PasskeyScripts />
    </section>
  );
}
