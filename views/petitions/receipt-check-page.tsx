import type { Messages } from "../../src/i18n/messages";
import type { Petition } from "../../src/petitions/queries";
import type { ReceiptStatus, SupersededReceipt } from "../../src/signing/receipts";
import { labelOf } from "../../src/signature-log/log-report";
import { ErrorSummary } from "../components/error-summary";
import { ReceiptForm } from "./receipt-form";

export type ReceiptPageOutcome =
  | { kind: "found"; code: string; signature: ReceiptStatus }
  | { kind: "notFound"; input: string }
  | { kind: "superseded"; code: string; paper: SupersededReceipt }
  | { kind: "invalid"; input: string; message: string };

type ReceiptCheckPageProps = { t: Messages; petition: Petition; outcome: ReceiptPageOutcome };

/**
 * Render the result of a receipt check. It shows the signature's status
 * (proven, provisional, confirmed, or invalid with the office's reason). It
 * also shows an online signature replaced by the person's paper signature,
 * and whether the election office has since withdrawn or deleted that paper
 * signature. Otherwise it shows that no signature has the code (never
 * given, or withdrawn), or a form error.
 */
export function ReceiptCheckPage({ t, petition, outcome }: ReceiptCheckPageProps) {
  const r = t.petitions.receipt;
  return (
    <section class="receipt-check">
      {outcome.kind === "invalid" ? (
        <ErrorSummary title={r.errorSummaryTitle} errors={[{ fieldId: "receipt-code", message: outcome.message }]} />
      ) : null}
      <p class="receipt-petition">{petition.title}</p>

      {outcome.kind === "found" ? (
        <div class={`receipt-${outcome.signature.status} panel`} role="status" data-receipt-status={outcome.signature.status}>
          <h1>{receiptStatusTitle(t, petition, outcome.signature)}</h1>
          <p>
            {outcome.signature.status === "invalid"
              ? r.statuses.invalid.detail(outcome.code, labelOf(t.review.reasons, outcome.signature.reason ?? ""))
              : onlySupport(petition)
                ? r.supportOnly(outcome.code)
                : r.statuses[outcome.signature.status].detail(outcome.code)}
          </p>
        </div>
      ) : outcome.kind === "superseded" ? (
        outcome.paper.paper === "paperCounts" ? (
          <div class="receipt-superseded panel" role="status" data-receipt-status="superseded">
            <h1>{r.supersededTitle}</h1>
            <p>{r.superseded(outcome.code)}</p>
          </div>
        ) : outcome.paper.paper === "paperInvalid" ? (
          <div class="receipt-superseded-invalid panel" role="status" data-receipt-status="superseded-paper-invalid">
            <h1>{r.supersededPaperInvalidTitle}</h1>
            <p>{r.supersededPaperInvalid(outcome.code, labelOf(t.review.reasons, outcome.paper.reason))}</p>
          </div>
        ) : (
          <div class="receipt-superseded-removed panel" role="status" data-receipt-status="superseded-paper-removed">
            <h1>{r.supersededPaperRemovedTitle}</h1>
            <p>{r.supersededPaperRemoved(outcome.code)}</p>
          </div>
        )
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

/** Check whether online signatures only show support for a petition, because only paper counts toward its quorum. */
function onlySupport(petition: Petition): boolean {
  return !petition.signatureKinds.includes("online");
}

/** Title of a receipt check that found the signature, by its status and by whether online signatures count for the petition. */
export function receiptStatusTitle(t: Messages, petition: Petition, signature: ReceiptStatus): string {
  const r = t.petitions.receipt;
  if (signature.status !== "invalid" && onlySupport(petition)) return r.supportOnlyTitle;
  return r.statuses[signature.status].title;
}
