import type { Messages } from "../../src/i18n/messages";
import type { OfficeQueue, QueueEntry } from "../../src/office/office-queue";
import { officePaths } from "../../src/office/office-paths";

type QueueTableProps = { t: Messages; entries: QueueEntry[]; caption: string; empty: string; submitted: boolean };

function QueueTable({ t, entries, caption, empty, submitted }: QueueTableProps) {
  const q = t.admissibility.queue;
  if (entries.length === 0) return <p>{empty}</p>;
  return (
    <table class="data-table office-queue">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{q.columns.title}</th>
          {submitted ? <th scope="col">{q.columns.submittedAt}</th> : <th scope="col">{q.columns.period}</th>}
          <th scope="col">{q.columns.count}</th>
          <th scope="col">{q.columns.quorum}</th>
          <th scope="col">{q.columns.status}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const { petition, progress } = entry;
          let state = progress.reached ? q.reached : q.notReached;
          if (entry.admissible !== null) state = entry.admissible ? q.admissible : q.inadmissible;
          return (
            <tr>
              <th scope="row">
                <a href={officePaths(petition.id).petition}>{petition.title}</a>
              </th>
              <td>
                {submitted && entry.submittedAt !== null ? q.formatSubmittedAt(entry.submittedAt) : q.period(petition.collectionStart, petition.collectionEnd)}
              </td>
              <td>{q.count(progress.towardQuorum)}</td>
              <td>{q.quorum(progress.quorum, entry.quorumSet)}</td>
              <td>{state}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Render the election office's queue: submitted petitions awaiting a decision first, then decided ones, then the other published petitions. */
export function OfficeQueuePage({ t, queue }: { t: Messages; queue: OfficeQueue }) {
  const q = t.admissibility.queue;
  return (
    <section class="office-queue-page">
      <h1>{q.heading}</h1>
      <h2>{q.waitingHeading}</h2>
      <QueueTable t={t} entries={queue.waiting} caption={q.waitingHeading} empty={q.waitingEmpty} submitted />
      <h2>{q.decidedHeading}</h2>
      <QueueTable t={t} entries={queue.decided} caption={q.decidedHeading} empty={q.decidedEmpty} submitted />
      <h2>{q.otherHeading}</h2>
      <QueueTable t={t} entries={queue.other} caption={q.otherHeading} empty={q.otherEmpty} submitted={false} />
    </section>
  );
}
