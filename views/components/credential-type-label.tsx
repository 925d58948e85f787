import type { Messages } from "../../src/i18n/messages";

type CredentialTypeLabelProps = { t: Messages; vct: string | null };

/** Render a credential type by its name in the page's language, with the vct as a secondary detail; a dash when there is none. */
export function CredentialTypeLabel({ t, vct }: CredentialTypeLabelProps) {
  if (vct === null) return <>–</>;
  const name = t.credentials.typeNames[vct];
  if (name === undefined) return <code>{vct}</code>;
  return (
    <>
      {name} <span class="field-hint">(<code>{vct}</code>)</span>
    </>
  );
}
