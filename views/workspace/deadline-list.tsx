import type { Messages } from "../../src/i18n/messages";
import type { SubmissionDeadline } from "../../src/petitions/deadlines";

type DeadlineListProps = {
  t: Messages;
  petition: { notificationDate: string; collectionStart: string; collectionEnd: string };
  deadline: SubmissionDeadline;
  /** Calendar days from today to the submission deadline; negative once it has passed. */
  daysToDeadline: number;
};

/** Render the notification date, the collection period and the submission deadline with the rule behind it. */
export function DeadlineList({ t, petition, deadline, daysToDeadline }: DeadlineListProps) {
  const d = t.workspace.deadlines;
  return (
    <section class="deadlines" aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">{d.heading}</h2>
      <ul>
        <li>{d.notification(petition.notificationDate)}</li>
        <li>{d.collection(petition.collectionStart, petition.collectionEnd)}</li>
        <li>
          <strong>{d.submission(deadline.lastDay)}</strong> ({deadline.rule === "councilDecision" ? d.ruleCouncilDecision : d.ruleNotification}).{" "}
          {d.daysLeft(daysToDeadline)}
        </li>
      </ul>
    </section>
  );
}
