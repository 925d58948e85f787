import { type Config, ConfigError, loadConfig } from "../config";
import { type Database, openPglite, openPostgres } from "../db/client";
import { DataDirInUseError } from "../db/data-dir-lock";
import { de } from "../i18n/de";

/** Destination of a command's report lines and error lines. */
export type CliOutput = { out(line: string): void; err(line: string): void };

export const processOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Load the configuration from `env` and open the database the server uses
 * (DATABASE_URL with one connection, else PGlite under DATA_DIR). An invalid
 * configuration prints its message and returns `exits.usage`, and a PGlite
 * folder that the server has open prints a German message and returns
 * `exits.failed`. Returns the database with the configuration, and the
 * caller closes the database.
 */
export async function openCliDatabase(
  env: Record<string, string | undefined>,
  output: CliOutput,
  exits: { usage: number; failed: number },
): Promise<{ database: Database; config: Config } | { exit: number }> {
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    output.err(error.message);
    return { exit: exits.usage };
  }

  try {
    return { config, database: config.databaseUrl ? await openPostgres(config.databaseUrl, 1) : await openPglite(config.dataDir) };
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    output.err(de.petitions.cli.dataDirInUse(error.dataDir, error.pid));
    return { exit: exits.failed };
  }
}
