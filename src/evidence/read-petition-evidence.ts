import type { KeyObject } from "node:crypto";
import type { Database } from "../db/client";
import { err, ok, type Result } from "../result";
import { readPetitionKey } from "../signing/petition-keys";
import { openEvidence, petitionEvidenceKey } from "./seal-evidence";
import type { SignatureEvidence } from "./signature-evidence";

/** One signature's evidence as the election office reads it. */
export type OpenedEvidence = { signatureId: number; evidence: SignatureEvidence };

export type PetitionEvidence = { opened: OpenedEvidence[]; unreadable: number };

type EvidenceRow = { signature_id: string | number; nullifier: Buffer | Uint8Array; sealed: Buffer | Uint8Array };

/**
 * Decrypt the evidence of every signature of a petition with the office's
 * private key. KEY_ERASED: the petition key is gone, so nothing can be read.
 * KEY_MISMATCH: the server secret does not unwrap the petition key.
 * A piece that fails to open (another office key, a moved row) is counted
 * in `unreadable` instead of stopping the others.
 */
export async function readPetitionEvidence(
  database: Database,
  serverSecret: Buffer,
  officePrivateKey: KeyObject,
  petitionId: string,
): Promise<Result<PetitionEvidence, "KEY_ERASED" | "KEY_MISMATCH">> {
  let petitionKey: Buffer | undefined;
  try {
    petitionKey = await readPetitionKey(database, serverSecret, petitionId);
  } catch {
    return err("KEY_MISMATCH");
  }
  if (petitionKey === undefined) return err("KEY_ERASED");
  const evidenceKey = petitionEvidenceKey(petitionKey);

  const rows = await database.rows<EvidenceRow>(
    `select e.signature_id, s.nullifier, e.sealed from signature_evidence e
       join signatures s on s.id = e.signature_id
      where e.petition_id = $1::uuid order by e.signature_id`,
    [petitionId],
  );
  const opened: OpenedEvidence[] = [];
  let unreadable = 0;
  for (const row of rows) {
    try {
      const binding = { petitionId, nullifier: Buffer.from(row.nullifier) };
      opened.push({ signatureId: Number(row.signature_id), evidence: await openEvidence(officePrivateKey, evidenceKey, binding, Buffer.from(row.sealed)) });
    } catch {
      unreadable += 1;
    }
  }
  return ok({ opened, unreadable });
}
