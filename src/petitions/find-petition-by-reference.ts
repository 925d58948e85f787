import type { Database } from "../db/client";
import { err, ok, type Result } from "../result";
import { findPetition, isUuid, type Petition } from "./queries";

/** Minimum number of leading characters of an id that a command line accepts in place of the whole UUID. */
export const MIN_ID_PREFIX_LENGTH = 8;

export type PetitionReferenceError = "INVALID" | "NOT_FOUND" | "AMBIGUOUS";

/** Check whether a string can refer to a petition: a UUID, or at least MIN_ID_PREFIX_LENGTH characters of one. */
export function isPetitionReference(reference: string): boolean {
  const value = reference.trim().toLowerCase();
  return isUuid(value) || (value.length >= MIN_ID_PREFIX_LENGTH && /^[0-9a-f-]+$/.test(value));
}

/**
 * Find a petition by its UUID or by a prefix of at least
 * MIN_ID_PREFIX_LENGTH characters of it, as file names and screens show it
 * shortened. A prefix that several petitions share is AMBIGUOUS.
 */
export async function findPetitionByReference(database: Database, reference: string): Promise<Result<Petition, PetitionReferenceError>> {
  const value = reference.trim().toLowerCase();
  if (isUuid(value)) {
    const petition = await findPetition(database, value);
    return petition === undefined ? err("NOT_FOUND") : ok(petition);
  }
  if (!isPetitionReference(value)) return err("INVALID");

  const matches = await database.rows<{ id: string }>("select id from petitions where id::text like $1 limit 2", [`${value}%`]);
  if (matches.length === 0) return err("NOT_FOUND");
  if (matches.length > 1) return err("AMBIGUOUS");
  const petition = await findPetition(database, matches[0]!.id);
  return petition === undefined ? err("NOT_FOUND") : ok(petition);
}
