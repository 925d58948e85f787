import { createPrivateKey, type KeyObject } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { recordAudit } from "../audit/record-audit";
import type { Config } from "../config";
import { migrate } from "../db/migrate";
import { DEVELOPMENT_OFFICE_KEY_FILES } from "../evidence/office-evidence-key";
import { readPetitionEvidence } from "../evidence/read-petition-evidence";
import { de } from "../i18n/de";
import { findPetitionByReference, isPetitionReference } from "../petitions/find-petition-by-reference";
import { loadServerSecret } from "../secrets/server-secret";
import { type CliOutput, openCliDatabase, processOutput } from "./cli-database";

export const EXIT_READ = 0;
export const EXIT_USAGE = 2;
/** The key, the database or the petition failed; nothing or not everything was read. */
export const EXIT_FAILED = 3;

/**
 * Decrypt the evidence behind every signature of a petition for the
 * election office and print it as one JSON object per line. It needs the
 * office's private key (--office-key, or the development key under
 * DATA_DIR) and the server secret, so neither the office nor the operators
 * can read evidence alone. Each run is recorded in the audit log.
 */
export async function evidenceRead(
  args: string[],
  env: Record<string, string | undefined> = process.env,
  output: CliOutput = processOutput,
): Promise<number> {
  const m = de.evidence.cli;
  const parsed = parseArguments(args);
  if (parsed === undefined) {
    output.err(m.usage);
    return EXIT_USAGE;
  }
  if (!isPetitionReference(parsed.reference)) {
    output.err(de.signatureLog.cli.invalidReference(parsed.reference));
    return EXIT_USAGE;
  }

  const opened = await openCliDatabase(env, output, { usage: EXIT_USAGE, failed: EXIT_FAILED });
  if (!("database" in opened)) return opened.exit;
  const { database, config } = opened;

  try {
    const officeKey = loadOfficePrivateKey(config, parsed.keyFile, output);
    if (officeKey === undefined) return EXIT_FAILED;

    await migrate(database);
    const found = await findPetitionByReference(database, parsed.reference);
    if (!found.ok) {
      output.err(found.error === "AMBIGUOUS" ? de.signatureLog.cli.ambiguous(parsed.reference) : de.signatureLog.cli.notFound(parsed.reference));
      return EXIT_FAILED;
    }
    const petition = found.value;

    const read = await readPetitionEvidence(database, loadServerSecret(config), officeKey, petition.id);
    if (!read.ok) {
      output.err(read.error === "KEY_ERASED" ? m.keyErased(petition.title) : m.serverSecretMismatch);
      return EXIT_FAILED;
    }
    await recordAudit(database.db, {
      actorId: null,
      action: "evidence.read",
      petitionId: petition.id,
      details: { decrypted: read.value.opened.length, unreadable: read.value.unreadable },
    });

    if (read.value.opened.length === 0 && read.value.unreadable === 0) output.err(m.noEvidence(petition.title));
    for (const entry of read.value.opened) output.out(JSON.stringify(entry));
    if (read.value.unreadable > 0) {
      output.err(m.unreadable(read.value.unreadable));
      return EXIT_FAILED;
    }
    return EXIT_READ;
  } finally {
    await database.close();
  }
}

function parseArguments(args: string[]): { reference: string; keyFile: string | undefined } | undefined {
  if (args.length === 1 && args[0] !== undefined && !args[0].startsWith("--")) return { reference: args[0], keyFile: undefined };
  if (args.length !== 3) return undefined;
  const keyAt = args.indexOf("--office-key");
  if (keyAt === -1 || keyAt === 2) return undefined;
  const keyFile = args[keyAt + 1];
  const reference = args.find((_, index) => index !== keyAt && index !== keyAt + 1);
  if (keyFile === undefined || reference === undefined || reference.startsWith("--")) return undefined;
  return { reference, keyFile };
}

/** Read the office's private key, printing what to do when it is absent or unusable. */
function loadOfficePrivateKey(config: Config, keyFile: string | undefined, output: CliOutput): KeyObject | undefined {
  const m = de.evidence.cli;
  if (keyFile === undefined && config.env === "production") {
    output.err(m.keyRequired);
    return undefined;
  }
  const file = keyFile ?? path.join(config.dataDir, "secrets", DEVELOPMENT_OFFICE_KEY_FILES.privateKey);
  if (!fs.existsSync(file)) {
    output.err(m.keyMissing(file));
    return undefined;
  }
  try {
    const jwk: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
    const candidate = jwk as { kty?: unknown; crv?: unknown; d?: unknown };
    if (candidate.kty !== "EC" || candidate.crv !== "P-256" || typeof candidate.d !== "string") throw new TypeError("not a private P-256 JWK");
    return createPrivateKey({ key: jwk as never, format: "jwk" });
  } catch {
    output.err(m.keyInvalid(file));
    return undefined;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  evidenceRead(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`evidence:read failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(EXIT_FAILED);
    },
  );
}
