/** Path of the election office's area, under the staff area, which lists its petitions. */
export const OFFICE_PATH = "/verwaltung/wahlamt";

/** Build the election office's paths for one petition, so views and routes agree on them. */
export function officePaths(petitionId: string) {
  const base = `${OFFICE_PATH}/buergerbegehren/${petitionId}`;
  return {
    petition: base,
    verifyLog: `${base}/protokoll-pruefen`,
    review: `${base}/pruefung`,
    decide: (signatureId: number) => `${base}/pruefung/${signatureId}`,
    markDistinct: (signatureId: number) => `${base}/pruefung/${signatureId}/verschiedene-personen`,
    paper: `${base}/papier`,
    paperImport: `${base}/papier/import`,
    paperLine: `${base}/papier/zeile`,
    paperLineDelete: `${base}/papier/zeile/loeschen`,
    paperLineWithdraw: `${base}/papier/zeile/zurueckziehen`,
    tallies: `${base}/auszaehlungen`,
    quorumBasis: `${base}/quorum`,
    decision: `${base}/zulaessigkeit`,
  };
}

/** Build the paths of one certified tally's files. */
export function officeTallyPaths(petitionId: string, tallyId: string) {
  const base = `${OFFICE_PATH}/buergerbegehren/${petitionId}/auszaehlungen/${tallyId}`;
  return { pdf: `${base}/auszaehlung.pdf`, csv: `${base}/auszaehlung.csv`, json: `${base}/auszaehlung.json` };
}
