import type { Locale } from "../../src/i18n/locale";
import type { Messages } from "../../src/i18n/messages";
import { labelOf } from "../../src/signature-log/log-report";
import { publicTallyPaths } from "../../src/tally/public-tally-paths";
import { TALLY_CHANNELS } from "../../src/review/petition-tally";
import { channelTotal } from "../../src/tally/tally-counts";
import { type TallyDocument, tallyRows } from "../../src/tally/tally-document";

type PublicTallyPageProps = {
  t: Messages;
  locale: Locale;
  document: TallyDocument;
  /** False once a retention purge has erased the log's entries. */
  entriesAvailable: boolean;
};

/** Id of the element that static/tally-recompute.js reads its settings from. */
export const RECOMPUTE_ROOT_ID = "tally-recompute";

/**
 * Render the public recompute page of a certified tally. Its table lists the
 * published counts, length and head hash, and static/tally-recompute.js
 * fills the last two columns after recomputing the log in the browser.
 * Below follow the download of the entries, what a nullifier reveals, and
 * how to recompute with one's own tools, which also serves visitors
 * without JavaScript.
 */
export function PublicTallyPage({ t, locale, document, entriesAvailable }: PublicTallyPageProps) {
  const m = t.tally.public;
  const { snapshot, petition } = document;
  const figures = snapshot.figures;
  const paths = publicTallyPaths(snapshot.publicToken);
  const countRows = tallyRows(figures).filter((row) => row.outcome !== "duplicateAttempts");
  const duplicateAttempts = channelTotal(figures.duplicateAttempts);
  const pending = <td class="recomputed">–</td>;
  const verdict = <td class="verdict">{m.notRecomputed}</td>;

  return (
    <section
      id={RECOMPUTE_ROOT_ID}
      class="public-tally"
      data-entries-url={entriesAvailable ? paths.entries : undefined}
      data-locale={locale === "de" ? "de-DE" : "en-GB"}
      data-text-match={m.match}
      data-text-mismatch={m.mismatch}
      data-text-running={m.running}
      data-text-all-match={m.allMatch}
      data-text-some-mismatch={m.someMismatch}
      data-text-chain-broken={m.chainBroken}
      data-text-load-failed={m.loadFailed}
      data-text-no-web-crypto={m.noWebCrypto}
    >
      <h1>{m.heading}</h1>
      <p>{m.intro(snapshot.generatedAt)}</p>
      <dl>
        <dt>{m.petitionLabel}</dt>
        <dd>{petition.title}</dd>
        <dt>{m.municipalityLabel}</dt>
        <dd>{document.municipalities.map((municipality) => municipality.name).join(", ")}</dd>
        <dt>{m.quorumLabel}</dt>
        <dd>{m.quorumValue(snapshot.quorum, figures.towardQuorum, snapshot.quorumReached)}</dd>
      </dl>

      <div id="recompute-status" role="status" aria-live="polite"></div>

      <table class="data-table">
        <caption>{m.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columns.item}</th>
            <th scope="col">{m.columns.published}</th>
            <th scope="col">{m.columns.recomputed}</th>
            <th scope="col">{m.columns.verdict}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-check="length" data-published={String(snapshot.logLength)}>
            <th scope="row">{m.logLengthRow}</th>
            <td>{t.tally.formatNumber(snapshot.logLength)}</td>
            {pending}
            {verdict}
          </tr>
          <tr data-check="head" data-published={document.headHash}>
            <th scope="row">{m.headHashRow}</th>
            <td class="log-hash">{document.headHash}</td>
            <td class="recomputed log-hash">–</td>
            {verdict}
          </tr>
          {countRows.flatMap((row) =>
            TALLY_CHANNELS.map((channel) => {
              const outcome = row.reason === null ? t.tally.outcomes[row.outcome] : t.tally.invalidWithReason(labelOf(t.review.reasons, row.reason));
              return (
                <tr data-check="count" data-outcome={row.outcome} data-reason={row.reason ?? ""} data-channel={channel} data-published={String(row.counts[channel])}>
                  <th scope="row">{m.countRow(outcome, t.signatureLog.channels[channel] ?? channel)}</th>
                  <td>{t.tally.formatNumber(row.counts[channel])}</td>
                  {pending}
                  {verdict}
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
      <p>{m.duplicatesNote(duplicateAttempts)}</p>

      {entriesAvailable ? (
        <p>
          <a href={paths.entries} download>
            {m.download}
          </a>
        </p>
      ) : (
        <p class="notice">{m.erased}</p>
      )}

      <h2>{m.nullifierHeading}</h2>
      <p>{m.nullifier}</p>

      <h2>{m.howToHeading}</h2>
      <p>{m.howToIntro}</p>
      <ol>
        {m.howToFields.map((field) => (
          <li>{field}</li>
        ))}
      </ol>
      <p>{m.howToEncoding}</p>
      <p>{m.howToCounts}</p>
      {entriesAvailable ? <script src="/static/tally-recompute.js" defer></script> : null}
    </section>
  );
}
