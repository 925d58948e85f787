import type { Messages } from "../../src/i18n/messages";
import { labelOf } from "../../src/signature-log/log-report";
import type { WithdrawalResult } from "../../src/signing/withdraw-signature";

const TONES: Record<WithdrawalResult, "success" | "notice" | "problem"> = {
  withdrawn: "success",
  not_signed: "notice",
  paper_signature: "notice",
  not_collecting: "problem",
  declared_invalid: "problem",
};

type WithdrawalOutcomeViewProps = { t: Messages; result: WithdrawalResult; petitionId: string; invalidReason: string | undefined };

/**
 * Render the result of a withdrawal, by passkey or by wallet, with the way
 * back to the petition. A signature the office declared invalid shows the
 * office's reason in words.
 */
export function WithdrawalOutcomeView({ t, result, petitionId, invalidReason }: WithdrawalOutcomeViewProps) {
  const text = t.withdrawal.outcomes[result];
  return (
    <div class={`wallet-outcome wallet-outcome-${TONES[result]}`} role="status">
      <h2>{text.title}</h2>
      {result === "declared_invalid" && invalidReason !== undefined ? <p>{t.withdrawal.invalidReason(labelOf(t.review.reasons, invalidReason))}</p> : null}
      <p>{text.body}</p>
      <p>
        <a href={`/petitionen/${petitionId}`}>{t.withdrawal.backToPetition}</a>
      </p>
    </div>
  );
}

type WithdrawalOutcomePageProps = {
  t: Messages;
  petitionId: string;
  petitionTitle: string;
  result: WithdrawalResult | undefined;
  invalidReason: string | undefined;
};

/** Render the page shown once after a passkey withdrawal, or a notice that no result is waiting. */
export function WithdrawalOutcomePage({ t, petitionId, petitionTitle, result, invalidReason }: WithdrawalOutcomePageProps) {
  return (
    <section class="withdrawal-outcome">
      <h1>{petitionTitle}</h1>
      {result === undefined ? (
        <div class="wallet-outcome wallet-outcome-notice" role="status">
          <h2>{t.withdrawal.noOutcome.title}</h2>
          <p>{t.withdrawal.noOutcome.body}</p>
          <p>
            <a href={`/petitionen/${petitionId}`}>{t.withdrawal.backToPetition}</a>
          </p>
        </div>
      ) : (
        <WithdrawalOutcomeView t={t} result={result} petitionId={petitionId} invalidReason={invalidReason} />
      )}
    </section>
  );
}
