import type { Messages } from "../../src/i18n/messages";
import type { WalletPhase } from "../../src/openid4vp/read-wallet-status";
import type { WalletTarget } from "../../src/openid4vp/wallet-subject";
import { NewRequestButton, OutcomeView } from "./outcome-view";

type StatusFragmentProps = { t: Messages; transactionId: string; target: WalletTarget; status: WalletPhase };

/**
 * Render the status box of a transaction. While the outcome is open, htmx
 * fetches the box again every 2 seconds and replaces it. A final state has
 * no hx-get, which ends the polling. Without JavaScript, the
 * "Status prüfen" link reloads the page.
 */
export function StatusFragment({ t, transactionId, target, status }: StatusFragmentProps) {
  const polling = status.phase === "waiting" || status.phase === "processing" || status.phase === "returnViaWallet";
  const pollingAttributes = polling
    ? { "hx-get": `/wallet/${transactionId}/status`, "hx-trigger": "every 2s", "hx-swap": "outerHTML" }
    : {};

  return (
    <div id="wallet-status" class="wallet-status" aria-live="polite" {...pollingAttributes}>
      <StatusBody t={t} transactionId={transactionId} target={target} status={status} />
    </div>
  );
}

function StatusBody({ t, transactionId, target, status }: StatusFragmentProps) {
  switch (status.phase) {
    case "waiting":
    case "processing":
    case "returnViaWallet": {
      const texts = {
        waiting: t.wallet.status.waiting,
        processing: t.wallet.status.processing,
        returnViaWallet: t.wallet.status.returnViaWallet,
      };
      const text = texts[status.phase];
      return (
        <>
          <p>{text}</p>
          <p>
            <a class="button button-secondary" href={`/wallet/${transactionId}`}>
              {t.wallet.status.checkButton}
            </a>
          </p>
        </>
      );
    }
    case "expired":
      return (
        <div class="wallet-outcome wallet-outcome-notice">
          <h2>{t.wallet.status.expired.title}</h2>
          <p>{t.wallet.status.expired.body}</p>
          <NewRequestButton target={target} label={t.wallet.status.expired.button} />
        </div>
      );
    case "completed":
      return <OutcomeView t={t} outcome={status.outcome} target={target} />;
  }
}
