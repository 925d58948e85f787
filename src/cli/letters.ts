import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { generateActivationCode, hashActivationVerifier, parseActivationCode } from "../activation/activation-code";
import { type ActivationUploadRow, formatActivationUpload } from "../activation/activation-upload";
import { eligibilityFactsOf } from "../activation/eligibility-facts";
import { type ActivationLetter, lettersPdf } from "../activation/letters-pdf";
import { parseRegisterCsv, type RegisterFileError } from "../activation/register-csv";
import { MAX_CODE_VALID_DAYS } from "../activation/register-values";
import { ConfigError, loadConfig } from "../config";
import { de } from "../i18n/de";
import { en } from "../i18n/en";
import type { Messages } from "../i18n/messages";
import { municipalityName } from "../municipalities/lookup-municipality";
import { addDays, berlinDate } from "../petitions/collection-period";
import { loadServerSecret } from "../secrets/server-secret";
import { canonicalIdentityKey } from "../signing/canonical-identity";
import { residentKey } from "../signing/resident-key";
import { weakResidentKey } from "../signing/weak-identity-key";

export const EXIT_ALL_WRITTEN = 0;
/** Some rows were skipped (each reported), or none was usable. */
export const EXIT_ROWS_SKIPPED = 1;
export const EXIT_USAGE = 2;
/** The server secret could not be loaded; nothing was written. */
export const EXIT_FAILED = 3;

const DEFAULT_MINIMUM_AGE = 18;
const DEFAULT_VALID_DAYS = 90;

type Output = { out(line: string): void; err(line: string): void };

const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Tell whether a path names an existing folder. */
function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

type LetterOptions = { registerFile: string; outDir: string; minimumAge: number; validDays: number; t: Messages; locale: "de" | "en"; sender: string | undefined };

/**
 * Write activation letters from a population register extract, for the
 * election office to run on its own machine. The PDF has one letter per
 * resident (name, address, one-time code, QR code of the activation link).
 * The upload file has only code selectors and hashes, resident keys, weak
 * resident keys and eligibility facts. Resident keys need the platform's server secret (SERVER_SECRET, or
 * DATA_DIR as the server uses it). Messages are German, or English with
 * --lang en, which also sets the letters' language.
 */
export async function writeActivationLetters(
  args: string[],
  env: Record<string, string | undefined> = process.env,
  output: Output = processOutput,
  now: Date = new Date(),
): Promise<number> {
  const options = readOptions(args, output);
  if (typeof options === "number") return options;
  const m = options.t.activation.cli;
  if (!isFolder(options.outDir)) {
    output.err(m.outputFolderMissing(options.outDir));
    return EXIT_USAGE;
  }

  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(options.registerFile);
  } catch {
    output.err(m.unreadable(options.registerFile));
    return EXIT_USAGE;
  }
  const today = berlinDate(now);
  const register = parseRegisterCsv(bytes, today);
  if (register.kind !== "parsed") {
    output.err(fileProblemMessage(register, options.t));
    return EXIT_USAGE;
  }

  let config;
  let serverSecret: Buffer;
  try {
    config = loadConfig(env);
    serverSecret = loadServerSecret(config);
  } catch (error) {
    output.err(error instanceof ConfigError ? error.message : m.secretFailed(error instanceof Error ? error.message : String(error)));
    return error instanceof ConfigError ? EXIT_USAGE : EXIT_FAILED;
  }

  const stamp = today;
  const pdfFile = path.join(options.outDir, options.locale === "de" ? `aktivierungsbriefe-${stamp}.pdf` : `activation-letters-${stamp}.pdf`);
  const uploadFile = path.join(options.outDir, options.locale === "de" ? `aktivierungscodes-${stamp}.csv` : `activation-codes-${stamp}.csv`);
  for (const file of [pdfFile, uploadFile]) {
    if (fs.existsSync(file)) {
      output.err(m.outputExists(file));
      return EXIT_USAGE;
    }
  }

  const problems = register.errors.map((error) => ({
    line: error.line,
    message: m.rowError(error.line, error.column, m.rowProblem[error.problem]),
  }));
  const letters: ActivationLetter[] = [];
  const rows: ActivationUploadRow[] = [];
  const firstLineOfResident = new Map<string, number>();
  const selectorsInUse = new Set<string>();
  const expiresOn = addDays(today, options.validDays);

  for (const { line, entry } of register.entries) {
    const facts = eligibilityFactsOf(entry, options.minimumAge);
    if (facts === undefined) {
      problems.push({ line, message: m.notEligible(line) });
      continue;
    }
    const key = residentKey(serverSecret, canonicalIdentityKey(entry)).toString("base64url");
    const firstLine = firstLineOfResident.get(key);
    if (firstLine !== undefined) {
      problems.push({ line, message: m.duplicatePerson(line, firstLine) });
      continue;
    }
    firstLineOfResident.set(key, line);

    const code = uniqueCode(selectorsInUse);
    const { selector, verifier } = parseActivationCode(code)!;
    const weakKey = weakResidentKey(serverSecret, entry).toString("base64url");
    rows.push({ selector, verifierHash: hashActivationVerifier(verifier), residentKey: key, weakResidentKey: weakKey, facts, expiresOn });
    const town = entry.town ?? municipalityName(entry.municipalityKey) ?? "";
    letters.push({
      name: `${entry.givenNames} ${entry.familyName}`,
      street: entry.street,
      postalCodeAndTown: `${entry.postalCode} ${town}`.trim(),
      code,
      activationPage: `${config.publicUrl}/aktivieren`,
      link: `${config.publicUrl}/aktivieren#code=${code}`,
      expiresOn,
    });
  }

  for (const problem of problems.sort((a, b) => a.line - b.line)) output.err(problem.message);
  if (letters.length === 0) {
    output.err(m.nothingWritten);
    return EXIT_ROWS_SKIPPED;
  }

  const sender = options.sender ?? options.t.activation.letter.defaultSender(municipalityName(rows[0]!.facts.municipalityKey) ?? rows[0]!.facts.municipalityKey);
  const pdf = await lettersPdf({ letters, sender, today, t: options.t, locale: options.locale });
  try {
    // Both files name or identify residents: readable by the office's account only, and never overwritten.
    fs.writeFileSync(uploadFile, formatActivationUpload(rows), { flag: "wx", mode: 0o600 });
    fs.writeFileSync(pdfFile, pdf, { flag: "wx", mode: 0o600 });
  } catch {
    output.err(m.outputUnwritable(options.outDir));
    return EXIT_USAGE;
  }

  const skippedLines = new Set(problems.map((problem) => problem.line)).size;
  output.out(m.summary(letters.length, skippedLines));
  output.out(m.written(pdfFile));
  output.out(m.written(uploadFile));
  output.out(m.uploadHint);
  return problems.length === 0 ? EXIT_ALL_WRITTEN : EXIT_ROWS_SKIPPED;
}

