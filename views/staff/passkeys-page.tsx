import type { Messages } from "../../src/i18n/messages";
import type { StaffPasskeyListItem } from "../../src/staff/staff-passkeys";
import { CsrfField } from "../components/csrf-field";
import { ErrorSummary } from "../components/error-summary";
import { Field } from "../components/field";
import { PasskeyCeremony, PasskeyScripts } from "./passkey-ceremony";
import { PasskeyExplanation } from "./passkey-explanation";
import { PasskeyNameField } from "./passkey-name-field";

export type PasskeyNotice = "renamed" | "removed" | "added";

/** A rejected rename or removal: which passkey, and the message shown at its form. */
export type PasskeyFormError = { passkeyId: string; message: string; typedName?: string };

type PasskeysPageProps = {
  t: Messages;
  passkeys: StaffPasskeyListItem[];
  /** Passkey the current session was signed in with; removing it signs the member out. */
  currentPasskeyId: string;
  csrfToken: string | undefined;
  notice?: PasskeyNotice | undefined;
  error?: PasskeyFormError | undefined;
};

export function PasskeysPage({ t, passkeys, currentPasskeyId, csrfToken, notice, error }: PasskeysPageProps) {
  const text = t.staff.passkeys;
  const onlyOne = passkeys.length <= 1;
  return (
    <section class="staff-passkeys">
      {error === undefined ? null : (
        <ErrorSummary title={text.errorSummaryTitle} errors={[{ fieldId: `passkey-name-${error.passkeyId}`, message: error.message }]} />
      )}
      <h1>{text.heading}</h1>
      {notice === undefined ? null : (
        <p class="notice" role="status">
          {text.notices[notice]}
        </p>
      )}
      <p>{text.intro}</p>
      <ul class="passkey-list">
        {passkeys.map((passkey) => (
          <li>
            <h2>{passkey.name}</h2>
            <p>
              {text.created(t.staff.formatDateTime(passkey.createdAt))}
              <br />
              {passkey.lastUsedAt === null ? text.neverUsed : text.lastUsed(t.staff.formatDateTime(passkey.lastUsedAt))}
            </p>
            {passkey.id === currentPasskeyId ? <p class="passkey-current">{onlyOne ? text.currentOnly : text.current}</p> : null}
            <div class="passkey-actions">
              <form method="post" action={`/verwaltung/passkeys/${passkey.id}/name`}>
                <CsrfField token={csrfToken} />
                <Field
                  id={`passkey-name-${passkey.id}`}
                  name="name"
                  label={text.renameLabel(passkey.name)}
                  value={error?.passkeyId === passkey.id ? error.typedName : passkey.name}
                  error={error?.passkeyId === passkey.id ? error.message : undefined}
                  errorPrefix={t.common.errorTitlePrefix}
                  autocomplete="off"
                />
                <button type="submit" class="button button-secondary">
                  {text.rename}
                </button>
              </form>
              {onlyOne ? null : (
                <form method="post" action={`/verwaltung/passkeys/${passkey.id}/entfernen`}>
                  <CsrfField token={csrfToken} />
                  <button type="submit" class="button button-secondary" aria-label={text.removeLabel(passkey.name)}>
                    {text.remove}
                  </button>
                </form>
              )}
            </div>
          </li>
        ))}
      </ul>
      {onlyOne ? <p>{text.lastPasskeyNote}</p> : null}
      <h2>{text.addHeading}</h2>
      <PasskeyCeremony t={t} action="register" optionsUrl="/verwaltung/passkeys/optionen" verifyUrl="/verwaltung/passkeys" buttonLabel={text.addButton}>
        <PasskeyNameField t={t} id="new-passkey-name" />
      </PasskeyCeremony>
      <PasskeyExplanation t={t} />
      <PasskeyScripts />
    </section>
  );
}
