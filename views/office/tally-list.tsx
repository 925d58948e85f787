import type { Messages } from "../../src/i18n/messages";
import { officePaths, officeTallyPaths } from "../../src/office/office-paths";
import type { TallySnapshot } from "../../src/tally/create-tally";
import { publicTallyPaths } from "../../src/tally/public-tally-paths";
import { CsrfField } from "../components/csrf-field";

type TallyListProps = {
  t: Messages;
  petitionId: string;
  tallies: TallySnapshot[];
  csrfToken?: string | undefined;
  /** Reason why generating a tally just failed, shown above the button. */
  problem: string | undefined;
};

/** Element id of the tally section, the target of the redirect after generating a tally. */
export const TALLIES_SECTION_ID = "auszaehlungen";

/** Render the office's certified tallies of a petition with their files and public pages, and the button that generates one. */
export function TallyList({ t, petitionId, tallies, csrfToken, problem }: TallyListProps) {
  const m = t.tally.office;
  return (
    <section id={TALLIES_SECTION_ID} aria-labelledby="tallies-heading">
      <h2 id="tallies-heading">{m.heading}</h2>
      <p>{m.intro}</p>
      {problem === undefined ? null : (
        <div class="notice notice-error" role="alert">
          <p>
            <strong>{m.busyTitle}</strong>
          </p>
          <p>{problem}</p>
        </div>
      )}
      <form method="post" action={officePaths(petitionId).tallies}>
        <CsrfField token={csrfToken} />
        <button type="submit">{m.createButton}</button>
      </form>
      {tallies.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <table class="data-table">
          <caption>{m.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columns.generated}</th>
              <th scope="col">{m.columns.towardQuorum}</th>
              <th scope="col">{m.columns.log}</th>
              <th scope="col">{m.columns.files}</th>
              <th scope="col">{m.columns.publicPage}</th>
            </tr>
          </thead>
          <tbody>
            {tallies.map((tally) => {
              const files = officeTallyPaths(petitionId, tally.id);
              return (
                <tr>
                  <td>{m.generatedBy(tally.generatedAt, tally.generatedByName)}</td>
                  <td>
                    {t.tally.formatNumber(tally.figures.towardQuorum)} / {t.tally.formatNumber(tally.quorum)}
                  </td>
                  <td>{m.logValue(tally.logLength)}</td>
                  <td>
                    <a href={files.pdf} aria-label={m.fileLabel(m.pdfLink, tally.generatedAt)}>
                      {m.pdfLink}
                    </a>{" "}
                    <a href={files.csv} aria-label={m.fileLabel(m.csvLink, tally.generatedAt)}>
                      {m.csvLink}
                    </a>{" "}
                    <a href={files.json} aria-label={m.fileLabel(m.jsonLink, tally.generatedAt)}>
                      {m.jsonLink}
                    </a>
                  </td>
                  <td>
                    <a href={publicTallyPaths(tally.publicToken).page} aria-label={m.publicLinkLabel(tally.generatedAt)}>
                      {m.publicLink}
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
