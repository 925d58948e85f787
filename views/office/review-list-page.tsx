import type { Messages } from "../../src/i18n/messages";
import { officePaths } from "../../src/office/office-paths";
import { INVALID_REASONS } from "../../src/review/invalid-reasons";
import type { DuplicateLine, ReviewFilter, ReviewItem } from "../../src/review/review-list";
import { labelOf } from "../../src/signature-log/log-report";
import { CsrfField } from "../components/csrf-field";

/** A message about the last decision, above the list. */
export type ReviewNotice = { kind: "success" | "error"; message: string };

type ReviewListPageProps = {
  t: Messages;
  petition: { id: string; title: string };
  csrfToken: string | undefined;
  filter: ReviewFilter;
  items: ReviewItem[];
  nextAfterId: number | undefined;
  notice: ReviewNotice | undefined;
  duplicateLines: DuplicateLine[];
};

/** Anchor of a signature's row, so a redirect after a decision lands next to it. */
export function reviewRowId(signatureId: number): string {
  return `u-${signatureId}`;
}

/** Render the list of a petition's signatures with a confirm and an invalidate form on each row. */
export function ReviewListPage({ t, petition, csrfToken, filter, items, nextAfterId, notice, duplicateLines }: ReviewListPageProps) {
  const m = t.review.list;
  const paths = officePaths(petition.id);
  return (
    <section class="review-list">
      <h1>{m.heading}</h1>
      <p class="paper-entry-petition">{petition.title}</p>
      <div id="review-notice" role={notice?.kind === "error" ? "alert" : "status"}>
        {notice === undefined ? null : <p class={notice.kind === "error" ? "notice notice-error" : "notice"}>{notice.message}</p>}
      </div>
      <p>{m.intro}</p>
      <ul class="pagination">
        <li>{filter === "open" ? <strong>{m.filterOpen}</strong> : <a href={`${paths.review}?auswahl=offen`}>{m.filterOpen}</a>}</li>
        <li>{filter === "all" ? <strong>{m.filterAll}</strong> : <a href={`${paths.review}?auswahl=alle`}>{m.filterAll}</a>}</li>
      </ul>
      {items.length === 0 ? (
        <p>{m.noSignatures}</p>
      ) : (
        <table class="data-table review-table">
          <caption>{m.caption(items.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{m.referenceColumn}</th>
              <th scope="col">{m.channelColumn}</th>
              <th scope="col">{m.credentialColumn}</th>
              <th scope="col">{m.dateColumn}</th>
              <th scope="col">{m.statusColumn}</th>
              <th scope="col">{m.unprovenColumn}</th>
              <th scope="col">{m.decisionColumn}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <ReviewRow t={t} petitionId={petition.id} csrfToken={csrfToken} filter={filter} item={item} />
            ))}
          </tbody>
        </table>
      )}
      {nextAfterId === undefined ? null : (
        <p>
          <a href={`${paths.review}?auswahl=${filter === "all" ? "alle" : "offen"}&nach=${nextAfterId}`}>{m.more}</a>
        </p>
      )}
      <h2>{m.duplicatesHeading}</h2>
      {duplicateLines.length === 0 ? (
        <p>{m.noDuplicates}</p>
      ) : (
        <ul class="duplicate-lines">
          {duplicateLines.map((duplicate) => (
            <li>{m.duplicateLine(t.review.sheetLine(duplicate.sheet, duplicate.line), labelOf(t.review.channels, duplicate.existingChannel))}</li>
          ))}
        </ul>
      )}
      <p>
        <a href={paths.petition}>{t.review.paper.backToPetition}</a>
      </p>
    </section>
  );
}

type ReviewRowProps = { t: Messages; petitionId: string; csrfToken: string | undefined; filter: ReviewFilter; item: ReviewItem };

function ReviewRow({ t, petitionId, csrfToken, filter, item }: ReviewRowProps) {
  const m = t.review.list;
  const reference = m.reference(item.id);
  const action = officePaths(petitionId).decide(item.id);
  const status = labelOf(t.review.statuses, item.status);
  const hidden = (
    <>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="expectedStatus" value={item.status} />
      <input type="hidden" name="expectedReason" value={item.reason ?? ""} />
      <input type="hidden" name="auswahl" value={filter === "all" ? "alle" : "offen"} />
    </>
  );
  const canConfirm = item.status === "provisional" || (item.status === "invalid" && item.reason !== "incomplete_or_illegible");
  const reasonId = `reason-${item.id}`;
  return (
    <tr id={reviewRowId(item.id)}>
      <th scope="row">{reference}</th>
      <td>
        {labelOf(t.review.channels, item.channel)}
        {item.sheet === null || item.line === null ? null : <span class="field-hint"> ({t.review.sheetLine(item.sheet, item.line)})</span>}
      </td>
      <td>{item.credentialType ?? "–"}</td>
      <td>{t.review.formatDate(item.signedAt)}</td>
      <td>{item.reason === null ? status : `${status}: ${labelOf(t.review.reasons, item.reason)}`}</td>
      <td>{item.unproven.length === 0 ? m.noneUnproven : item.unproven.map((check) => labelOf(t.review.checks, check)).join(", ")}</td>
      <td>
        {canConfirm ? (
          <form method="post" action={action}>
            {hidden}
            <input type="hidden" name="decision" value="confirm" />
            <button type="submit" class="button">
              {m.confirm}
            </button>
          </form>
        ) : null}
        <form method="post" action={action}>
          {hidden}
          <input type="hidden" name="decision" value="invalidate" />
          <label for={reasonId} class="visually-hidden">
            {m.reasonLabel(reference)}
          </label>
          <select id={reasonId} name="reason">
            <option value="">{m.chooseReason}</option>
            {INVALID_REASONS.filter((reason) => !(item.status === "invalid" && item.reason === reason)).map((reason) => (
              <option value={reason}>{labelOf(t.review.reasons, reason)}</option>
            ))}
          </select>
          <button type="submit" class="button">
            {m.invalidate}
          </button>
        </form>
      </td>
    </tr>
  );
}
