import fs from "node:fs";
import path from "node:path";

// npx tsx test/bench/profile-summary.ts <folder or .cpuprofile file> [rows]
// Prints the functions with the most self time in one V8 CPU profile: the
// file given, or the newest .cpuprofile in the folder, as written by
// `npm run bench -- --cpu-prof`. Node writes one profile per thread, and the
// main thread's is not always the newest, so name its file (thread id 0 in
// CPU.<date>.<time>.<pid>.0.<sequence>.cpuprofile) to read it.

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const target = process.argv[2] ?? ".";
const rows = Number(process.argv[3] ?? "25");
const newest = target.endsWith(".cpuprofile") ? target : newestProfileIn(target);

function newestProfileIn(folder: string): string {
  const [file] = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".cpuprofile"))
    .map((name) => path.join(folder, name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (file === undefined) throw new Error(`no .cpuprofile file in ${folder}`);
  return file;
}

const profile = JSON.parse(fs.readFileSync(newest, "utf8")) as CpuProfile;
const nodesById = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicroseconds = new Map<string, number>();
let totalMicroseconds = 0;
profile.samples.forEach((id, index) => {
  const node = nodesById.get(id)!;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url === "" ? "" : ` ${url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/work\/main\//, "")}:${lineNumber + 1}`;
  const label = `${functionName || "(anonymous)"}${where}`;
  const delta = profile.timeDeltas[index] ?? 0;
  selfMicroseconds.set(label, (selfMicroseconds.get(label) ?? 0) + delta);
  totalMicroseconds += delta;
});

process.stdout.write(`${newest}: ${(totalMicroseconds / 1e6).toFixed(1)} s sampled\n`);
for (const [label, micros] of [...selfMicroseconds].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
  process.stdout.write(`${((100 * micros) / totalMicroseconds).toFixed(1).padStart(5)} %  ${label}\n`);
}
