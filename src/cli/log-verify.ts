import { pathToFileURL } from "node:url";
import { migrate } from "../db/migrate";
import { de } from "../i18n/de";
import { findPetitionByReference, isPetitionReference } from "../petitions/find-petition-by-reference";
import { findErasure } from "../privacy/find-erasure";
import { logReportLines } from "../signature-log/log-report";
import { verifySignatureLog } from "../signature-log/verify-signature-log";
import { type CliOutput, openCliDatabase, processOutput } from "./cli-database";

export const EXIT_VALID = 0;
/** The check found a problem; the report names the first bad sequence number. */
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
/** The database failed, the petition does not exist or its signatures were erased; nothing was checked. */
export const EXIT_FAILED = 3;

/**
 * Seal and check a petition's signature log in the database the server uses
 * (DATABASE_URL, else PGlite under DATA_DIR) and print a German report.
 * Exit code 0 when the log is valid, 1 when a problem was found, 2 when the
 * arguments are unusable, 3 when the database failed or the petition does
 * not exist.
 */
export async function logVerify(
  args: string[],
  env: Record<string, string | undefined> = process.env,
  output: CliOutput = processOutput,
): Promise<number> {
  const m = de.signatureLog;
  const [reference] = args;
  if (args.length !== 1 || reference === undefined) {
    output.err(m.cli.usage);
    return EXIT_USAGE;
  }
  if (!isPetitionReference(reference)) {
    output.err(m.cli.invalidReference(reference));
    return EXIT_USAGE;
  }

  const opened = await openCliDatabase(env, output, { usage: EXIT_USAGE, failed: EXIT_FAILED });
  if (!("database" in opened)) return opened.exit;
  const { database } = opened;

  try {
    await migrate(database);
    const found = await findPetitionByReference(database, reference);
    if (!found.ok) {
      output.err(found.error === "AMBIGUOUS" ? m.cli.ambiguous(reference) : m.cli.notFound(reference));
      return EXIT_FAILED;
    }
    const erasure = await findErasure(database, found.value.id);
    if (erasure !== undefined) {
      output.err(m.cli.erased(found.value.title, de.staff.formatDateTime(erasure.erasedAt), erasure.logLength, erasure.logHeadHash.toString("hex")));
      return EXIT_FAILED;
    }
    const verification = await verifySignatureLog(database, found.value.id);
    for (const line of logReportLines(verification, found.value.title, m)) output.out(line);
    return verification.ok ? EXIT_VALID : EXIT_INVALID;
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  logVerify(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`log:verify failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(EXIT_FAILED);
    },
  );
}
