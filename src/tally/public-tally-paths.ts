/** Prefix of the public recompute pages of certified tallies. */
export const PUBLIC_TALLY_PATH = "/auszaehlung";

/** Build the public paths of a tally's recompute page and of its log entries. */
export function publicTallyPaths(token: string) {
  const page = `${PUBLIC_TALLY_PATH}/${token}`;
  return { page, entries: `${page}/eintraege.json` };
}
