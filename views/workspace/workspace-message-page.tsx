import { workspacePaths } from "../../src/workspace/workspace-paths";

type WorkspaceMessagePageProps = { title: string; body: string; petitionId: string; linkText: string };

/** Render a page that explains why an action on a petition was rejected and links back to the petition. */
export function WorkspaceMessagePage({ title, body, petitionId, linkText }: WorkspaceMessagePageProps) {
  return (
    <section class="workspace-message">
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <a href={workspacePaths(petitionId).overview}>{linkText}</a>
      </p>
    </section>
  );
}
