import type { Locale } from "../../src/i18n/locale";
import type { Messages } from "../../src/i18n/messages";
import type { PublicPetition } from "../../src/petitions/public-petitions";
import { workspacePaths } from "../../src/workspace/workspace-paths";
import { PetitionPage } from "../petitions/petition-page";

/** Render a draft inside the public petition page, under a banner saying that it is a preview. */
export function PreviewPage({ t, locale, view }: { t: Messages; locale: Locale; view: PublicPetition }) {
  const p = t.workspace.preview;
  return (
    <>
      <div class="preview-banner" role="note">
        <p>{p.banner}</p>
        <p>
          <a href={workspacePaths(view.petition.id).overview}>{p.back}</a>
        </p>
      </div>
      <PetitionPage t={t} locale={locale} view={view} preview />
    </>
  );
}
