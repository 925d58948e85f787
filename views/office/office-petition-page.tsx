import type { Messages } from "../../src/i18n/messages";
import { officePaths } from "../../src/office/office-paths";
import type { Petition } from "../../src/petitions/queries";
import type { LogHead } from "../../src/signature-log/read-log-head";
import type { LogVerification } from "../../src/signature-log/verify-signature-log";
import type { SignatureCounts } from "../../src/signing/signature-counts";
import { workspacePaths } from "../../src/workspace/workspace-paths";
import { labelOf } from "../../src/signature-log/log-report";
import { CsrfField } from "../components/csrf-field";
import { LOG_VERIFICATION_ID, LogVerificationResult } from "./log-verification-result";

type OfficePetitionPageProps = {
  t: Messages;
  petition: Petition;
  counts: SignatureCounts;
  head: LogHead;
  csrfToken?: string | undefined;
  /** Outcome of the check the office just ran, shown when the page is the response to the form without htmx. */
  verification: LogVerification | undefined;
  verifiedAt: Date;
};

/** Render the election office's page of one petition: status, counts, log head and the button that checks the log. */
export function OfficePetitionPage({ t, petition, counts, head, csrfToken, verification, verifiedAt }: OfficePetitionPageProps) {
  const m = t.signatureLog;
  const paths = officePaths(petition.id);
  const channels = ["wallet", "passkey", "paper"] as const;
  return (
    <section class="office-petition">
      <p>{m.page.heading}</p>
      <h1>{petition.title}</h1>
      <dl>
        <dt>{m.page.statusLabel}</dt>
        <dd>{t.workspace.list.status[petition.status]}</dd>
        <dt>{m.page.collectionLabel}</dt>
        <dd>{t.workspace.list.period(petition.collectionStart, petition.collectionEnd)}</dd>
      </dl>

      <h2>{m.page.countsHeading}</h2>
      <table class="data-table">
        <caption>{m.page.countsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.page.channelColumn}</th>
            <th scope="col">{m.page.countColumn}</th>
          </tr>
        </thead>
        <tbody>
          {channels.map((channel) => (
            <tr>
              <th scope="row">{labelOf(m.channels, channel)}</th>
              <td>{m.formatNumber(counts.byChannel[channel])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{m.statuses.proven}</th>
            <td>{m.formatNumber(counts.proven)}</td>
          </tr>
          <tr>
            <th scope="row">{m.statuses.provisional}</th>
            <td>{m.formatNumber(counts.provisional)}</td>
          </tr>
        </tbody>
      </table>

      <h2>{m.page.logHeading}</h2>
      <p>{m.page.logIntro}</p>
      <dl>
        <dt>{m.page.headLabel}</dt>
        <dd class="log-hash">{m.page.headValue(head.length, head.headHash)}</dd>
        <dt>{m.page.sealedAtLabel}</dt>
        <dd>{head.sealedAt === null ? m.page.neverSealed : m.formatDateTime(head.sealedAt)}</dd>
        <dt>{m.page.unsealedLabel}</dt>
        <dd>{m.formatNumber(head.unsealed)}</dd>
      </dl>
      <form method="post" action={paths.verifyLog} hx-post={paths.verifyLog} hx-target={`#${LOG_VERIFICATION_ID}`} hx-swap="innerHTML">
        <CsrfField token={csrfToken} />
        <button type="submit">{m.page.verifyButton}</button>
      </form>
      <div id={LOG_VERIFICATION_ID} role="status" aria-live="polite">
        {verification === undefined ? null : <LogVerificationResult t={t} verification={verification} verifiedAt={verifiedAt} />}
      </div>

      <p>
        <a href={workspacePaths(petition.id).overview}>{m.page.backToDashboard}</a>
      </p>
    </section>
  );
}
