import type { WalletOutcome } from "../../src/db/schema";
import type { Messages } from "../../src/i18n/messages";
import type { WalletTarget } from "../../src/openid4vp/wallet-subject";
import { WALLET_ACTIVATION_SECONDS } from "../../src/residents/wallet-activations";
import { WithdrawalOutcomeView } from "../withdrawal/withdrawal-outcome";
import { outcomeText } from "./outcome-text";

type OutcomeViewProps = { t: Messages; outcome: WalletOutcome; target: WalletTarget };

/**
 * Render the result of a wallet transaction: the receipt code after signing,
 * the result of a withdrawal, the way on to the passkey after a binding,
 * otherwise why not and what to do next.
 */
export function OutcomeView({ t, outcome, target }: OutcomeViewProps) {
  if (outcome.kind === "signed") {
    return (
      <div class="wallet-outcome wallet-outcome-success" role="status">
        <h2>{signedTitle(t, outcome)}</h2>
        {outcome.supportOnly === true ? <p>{t.signing.signed.supportOnly}</p> : null}
        <p>{t.signing.signed.receiptLabel}:</p>
        <p class="wallet-receipt">
          <code>{outcome.receiptCode}</code>
        </p>
        <p>{t.signing.signed.receiptHint}</p>
        {outcome.provisional ? <ProvisionalNotice t={t} unproven={outcome.unproven ?? []} /> : null}
        <BackLink t={t} target={target} />
      </div>
    );
  }
  if (outcome.kind === "withdrawal") {
    if (target.purpose !== "withdraw") throw new Error(`a ${target.purpose} transaction has no withdrawal outcome`);
    return <WithdrawalOutcomeView t={t} result={outcome.result} petitionId={target.petitionId} invalidReason={outcome.invalidReason} />;
  }
  if (outcome.kind === "bound") {
    if (target.purpose !== "bind") throw new Error("a sign transaction has no binding outcome");
    return <BoundOutcome t={t} transactionId={target.transactionId} />;
  }

  const text = outcomeText(t, outcome, target.purpose);
  return (
    <div class={`wallet-outcome wallet-outcome-${text.tone}`} role="status">
      <h2>{text.title}</h2>
      <p>{text.body}</p>
      {outcome.kind === "already_signed" ? null : <NewRequestButton target={target} label={t.wallet.outcome.tryAgain} />}
      <BackLink t={t} target={target} />
    </div>
  );
}

/** Render a form that starts a new wallet transaction for the same purpose. */
export function NewRequestButton({ target, label }: { target: WalletTarget; label: string }) {
  const actions = {
    sign: (petitionId: string) => `/petitionen/${petitionId}/wallet`,
    withdraw: (petitionId: string) => `/petitionen/${petitionId}/ruecknahme/wallet`,
  };
  const action = target.purpose === "bind" ? "/aktivieren/wallet" : actions[target.purpose](target.petitionId);
  return (
    <form method="post" action={action} class="wallet-new-request">
      <button type="submit" class="button">
        {label}
      </button>
    </form>
  );
}

/** Link back to the petition, or to the start of the passkey setup. */
function BackLink({ t, target }: { t: Messages; target: WalletTarget }) {
  return (
    <p>
      {target.purpose === "bind" ? (
        <a href="/aktivieren">{t.wallet.binding.backToActivation}</a>
      ) : (
        <a href={`/petitionen/${target.petitionId}`}>{t.signing.backToPetition}</a>
      )}
    </p>
  );
}

/**
 * Say that the eligibility is proven and lead on to the passkey. The form
 * posts to the transaction's own path, where the browser-binding cookie is
 * sent, so only the browser that started the binding can continue it.
 */
function BoundOutcome({ t, transactionId }: { t: Messages; transactionId: string }) {
  const text = t.wallet.binding.outcome;
  return (
    <div class="wallet-outcome wallet-outcome-success" role="status">
      <h2>{text.boundTitle}</h2>
      <p>{text.boundBody(WALLET_ACTIVATION_SECONDS / 60)}</p>
      <form method="post" action={`/wallet/${transactionId}/passkey`} class="wallet-new-request">
        <button type="submit" class="button">
          {text.continueButton}
        </button>
      </form>
    </div>
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

/** Title the signing result by what the signature does: support only, provisional until the office confirms it, or counted. */
function signedTitle(t: Messages, outcome: Extract<WalletOutcome, { kind: "signed" }>): string {
  if (outcome.supportOnly === true) return t.signing.signed.supportOnlyTitle;
  return outcome.provisional ? t.signing.signed.provisionalTitle : t.signing.signed.title;
}
