import type { Database } from "../db/client";
import { listCollectingPetitions, type Petition } from "../petitions/queries";
import { nullifier } from "../signing/nullifier";
import { loadPetitionKey } from "../signing/petition-keys";

/**
 * The collecting petitions a resident has signed, found by computing the
 * resident's nullifier for each one and looking it up. No list of a
 * resident's signatures is stored anywhere.
 */
export async function listSignedPetitions(database: Database, serverSecret: Buffer, residentKey: Buffer, now: Date): Promise<Petition[]> {
  const collecting = await listCollectingPetitions(database, now);
  if (collecting.length === 0) return [];

  const pairs: { id: string; nullifier: Buffer }[] = [];
  for (const petition of collecting) {
    const key = await loadPetitionKey(database, serverSecret, petition.id);
    pairs.push({ id: petition.id, nullifier: nullifier(key, residentKey) });
  }
  const placeholders = pairs.map((_, index) => `($${index * 2 + 1}::uuid, $${index * 2 + 2}::bytea)`).join(", ");
  const rows = await database.rows<{ petition_id: string }>(
    `select s.petition_id from signatures s join (values ${placeholders}) as wanted(petition_id, nullifier)
       on s.petition_id = wanted.petition_id and s.nullifier = wanted.nullifier`,
    pairs.flatMap((pair) => [pair.id, pair.nullifier]),
  );
  const signed = new Set(rows.map((row) => row.petition_id));
  return collecting.filter((petition) => signed.has(petition.id));
}

/** Check whether the resident of this key has an online or paper signature counted for a petition, found by their nullifier. */
export async function hasSignedPetition(database: Database, serverSecret: Buffer, residentKey: Buffer, petitionId: string): Promise<boolean> {
  const key = await loadPetitionKey(database, serverSecret, petitionId);
  const rows = await database.rows("select 1 from signatures where petition_id = $1::uuid and nullifier = $2", [petitionId, nullifier(key, residentKey)]);
  return rows.length > 0;
}
