import type { Database } from "../db/client";
import { listCollectingPetitions, type Petition } from "../petitions/queries";
import type { InvalidReason } from "../review/invalid-reasons";
import { nullifier } from "../signing/nullifier";
import type { SignatureChannel, SignatureStatus } from "../signing/signature-counts";
import { loadPetitionKey } from "../signing/petition-keys";

/** State of a resident's own signature: counted, awaiting the election office, or declared invalid with a reason. */
export type OwnSignature = { channel: SignatureChannel; status: SignatureStatus; reason: InvalidReason | null };

type OwnSignatureRow = { petition_id: string; channel: SignatureChannel; status: SignatureStatus; reason: InvalidReason | null };

/**
 * The collecting petitions a resident has signed, with the state of each
 * signature, found by computing the resident's nullifier for each one and
 * looking it up. No list of a resident's signatures is stored anywhere.
 */
export async function listSignedPetitions(
  database: Database,
  serverSecret: Buffer,
  residentKey: Buffer,
  now: Date,
): Promise<{ petition: Petition; signature: OwnSignature }[]> {
  const collecting = await listCollectingPetitions(database, now);
  if (collecting.length === 0) return [];

  const pairs: { id: string; nullifier: Buffer }[] = [];
  for (const petition of collecting) {
    const key = await loadPetitionKey(database, serverSecret, petition.id);
    pairs.push({ id: petition.id, nullifier: nullifier(key, residentKey) });
  }
  const placeholders = pairs.map((_, index) => `($${index * 2 + 1}::uuid, $${index * 2 + 2}::bytea)`).join(", ");
  const rows = await database.rows<OwnSignatureRow>(
    `select s.petition_id, s.channel, s.status, s.reason from signatures s join (values ${placeholders}) as wanted(petition_id, nullifier)
       on s.petition_id = wanted.petition_id and s.nullifier = wanted.nullifier`,
    pairs.flatMap((pair) => [pair.id, pair.nullifier]),
  );
  const signed = new Map(rows.map((row) => [row.petition_id, ownSignatureOf(row)]));
  return collecting.flatMap((petition) => {
    const signature = signed.get(petition.id);
    return signature === undefined ? [] : [{ petition, signature }];
  });
}

/** Find the online or paper signature of the resident of this key for a petition by their nullifier. Returns undefined when there is none. */
export async function findOwnSignature(database: Database, serverSecret: Buffer, residentKey: Buffer, petitionId: string): Promise<OwnSignature | undefined> {
  const key = await loadPetitionKey(database, serverSecret, petitionId);
  const [row] = await database.rows<OwnSignatureRow>(
    "select petition_id, channel, status, reason from signatures where petition_id = $1::uuid and nullifier = $2",
    [petitionId, nullifier(key, residentKey)],
  );
  return row === undefined ? undefined : ownSignatureOf(row);
}

function ownSignatureOf(row: OwnSignatureRow): OwnSignature {
  return { channel: row.channel, status: row.status, reason: row.reason };
}
