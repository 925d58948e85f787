import type { Messages } from "../../src/i18n/messages";
import type { PublicPetition } from "../../src/petitions/public-petitions";

/** Render the start page: the petitions collecting today, each with its count and last day. */
export function PetitionListPage({ t, views }: { t: Messages; views: PublicPetition[] }) {
  const l = t.petitions.list;
  return (
    <section class="petition-list">
      <h1>{l.heading}</h1>
      <p>{l.intro}</p>
      {views.length === 0 ? (
        <p class="petition-list-empty">{l.empty}</p>
      ) : (
        <ul>
          {views.map(({ petition, progress }) => (
            <li class="petition-summary">
              <h2>
                <a href={`/petitionen/${petition.id}`}>{petition.title}</a>
              </h2>
              <p>{l.progress(progress.towardQuorum, progress.quorum)}</p>
              <progress max={progress.quorum} value={Math.min(progress.towardQuorum, progress.quorum)}>
                {l.progress(progress.towardQuorum, progress.quorum)}
              </progress>
              <p>{l.endsOn(petition.collectionEnd)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
