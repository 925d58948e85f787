import fs from "node:fs";
import path from "node:path";

// npx tsx test/bench/profile-summary.ts $TMPDIR/mz-bench-profiles/<database> [rows]
// Prints the functions with the most self time in the newest V8 CPU profile
// (.cpuprofile) of a folder, as written by `npm run bench -- --cpu-prof`.

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const folder = process.argv[2] ?? ".";
const rows = Number(process.argv[3] ?? "25");
const newest = fs
  .readdirSync(folder)
  .filter((file) => file.endsWith(".cpuprofile"))
  .map((file) => path.join(folder, file))
  .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
if (newest === undefined) throw new Error(`no .cpuprofile file in ${folder}`);

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
