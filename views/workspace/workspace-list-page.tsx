import type { Messages } from "../../src/i18n/messages";
import type { Petition } from "../../src/petitions/queries";
import { WORKSPACE_PATH, workspacePaths } from "../../src/workspace/workspace-paths";

type WorkspaceListPageProps = { t: Messages; petitions: Petition[]; canCreate: boolean };

/** Render the petitions a staff member works on, with their status and period, and the way to create one. */
export function WorkspaceListPage({ t, petitions, canCreate }: WorkspaceListPageProps) {
  const l = t.workspace.list;
  return (
    <section class="workspace-list">
      <h1>{l.heading}</h1>
      <p>{l.intro}</p>
      {canCreate ? (
        <p>
          <a class="button" href={`${WORKSPACE_PATH}/neu`}>
            {l.create}
          </a>
        </p>
      ) : null}
      {petitions.length === 0 ? (
        <p>{l.empty}</p>
      ) : (
        <table class="workspace-table">
          <thead>
            <tr>
              <th scope="col">{l.columns.title}</th>
              <th scope="col">{l.columns.status}</th>
              <th scope="col">{l.columns.period}</th>
            </tr>
          </thead>
          <tbody>
            {petitions.map((petition) => (
              <tr>
                <th scope="row">
                  <a href={workspacePaths(petition.id).overview}>{petition.title}</a>
                </th>
                <td>{l.status[petition.status]}</td>
                <td>{l.period(petition.collectionStart, petition.collectionEnd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
