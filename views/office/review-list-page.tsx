import type { Messages } from "../../src/i18n/messages";
import { officePaths } from "../../src/office/office-paths";
import { REVIEW_FILTER_VALUES } from "../../src/office/review-filter";
import { INVALID_REASONS } from "../../src/review/invalid-reasons";
import type { PossibleDuplicate } from "../../src/review/possible-duplicates";
import type { DuplicateLine, ReviewFilter, ReviewItem } from "../../src/review/review-list";
import { labelOf } from "../../src/signature-log/log-report";
import { CredentialTypeLabel } from "../components/credential-type-label";
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
  const filterChoices: [ReviewFilter, string][] = [
    ["open", m.filterOpen],
    ["possibleDuplicates", m.filterPossibleDuplicates],
    ["all", m.filterAll],
  ];
  return (
    <section class="review-list">
      <h1>{m.heading}</h1>
      <p class="paper-entry-petition">{petition.title}</p>
      <div id="review-notice" role={notice?.kind === "error" ? "alert" : "status"}>
        {notice === undefined ? null : <p class={notice.kind === "error" ? "notice notice-error" : "notice"}>{notice.message}</p>}
      </div>
      <p>{m.intro}</p>
      <ul class="pagination">
        {filterChoices.map(([choice, label]) => (
          <li>{filter === choice ? <strong>{label}</strong> : <a href={`${paths.review}?auswahl=${REVIEW_FILTER_VALUES[choice]}`}>{label}</a>}</li>
        ))}
      </ul>
      {filter === "possibleDuplicates" ? <p>{m.possibleDuplicatesIntro}</p> : null}
      {items.length === 0 ? (
        <p>{m.noSignatures}</p>
      ) : (
        <table class="data-table review-table">
          <caption>{m.caption(items.length, nextAfterId !== undefined)}</caption>
          <thead>
            <tr>
              <th scope="col">{m.referenceColumn}</th>
              <th scope="col">{m.channelColumn}</th>
              <th scope="col">{m.credentialColumn}</th>
              <th scope="col">{m.dateColumn}</th>
              <th scope="col">{m.statusColumn}</th>
              <th scope="col">{m.unprovenColumn}</th>
              <th scope="col">{m.possibleDuplicateColumn}</th>
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
          <a href={`${paths.review}?auswahl=${REVIEW_FILTER_VALUES[filter]}&nach=${nextAfterId}`}>{m.more}</a>
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
      <input type="hidden" name="auswahl" value={REVIEW_FILTER_VALUES[filter]} />
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
      <td>
        <CredentialTypeLabel t={t} vct={item.credentialType} />
      </td>
      <td>{t.review.formatDate(item.signedAt)}</td>
      <td>{item.reason === null ? status : `${status}: ${labelOf(t.review.reasons, item.reason)}`}</td>
      <td>{item.unproven.length === 0 ? m.noneUnproven : item.unproven.map((check) => labelOf(t.review.checks, check)).join(", ")}</td>
      <td>
        {item.possibleDuplicates.length === 0
          ? m.noneUnproven
          : item.possibleDuplicates.map((other) => <PossibleDuplicateNote t={t} petitionId={petitionId} csrfToken={csrfToken} filter={filter} item={item} other={other} />)}
      </td>
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

type PossibleDuplicateNoteProps = ReviewRowProps & { other: PossibleDuplicate };

/** Point to the other signature of a possible duplicate, by reference, channel and sheet line only, with the form that marks the two as different people. */
function PossibleDuplicateNote({ t, petitionId, csrfToken, filter, item, other }: PossibleDuplicateNoteProps) {
  const m = t.review.list;
  const reference = m.reference(item.id);
  const otherReference = m.reference(other.id);
  const where = other.sheet === null || other.line === null ? undefined : t.review.sheetLine(other.sheet, other.line);
  return (
    <form method="post" action={officePaths(petitionId).markDistinct(item.id)} class="possible-duplicate">
      <p>
        <strong>{m.possibleDuplicateColumn}</strong>{" "}
        <a href={`#${reviewRowId(other.id)}`}>{m.possibleDuplicateOf(otherReference, labelOf(t.review.channels, other.channel), where)}</a>
      </p>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="andere" value={String(other.id)} />
      <input type="hidden" name="auswahl" value={REVIEW_FILTER_VALUES[filter]} />
      <button type="submit" class="button" aria-label={m.markDistinctLabel(reference, otherReference)}>
        {m.markDistinct}
      </button>
    </form>
  );
}
