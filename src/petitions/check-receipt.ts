import type { Database } from "../db/client";
import { parseReceiptCode, type ReceiptStatus, readReceiptStatus } from "../signing/receipts";
import { findPetition, type Petition } from "./queries";

export type ReceiptCheckError = "PETITION_NOT_FOUND" | "CODE_MISSING" | "CODE_MALFORMED" | "RECEIPT_NOT_FOUND";

/** Outcome of a receipt check; every outcome but an unknown petition carries the petition for the page. */
export type ReceiptCheck =
  | { ok: true; petition: Petition; code: string; signature: ReceiptStatus }
  | { ok: false; error: "PETITION_NOT_FOUND" }
  | { ok: false; error: Exclude<ReceiptCheckError, "PETITION_NOT_FOUND">; petition: Petition };

/** Check a receipt code a resident typed in against the signatures of a public petition, and return the signature's status. */
export async function checkReceipt(database: Database, petitionId: string, input: string | undefined): Promise<ReceiptCheck> {
  const petition = await findPetition(database, petitionId);
  if (petition === undefined || petition.status === "draft") return { ok: false, error: "PETITION_NOT_FOUND" };

  if (input === undefined || input.trim() === "") return { ok: false, error: "CODE_MISSING", petition };
  const code = parseReceiptCode(input);
  if (code === undefined) return { ok: false, error: "CODE_MALFORMED", petition };

  const signature = await readReceiptStatus(database, petition.id, code);
  if (signature === undefined) return { ok: false, error: "RECEIPT_NOT_FOUND", petition };
  return { ok: true, petition, code, signature };
}