function readOptions(args: string[], output: Output): LetterOptions | number {
  const languageIndex = args.indexOf("--lang");
  const t = languageIndex !== -1 && args[languageIndex + 1] === "en" ? en : de;
  const m = t.activation.cli;
  const usage = (message: string) => {
    output.err(message);
    output.err(m.usage);
    return EXIT_USAGE;
  };

  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        "out-dir": { type: "string" },
        "minimum-age": { type: "string" },
        "valid-days": { type: "string" },
        lang: { type: "string" },
        sender: { type: "string" },
      },
    });
  } catch (error) {
    const option = /'(-[^' ]*)/.exec((error as Error).message)?.[1] ?? "";
    const code = (error as { code?: string }).code;
    return usage(code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" ? m.missingValue(option) : m.unknownOption(option));
  }

  const { values, positionals } = parsed;
  if (positionals.length === 0) return usage(m.missingFile);
  if (positionals.length > 1) return usage(m.tooManyFiles);
  if (values.lang !== undefined && values.lang !== "de" && values.lang !== "en") return usage(m.invalidLanguage);
  const minimumAge = wholeNumber(values["minimum-age"], DEFAULT_MINIMUM_AGE, 16, 99);
  if (minimumAge === undefined) return usage(m.invalidNumber("--minimum-age", 16, 99));
  const validDays = wholeNumber(values["valid-days"], DEFAULT_VALID_DAYS, 1, MAX_CODE_VALID_DAYS);
  if (validDays === undefined) return usage(m.invalidNumber("--valid-days", 1, MAX_CODE_VALID_DAYS));
  const sender = values.sender?.trim();

  const registerFile = positionals[0]!;
  return {
    registerFile,
    outDir: values["out-dir"] ?? path.dirname(registerFile),
    minimumAge,
    validDays,
    t,
    locale: t === en ? "en" : "de",
    sender: sender === "" ? undefined : sender,
  };
}

/**
 * Generate a code whose selector no other letter of this run has.
 * NOTE: Selectors of earlier runs are not known here. The upload, not built
 * yet, must reject a row whose selector is already stored.
 */
function uniqueCode(selectorsInUse: Set<string>): string {
  for (;;) {
    const code = generateActivationCode();
    const { selector } = parseActivationCode(code)!;
    if (selectorsInUse.has(selector)) continue;
    selectorsInUse.add(selector);
    return code;
  }
}

function wholeNumber(value: string | undefined, fallback: number, min: number, max: number): number | undefined {
  if (value === undefined) return fallback;
  if (!/^\d{1,6}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= min && number <= max ? number : undefined;
}

function fileProblemMessage(problem: RegisterFileError, t: Messages): string {
  const m = t.activation.cli.fileProblem;
  switch (problem.kind) {
    case "empty":
      return m.empty;
    case "notText":
      return m.notText;
    case "syntax":
      return m.syntax(problem.line);
    case "missingColumns":
      return m.missingColumns(problem.columns);
    case "duplicateColumn":
      return m.duplicateColumn(problem.column);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  writeActivationLetters(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`letters failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(EXIT_FAILED);
    },
  );
}
