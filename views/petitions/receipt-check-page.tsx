import type { Messages } from "../../src/i18n/messages";
import type { Petition } from "../../src/petitions/queries";
import { ErrorSummary } from "../components/error-summary";
import { ReceiptForm } from "./receipt-form";

export type ReceiptPageOutcome =
  | { kind: "counted"; code: string }
  | { kind: "notFound"; input: string }
  | { kind: "invalid"; input: string; message: string };

type ReceiptCheckPageProps = { t: Messages; petition: Petition; outcome: ReceiptPageOutcome };

/** Render the result of a receipt check: counted, no signature for the code, or a form error. */
export function ReceiptCheckPage({ t, petition, outcome }: ReceiptCheckPageProps) {
  const r = t.petitions.receipt;
  return (
    <section class="receipt-check">
      {outcome.kind === "invalid" ? (
        <ErrorSummary title={r.errorSummaryTitle} errors={[{ fieldId: "receipt-code", message: outcome.message }]} />
      ) : null}
      <p class="receipt-petition">{petition.title}</p>

      {outcome.kind === "counted" ? (
        <div class="receipt-counted panel" role="status">
          <h1>{r.counted}</h1>
          <p>{r.countedDetail(outcome.code)}</p>
        </div>
      ) : outcome.kind === "notFound" ? (
        <>
          <h1>{r.notFoundTitle}</h1>
          <p>{r.notFound}</p>
          <ReceiptForm t={t} petitionId={petition.id} value={outcome.input} />
        </>
      ) : (
        <>
          <h1>{r.title}</h1>
          <ReceiptForm t={t} petitionId={petition.id} value={outcome.input} error={outcome.message} />
        </>
      )}

      <p>
        <a href={`/petitionen/${petition.id}`}>{r.backToPetition}</a>
      </p>
    </section>
  );
}
