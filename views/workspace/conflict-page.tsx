import type { Messages } from "../../src/i18n/messages";

type ConflictPageProps = {
  t: Messages;
  /** Action that met the conflict: saving an edit or publishing. */
  action: "edit" | "publish";
  /** Link that loads the current version: the edit form or the publication's confirmation. */
  reloadHref: string;
  /** Texts the member typed that differ from the current version, with their labels, so they can be copied. */
  typed: { label: string; value: string }[];
};

/** Explain that the draft changed after the page was loaded, keep the member's own texts visible, and link to the current version. */
export function ConflictPage({ t, action, reloadHref, typed }: ConflictPageProps) {
  const text = t.workspace.conflict;
  return (
    <section class="workspace-message">
      <h1>{text.title}</h1>
      <p>{action === "edit" ? text.editBody : text.publishBody}</p>
      <p>
        <a class="button" href={reloadHref}>
          {action === "edit" ? text.editAction : text.publishAction}
        </a>
      </p>
      {typed.length === 0 ? null : (
        <section aria-labelledby="conflict-typed-heading">
          <h2 id="conflict-typed-heading">{text.typedHeading}</h2>
          <p>{text.typedHint}</p>
          <dl class="conflict-typed">
            {typed.map((entry) => (
              <>
                <dt>{entry.label}</dt>
                <dd>
                  <pre class="typed-text">{entry.value}</pre>
                </dd>
              </>
            ))}
          </dl>
        </section>
      )}
    </section>
  );
}
