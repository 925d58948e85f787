import fs from "node:fs";
import { pathToFileURL } from "node:url";
import { ConfigError, loadConfig } from "../config";
import { openPglite, openPostgres } from "../db/client";
import { DataDirInUseError } from "../db/data-dir-lock";
import { migrate } from "../db/migrate";
import { de } from "../i18n/de";
import { createLogger } from "../log";
import { createPetition } from "../petitions/create-petition";
import { parsePetitionInput } from "../petitions/petition-input";
import { loadServerSecret } from "../secrets/server-secret";

export const EXIT_CREATED = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
/** The database or the server secret failed; nothing was created. */
export const EXIT_FAILED = 3;

type Output = { out(line: string): void; err(line: string): void };

const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Create a petition from a JSON file in the database the server uses
 * (DATABASE_URL, else PGlite under DATA_DIR). Exit code 0 when created, 1
 * when the file has invalid fields (each printed as "feld: problem"), 2
 * when the arguments are unusable: no file, unreadable, not JSON. An
 * error from the database or the server secret ends the process with 3.
 */
export async function petitionCreate(
  args: string[],
  env: Record<string, string | undefined> = process.env,
  output: Output = processOutput,
): Promise<number> {
  const m = de.petitions.cli;
  if (args.length !== 1 || args[0] === undefined) {
    output.err(args.length === 0 ? m.missingFile : m.tooManyArguments);
    output.err(m.usage);
    return EXIT_USAGE;
  }
  const file = args[0];

  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    output.err(m.unreadable(file));
    return EXIT_USAGE;
  }
  let text: string;
  try {
    // A byte order mark, as some Windows editors write it, is dropped; bytes that are not UTF-8 are rejected rather than replaced.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    output.err(m.notUtf8(file));
    return EXIT_USAGE;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    output.err(m.notJson(file, (error as Error).message));
    return EXIT_USAGE;
  }

  const parsed = parsePetitionInput(raw);
  if (!parsed.ok) {
    for (const problem of parsed.problems) output.err(`${problem.field || m.fileLevel}: ${problem.message}`);
    output.err(m.invalid(parsed.problems.length));
    return EXIT_INVALID;
  }

  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    output.err(error.message);
    return EXIT_USAGE;
  }
  const log = createLogger(env.LOG_LEVEL ?? "warn");
  const serverSecret = loadServerSecret(config);
  let database;
  try {
    database = config.databaseUrl ? await openPostgres(config.databaseUrl, 1) : await openPglite(config.dataDir);
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    output.err(m.dataDirInUse(error.dataDir, error.pid));
    return EXIT_FAILED;
  }
  try {
    await migrate(database);
    const petition = await createPetition({ database, serverSecret, log }, parsed.value);
    output.out(m.created(petition.id));
    output.out(m.url(`${config.publicUrl}/petitionen/${petition.id}`));
    if (petition.status === "draft") output.out(m.draftNotice);
    return EXIT_CREATED;
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  petitionCreate(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`petition:create failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(EXIT_FAILED);
    },
  );
}
