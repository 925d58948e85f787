import type { AuditLogEntry } from "../../src/audit/read-audit-log";
import { isAuditAction } from "../../src/audit/audit-actions";
import type { Messages } from "../../src/i18n/messages";
import { auditSummary } from "./audit-summary";

type AuditLogPageProps = {
  t: Messages;
  entries: AuditLogEntry[];
  petitions: { id: string; title: string }[];
  petitionId: string | undefined;
  page: number;
  hasNextPage: boolean;
};

function pageHref(petitionId: string | undefined, page: number): string {
  const query = new URLSearchParams();
  if (petitionId !== undefined) query.set("petition", petitionId);
  query.set("seite", String(page));
  return `/verwaltung/protokoll?${query.toString()}`;
}

/** The audit log for administrators: newest first, with what each entry changed, filterable by petition, 50 entries a page. */
export function AuditLogPage({ t, entries, petitions, petitionId, page, hasNextPage }: AuditLogPageProps) {
  const text = t.staff.auditLog;
  return (
    <section class="audit-log">
      <h1>{text.heading}</h1>
      <p>{text.intro}</p>
      <form method="get" action="/verwaltung/protokoll" class="audit-filter">
        <div class="field">
          <label for="audit-petition">{text.filterLabel}</label>
          <select id="audit-petition" name="petition">
            <option value="" selected={petitionId === undefined}>
              {text.allPetitions}
            </option>
            {petitions.map((petition) => (
              <option value={petition.id} selected={petition.id === petitionId}>
                {petition.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button-secondary">
          {text.filterButton}
        </button>
      </form>
      {entries.length === 0 ? (
        <p>{text.empty}</p>
      ) : (
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{text.columns.at}</th>
              <th scope="col">{text.columns.actor}</th>
              <th scope="col">{text.columns.action}</th>
              <th scope="col">{text.columns.petition}</th>
              <th scope="col">{text.columns.details}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr>
                <td>{t.staff.formatDateTime(entry.at)}</td>
                <td>{entry.actorName ?? text.commandLine}</td>
                <td>{isAuditAction(entry.action) ? text.actions[entry.action] : entry.action}</td>
                <td>{entry.petitionTitle ?? entry.petitionId ?? ""}</td>
                <td>{auditSummary(t, entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label={text.pagination}>
        <ul class="pagination">
          {page > 1 ? (
            <li>
              <a href={pageHref(petitionId, page - 1)}>{text.newer}</a>
            </li>
          ) : null}
          {hasNextPage ? (
            <li>
              <a href={pageHref(petitionId, page + 1)}>{text.older}</a>
            </li>
          ) : null}
        </ul>
      </nav>
    </section>
  );
}
