import type { WalletOutcome } from "../../src/db/schema";
import type { Messages } from "../../src/i18n/messages";
import { OutcomeView } from "../wallet/outcome-view";

/** Outcome of signing with a passkey: the wallet's outcomes, and stale facts that must be proven again. */
export type PasskeyOutcome = WalletOutcome | { kind: "facts_expired" };

type PasskeyOutcomePageProps = { t: Messages; petitionId: string; petitionTitle: string; outcome: PasskeyOutcome | undefined; factsValidDays: number };

/** Render the result of signing with a passkey, shown once after the ceremony. */
export function PasskeyOutcomePage({ t, petitionId, petitionTitle, outcome, factsValidDays }: PasskeyOutcomePageProps) {
  const text = t.residents.signing;
  return (
    <section class="passkey-outcome">
      <h1>{petitionTitle}</h1>
      {outcome === undefined ? (
        <div class="wallet-outcome wallet-outcome-notice" role="status">
          <h2>{text.noOutcome.title}</h2>
          <p>{text.noOutcome.body}</p>
          <p>
            <a href={`/petitionen/${petitionId}`}>{t.signing.backToPetition}</a>
          </p>
        </div>
      ) : outcome.kind === "facts_expired" ? (
        <div class="wallet-outcome wallet-outcome-problem" role="status">
          <h2>{text.FACTS_EXPIRED.title}</h2>
          <p>{text.FACTS_EXPIRED.body(factsValidDays)}</p>
          <p>
            <a href={`/petitionen/${petitionId}`}>{t.signing.backToPetition}</a>
          </p>
        </div>
      ) : (
        <OutcomeView t={t} outcome={outcome} target={{ purpose: "sign", petitionId }} />
      )}
    </section>
  );
}
