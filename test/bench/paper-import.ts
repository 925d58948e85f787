import { performance } from "node:perf_hooks";
import { createApp } from "../../src/app";
import { berlinDate } from "../../src/petitions/collection-period";
import { officePaths } from "../../src/office/office-paths";
import { readPaperCsv } from "../../src/review/paper-csv";
import { petitionTally } from "../../src/review/petition-tally";
import { verifySignatureLog } from "../../src/signature-log/verify-signature-log";
import { createTestDeps } from "../helpers/app";
import { testDatabaseKind } from "../helpers/db";
import { createTestPetition } from "../helpers/petitions";
import { createSignedInStaff } from "../helpers/staff";

// Time of one CSV import of paper lines through the office route, on the
// database that TEST_DATABASE names (PGlite unless "postgres"). Run:
//
//   npx tsx test/bench/paper-import.ts [lines]
//
// It prints the time to read and check the file alone and the time of the
// whole request, which reads, checks and stores it. Then it prints the time of
// the log check that follows, and the size of the error page for a file whose
// every line is bad.

const HEADER = "familienname;vornamen;geburtsdatum;geburtsort;anschrift;blatt;zeile";
const LINES_PER_SHEET = 10;

/**
 * Build a file of `count` adults, ten to a sheet, in which every hundredth
 * line repeats the person of the line before. Each person has a family name
 * of their own, since a shared family name and birth date would make every
 * pair a possible duplicate.
 */
function paperFile(count: number, birthDate = "17.05.1980"): string {
  const lines = Array.from({ length: count }, (_, index) => {
    const person = index % 100 === 99 ? index - 1 : index;
    return `Muster ${person};Anna;${birthDate};Dresden;Markt ${index};${Math.floor(index / LINES_PER_SHEET) + 1};${(index % LINES_PER_SHEET) + 1}`;
  });
  return [HEADER, ...lines].join("\n");
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? "20000");
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`expected a positive number of lines, got ${process.argv[2]}`);

  const deps = await createTestDeps();
  try {
    const app = createApp(deps);
    const office = await createSignedInStaff(deps, { role: "election_office" });
    const upload = async (petitionId: string, text: string) => {
      const form = new FormData();
      form.set("datei", new File([text], "papier.csv", { type: "text/csv" }));
      const started = performance.now();
      const response = await app.request(officePaths(petitionId).paperImport, { method: "POST", headers: office.session.postHeaders, body: form });
      const body = await response.text();
      return { status: response.status, bytes: Buffer.byteLength(body), ms: performance.now() - started };
    };

    const petition = await createTestPetition(deps.database, { now: deps.clock.now(), serverSecret: deps.serverSecret });
    const file = paperFile(count);
    const readStarted = performance.now();
    const read = readPaperCsv(new TextEncoder().encode(file), petition, berlinDate(deps.clock.now()));
    const readMs = performance.now() - readStarted;
    if (read.kind !== "read" || read.errors.length > 0) throw new Error("the generated file did not read cleanly");

    const stored = await upload(petition.id, file);
    const tally = await petitionTally(deps.database, petition.id);
    const verifyStarted = performance.now();
    const verification = await verifySignatureLog(deps.database, petition.id);
    const verifyMs = performance.now() - verifyStarted;

    const badPetition = await createTestPetition(deps.database, { now: deps.clock.now(), serverSecret: deps.serverSecret });
    const rejected = await upload(badPetition.id, paperFile(count, "31.02.1980"));

    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`database: ${testDatabaseKind}, lines: ${count}, file: ${(Buffer.byteLength(file) / 1024 / 1024).toFixed(2)} MiB`);
    console.log(`read and check the file: ${seconds(readMs)}`);
    console.log(`import request: ${seconds(stored.ms)} (status ${stored.status}, ${tally.signatures.total} signatures, ${tally.duplicateAttempts.paper} duplicates)`);
    console.log(`verifySignatureLog afterwards: ${seconds(verifyMs)} (${verification.ok ? "ok" : `${verification.problemCount} problems`})`);
    console.log(`all-bad file: ${seconds(rejected.ms)}, status ${rejected.status}, page ${(rejected.bytes / 1024).toFixed(1)} KiB`);
  } finally {
    await deps.database.close();
  }
}

await main();
