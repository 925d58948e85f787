import { workspacePaths } from "../workspace/workspace-paths";

/** Build the paths of a petition's paper signature lists, under its workspace page, so views and routes agree on them. */
export function paperListPaths(petitionId: string) {
  const base = `${workspacePaths(petitionId).overview}/unterschriftenlisten`;
  return {
    page: base,
    download: `${base}/pdf`,
    sheets: `${base}/blaetter`,
    sheet: (sheet: number) => `${base}/blaetter/${sheet}`,
    removeSheet: (sheet: number) => `${base}/blaetter/${sheet}/entfernen`,
  };
}
