import { inArray } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { activationCodes } from "../db/schema";
import { addDays } from "../petitions/collection-period";
import type { UploadedActivationRow } from "./activation-upload";
import { MAX_CODE_VALID_DAYS } from "./register-values";

/** Rows per INSERT statement, well below PostgreSQL's limit of 65,535 bind parameters. */
const ROWS_PER_STATEMENT = 1000;

export type ActivationCodeImport = {
  stored: number;
  /** Lines whose selector is stored already or came earlier in the file: the letter must be printed again. */
  duplicateLines: number[];
  /** Lines whose code expired before the upload. */
  expiredLines: number[];
  /** Lines whose code would stay valid longer than MAX_CODE_VALID_DAYS from the upload: the file was edited by hand. */
  overlongLines: number[];
};

/**
 * Store the rows of an activation upload file in one transaction, with an
 * audit entry of the counts. A selector that exists already is left alone
 * and its line reported, so an upload that is sent twice stores nothing new.
 */
export async function importActivationCodes(
  database: Database,
  input: { rows: readonly { line: number; row: UploadedActivationRow }[]; actorId: string | null; today: string },
): Promise<ActivationCodeImport> {
  const latestExpiry = addDays(input.today, MAX_CODE_VALID_DAYS);
  const expiredLines = input.rows.filter(({ row }) => row.expiresOn < input.today).map(({ line }) => line);
  const overlongLines = input.rows.filter(({ row }) => row.expiresOn > latestExpiry).map(({ line }) => line);
  const current = input.rows.filter(({ row }) => row.expiresOn >= input.today && row.expiresOn <= latestExpiry);

  return database.db.transaction(async (tx) => {
    const storedSelectors = new Set<string>();
    for (let start = 0; start < current.length; start += ROWS_PER_STATEMENT) {
      const chunk = current.slice(start, start + ROWS_PER_STATEMENT);
      const inserted = await tx
        .insert(activationCodes)
        .values(
          chunk.map(({ row }) => ({
            selector: row.selector,
            verifierHash: row.verifierHash,
            residentKey: Buffer.from(row.residentKey, "base64url"),
            weakResidentKey: row.weakResidentKey === undefined ? null : Buffer.from(row.weakResidentKey, "base64url"),
            facts: row.facts,
            source: "letter" as const,
            expiresOn: row.expiresOn,
            createdBy: input.actorId,
          })),
        )
        .onConflictDoNothing({ target: activationCodes.selector })
        .returning({ selector: activationCodes.selector });
      for (const { selector } of inserted) storedSelectors.add(selector);
    }

    // A selector inserted by this upload counts for its first line only; later lines with it are duplicates.
    const duplicateLines: number[] = [];
    const claimed = new Set<string>();
    for (const { line, row } of current) {
      if (storedSelectors.has(row.selector) && !claimed.has(row.selector)) claimed.add(row.selector);
      else duplicateLines.push(line);
    }

    await recordAudit(tx, {
      actorId: input.actorId,
      action: "activation_codes.imported",
      details: { stored: claimed.size, duplicates: duplicateLines.length, expired: expiredLines.length, overlong: overlongLines.length },
    });
    return { stored: claimed.size, duplicateLines, expiredLines, overlongLines };
  });
}

/** Count the stored codes with these selectors; for tests and the upload page's summary. */
export async function countActivationCodes(database: Database, selectors: readonly string[]): Promise<number> {
  if (selectors.length === 0) return 0;
  const rows = await database.db.select({ selector: activationCodes.selector }).from(activationCodes).where(inArray(activationCodes.selector, [...selectors]));
  return rows.length;
}
