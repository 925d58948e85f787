import type { Messages } from "../../src/i18n/messages";
import { CsrfField } from "../components/csrf-field";

/** Render what deleting the account erases and what stays, before the resident confirms. */
export function DeleteAccountPage({ t, csrfToken }: { t: Messages; csrfToken: string }) {
  const text = t.residents.account;
  return (
    <section class="resident-delete">
      <h1>{text.deleteTitle}</h1>
      <ul>
        {text.deleteConsequences.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <form method="post" action="/mein-konto/loeschen">
        <CsrfField token={csrfToken} />
        <button type="submit" class="button button-danger">
          {text.deleteConfirm}
        </button>
      </form>
      <p>
        <a href="/mein-konto">{text.deleteCancel}</a>
      </p>
    </section>
  );
}

/** Render the confirmation that the account is gone. */
export function AccountDeletedPage({ t }: { t: Messages }) {
  const text = t.residents.account;
  return (
    <section class="resident-delete" role="status">
      <h1>{text.deletedTitle}</h1>
      <p>{text.deletedBody}</p>
      <p>
        <a href="/">{text.backToOverview}</a>
      </p>
    </section>
  );
}
