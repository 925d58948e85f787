import type { WalletOutcome } from "../../src/db/schema";
import type { Messages } from "../../src/i18n/messages";
import { outcomeText } from "./outcome-text";

type OutcomeViewProps = { t: Messages; outcome: WalletOutcome; petitionId: string };

/** Render the result of a wallet transaction: the receipt code after signing, otherwise why not and what to do next. */
export function OutcomeView({ t, outcome, petitionId }: OutcomeViewProps) {
  if (outcome.kind === "signed") {
    return (
      <div class="wallet-outcome wallet-outcome-success" role="status">
        <h2>{t.signing.signed.title}</h2>
        <p>{t.signing.signed.receiptLabel}:</p>
        <p class="wallet-receipt">
          <code>{outcome.receiptCode}</code>
        </p>
        <p>{t.signing.signed.receiptHint}</p>
        {outcome.provisional ? <ProvisionalNotice t={t} unproven={outcome.unproven ?? []} /> : null}
        <p>
          <a href={`/petitionen/${petitionId}`}>{t.signing.backToPetition}</a>
        </p>
      </div>
    );
  }

  const text = outcomeText(t, outcome);
  return (
    <div class={`wallet-outcome wallet-outcome-${text.tone}`} role="status">
      <h2>{text.title}</h2>
      <p>{text.body}</p>
      {outcome.kind === "already_signed" ? null : <NewRequestButton t={t} petitionId={petitionId} label={t.wallet.outcome.tryAgain} />}
      <p>
        <a href={`/petitionen/${petitionId}`}>{t.signing.backToPetition}</a>
      </p>
    </div>
  );
}

/** Render a form that starts a new wallet transaction for the petition. */
export function NewRequestButton({ petitionId, label }: { t: Messages; petitionId: string; label: string }) {
  return (
    <form method="post" action={`/petitionen/${petitionId}/wallet`} class="wallet-new-request">
      <button type="submit" class="button">
        {label}
      </button>
    </form>
  );
}

/** Say that the signature is provisional and which requirements the credential did not prove. */
function ProvisionalNotice({ t, unproven }: { t: Messages; unproven: string[] }) {
  const names = t.signing.signed.unproven;
  const known = unproven.filter((check): check is keyof typeof names => check in names);
  return (
    <div class="wallet-provisional">
      <p>{t.signing.signed.provisional}</p>
      {known.length > 0 ? (
        <>
          <p>{t.signing.signed.unprovenLabel}</p>
          <ul>
            {known.map((check) => (
              <li>{names[check]}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
