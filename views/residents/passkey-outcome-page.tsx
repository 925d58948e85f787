import type { WalletOutcome } from "../../src/db/schema";
import type { Messages } from "../../src/i18n/messages";
import { OutcomeView } from "../wallet/outcome-view";

/** Outcome of signing with a passkey: the wallet's outcomes, and stale facts that must be proven again. */
export type PasskeyOutcome = WalletOutcome | { kind: "facts_expired" };

type PasskeyOutcomePageProps = { t: Messages; petitionId: string; petitionTitle: string; outcome: PasskeyOutcome | undefined; factsValidDays: number };

type NoticeText = { title: string; body: string };

/**
 * Render the result of signing with a passkey, shown once after the
 * ceremony. Refusals based on the stored facts get texts of their own: the
 * wallet's texts speak of a credential and offer a new wallet request.
 */
export function PasskeyOutcomePage({ t, petitionId, petitionTitle, outcome, factsValidDays }: PasskeyOutcomePageProps) {
  const text = t.residents.signing;
  const ineligibleTexts: Record<string, NoticeText> = text.ineligible;
  const notice = (tone: "notice" | "problem", { title, body }: NoticeText) => (
    <div class={`wallet-outcome wallet-outcome-${tone}`} role="status">
      <h2>{title}</h2>
      <p>{body}</p>
      <p>
        <a href={`/petitionen/${petitionId}`}>{t.signing.backToPetition}</a>
      </p>
    </div>
  );

  let content;
  if (outcome === undefined) content = notice("notice", text.noOutcome);
  else if (outcome.kind === "facts_expired") content = notice("problem", { title: text.FACTS_EXPIRED.title, body: text.FACTS_EXPIRED.body(factsValidDays) });
  else if (outcome.kind === "rejected" && ineligibleTexts[outcome.reason] !== undefined) content = notice("problem", ineligibleTexts[outcome.reason]!);
  else content = <OutcomeView t={t} outcome={outcome} target={{ purpose: "sign", petitionId }} />;

  return (
    <section class="passkey-outcome">
      <h1>{petitionTitle}</h1>
      {content}
    </section>
  );
}
