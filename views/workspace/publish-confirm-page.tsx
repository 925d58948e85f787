import type { Locale } from "../../src/i18n/locale";
import type { Messages } from "../../src/i18n/messages";
import type { SubmissionDeadline } from "../../src/petitions/deadlines";
import type { Petition } from "../../src/petitions/queries";
import { ruleLines } from "../../src/petitions/rule-lines";
import { workspacePaths } from "../../src/workspace/workspace-paths";
import { CsrfField } from "../components/csrf-field";
import { TextParagraphs } from "../petitions/text-paragraphs";
import { DeadlineList } from "./deadline-list";

type PublishConfirmPageProps = {
  t: Messages;
  locale: Locale;
  petition: Petition;
  deadline: SubmissionDeadline;
  daysToDeadline: number;
  csrfToken: string | undefined;
};

/**
 * Render the last step before publishing: what publishing does, and every
 * detail that it freezes, with a form that publishes exactly the version
 * shown here.
 */
export function PublishConfirmPage({ t, locale, petition, deadline, daysToDeadline, csrfToken }: PublishConfirmPageProps) {
  const p = t.workspace.publishConfirm;
  const n = t.workspace.notificationPdf;
  const f = t.workspace.form;
  const paths = workspacePaths(petition.id);
  const quorum = petition.eligibleResidents === null ? t.workspace.draft.quorum(petition.quorum) : t.workspace.draft.quorumFromResidents(petition.quorum, petition.eligibleResidents);
  return (
    <section class="publish-confirm">
      <h1>{p.heading}</h1>
      <p>{p.intro}</p>

      <section class="panel" aria-labelledby="publish-consequences-heading">
        <h2 id="publish-consequences-heading">{p.consequencesHeading}</h2>
        <ul>
          <li>{p.visible}</li>
          <li>{p.signing(petition.collectionStart, petition.collectionEnd)}</li>
          <li>
            <strong>{p.frozen}</strong>
          </li>
        </ul>
        <form method="post" action={paths.publish}>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="version" value={String(petition.version)} />
          <div class="form-actions">
            <button type="submit" class="button">
              {p.confirm}
            </button>
            <a href={paths.overview}>{p.back}</a>
          </div>
        </form>
      </section>

      <h2>{p.frozenHeading}</h2>
      <dl class="frozen-content">
        <dt>{n.title}</dt>
        <dd>{petition.title}</dd>
        <dt>{n.decisionProposal}</dt>
        <dd>
          <TextParagraphs text={petition.decisionProposal} />
        </dd>
        <dt>{n.reasoning}</dt>
        <dd>
          <TextParagraphs text={petition.reasoning} />
        </dd>
        <dt>{n.costCoverageProposal}</dt>
        <dd>
          <TextParagraphs text={petition.costCoverageProposal} />
        </dd>
        <dt>{n.representative}</dt>
        <dd>{`${petition.representative.name}, ${petition.representative.contact}`}</dd>
        <dt>{n.deputy}</dt>
        <dd>{`${petition.deputy.name}, ${petition.deputy.contact}`}</dd>
        <dt>{p.quorum}</dt>
        <dd>{quorum}</dd>
        <dt>{n.rules}</dt>
        <dd>
          <ul>
            {ruleLines(petition, t, locale).map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </dd>
        <dt>{p.credentialTypes}</dt>
        <dd>{petition.rules.credentialTypes.map((vct) => f.credentialTypeNames[vct] ?? vct).join(", ")}</dd>
        <dt>{p.signatureKinds}</dt>
        <dd>{petition.signatureKinds.map((kind) => f.signatureKinds[kind]).join(", ")}</dd>
      </dl>
      <DeadlineList t={t} petition={petition} deadline={deadline} daysToDeadline={daysToDeadline} />
    </section>
  );
}
