import type { Database } from "../db/client";
import { findSupersededReceipt, parseReceiptCode, type ReceiptStatus, readReceiptStatus, type SupersededReceipt } from "../signing/receipts";
import { findPetition, type Petition } from "./queries";

/**
 * RECEIPT_SUPERSEDED: the online signature gave way to the same person's
 * paper line, and `paper` states whether that line still counts, was declared
 * invalid, or was withdrawn or deleted by the election office since.
 */
export type ReceiptCheckError = "PETITION_NOT_FOUND" | "CODE_MISSING" | "CODE_MALFORMED" | "RECEIPT_NOT_FOUND" | "RECEIPT_SUPERSEDED";

/** Outcome of a receipt check; every outcome but an unknown petition carries the petition for the page. */
export type ReceiptCheck =
  | { ok: true; petition: Petition; code: string; signature: ReceiptStatus }
  | { ok: false; error: "PETITION_NOT_FOUND" }
  | { ok: false; error: "RECEIPT_SUPERSEDED"; petition: Petition; code: string; paper: SupersededReceipt }
  | { ok: false; error: Exclude<ReceiptCheckError, "PETITION_NOT_FOUND" | "RECEIPT_SUPERSEDED">; petition: Petition };

/** Check a receipt code a resident typed in against the signatures of a public petition, and return the signature's status. */
export async function checkReceipt(database: Database, petitionId: string, input: string | undefined): Promise<ReceiptCheck> {
  const petition = await findPetition(database, petitionId);
  if (petition === undefined || petition.status === "draft") return { ok: false, error: "PETITION_NOT_FOUND" };

  if (input === undefined || input.trim() === "") return { ok: false, error: "CODE_MISSING", petition };
  const code = parseReceiptCode(input);
  if (code === undefined) return { ok: false, error: "CODE_MALFORMED", petition };

  const signature = await readReceiptStatus(database, petition.id, code);
  if (signature === undefined) {
    const superseded = await findSupersededReceipt(database, petition.id, code);
    if (superseded !== undefined) return { ok: false, error: "RECEIPT_SUPERSEDED", petition, code, paper: superseded };
    return { ok: false, error: "RECEIPT_NOT_FOUND", petition };
  }
  return { ok: true, petition, code, signature };
}
