import { pathToFileURL } from "node:url";
import { migrate } from "../db/migrate";
import { de } from "../i18n/de";
import { findPetition } from "../petitions/queries";
import { invitationLink, inviteStaffMember } from "../staff/invite-staff-member";
import { type InvitationInputError, parseInvitationInput } from "../staff/invitation-input";
import { type CliOutput, openCliDatabase, processOutput } from "./cli-database";

export const EXIT_CREATED = 0;
export const EXIT_USAGE = 2;
/** The database failed or the petition does not exist; nothing was created. */
export const EXIT_FAILED = 3;

const OPTIONS = new Set(["--role", "--name", "--petition"]);

/** Read --role, --name and --petition; a string is the German message for an unusable command line. */
function readOptions(args: string[]): Record<string, string> | string {
  const m = de.staff.cli;
  const values: Record<string, string> = {};
  for (let index = 0; index < args.length; index += 2) {
    const option = args[index] ?? "";
    if (!OPTIONS.has(option)) return m.unknownOption(option);
    const value = args[index + 1];
    if (value === undefined || OPTIONS.has(value)) return m.missingValue(option);
    values[option.slice(2)] = value;
  }
  return values;
}

function messageFor(problem: InvitationInputError, raw: Record<string, string>): string {
  const m = de.staff.cli;
  switch (problem) {
    case "ROLE_MISSING":
      return m.missingRole;
    case "ROLE_INVALID":
      return m.invalidRole(raw.role ?? "");
    case "NAME_MISSING":
      return m.missingName;
    case "NAME_TOO_LONG":
      return m.nameTooLong;
    case "PETITION_INVALID":
      return m.invalidPetition(raw.petition ?? "");
    case "PETITION_ONLY_FOR_ORGANISERS":
      return m.petitionOnlyForOrganisers;
  }
}

/**
 * Create a one-time registration link for a staff member in the database
 * the server uses and print it. Exit code 0 when created, 2 with one German
 * line when the arguments are unusable, 3 when the database failed or the
 * petition does not exist.
 */
export async function staffInvite(
  args: string[],
  env: Record<string, string | undefined> = process.env,
  output: CliOutput = processOutput,
): Promise<number> {
  const m = de.staff.cli;
  const raw = readOptions(args);
  if (typeof raw === "string") {
    output.err(raw);
    return EXIT_USAGE;
  }
  const parsed = parseInvitationInput(raw);
  if (!parsed.ok) {
    const [first] = Object.values(parsed.problems);
    output.err(first === undefined ? m.usage : messageFor(first, raw));
    return EXIT_USAGE;
  }

  const opened = await openCliDatabase(env, output, { usage: EXIT_USAGE, failed: EXIT_FAILED });
  if (!("database" in opened)) return opened.exit;
  const { database, config } = opened;
  try {
    await migrate(database);
    const { petitionId } = parsed.value;
    if (petitionId !== undefined && (await findPetition(database, petitionId)) === undefined) {
      output.err(m.petitionNotFound(petitionId));
      return EXIT_FAILED;
    }
    const created = await inviteStaffMember(database, { ...parsed.value, createdBy: null }, new Date());
    output.out(m.created(de.staff.roles[parsed.value.role], parsed.value.displayName));
    output.out(m.link(invitationLink(config.publicUrl, created.token)));
    output.out(m.validUntil(de.staff.formatDateTime(created.expiresAt)));
    return EXIT_CREATED;
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  staffInvite(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`staff:invite failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(EXIT_FAILED);
    },
  );
}
