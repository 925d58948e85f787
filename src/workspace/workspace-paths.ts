/** Path of the organiser workspace, under the staff area. */
export const WORKSPACE_PATH = "/verwaltung/buergerbegehren";

/** Build the workspace's paths for one petition, so views and routes agree on them. */
export function workspacePaths(petitionId: string) {
  const base = `${WORKSPACE_PATH}/${petitionId}`;
  return {
    list: WORKSPACE_PATH,
    overview: base,
    edit: `${base}/bearbeiten`,
    preview: `${base}/vorschau`,
    notificationPdf: `${base}/anzeige.pdf`,
    publish: `${base}/veroeffentlichen`,
    submit: `${base}/einreichen`,
    figures: `${base}/stand`,
    dailyCsv: `${base}/tageszahlen.csv`,
  };
}
