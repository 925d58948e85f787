import { createHash, randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { signatures } from "../db/schema";
import { isUuid } from "../petitions/queries";
import { type InvalidReason, isInvalidReason } from "../review/invalid-reasons";
import type { SignatureStatus } from "./signature-counts";

/** 32 symbols without 0, 1, I and O, which readers confuse with each other. */
const RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const RECEIPT_BYTES = 10;
const RECEIPT_LENGTH = (RECEIPT_BYTES * 8) / 5;
const GROUP_LENGTH = 4;

const SEPARATORS = /[\s\-\u2010-\u2015]/g;
const RECEIPT_SYMBOLS = new RegExp(`^[${RECEIPT_ALPHABET}]{${RECEIPT_LENGTH}}$`);

/** Generate a receipt code: 80 random bits as 16 symbols in groups of four, e.g. "ABCD-EFGH-JKLM-NPQR". */
export function generateReceiptCode(): string {
  const bytes = randomBytes(RECEIPT_BYTES);
  let bits = 0;
  let bitCount = 0;
  let symbols = "";
  for (const byte of bytes) {
    bits = (bits << 8) | byte;
    bitCount += 8;
    while (bitCount >= 5) {
      bitCount -= 5;
      symbols += RECEIPT_ALPHABET[(bits >> bitCount) & 31];
    }
    bits &= (1 << bitCount) - 1;
  }
  return groupSymbols(symbols);
}

function groupSymbols(symbols: string): string {
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += GROUP_LENGTH) groups.push(symbols.slice(i, i + GROUP_LENGTH));
  return groups.join("-");
}

/**
 * Normalise a receipt code as a resident types it back: case,
 * spaces and dashes do not matter. Returns undefined when it cannot be a
 * receipt code at all.
 */
export function parseReceiptCode(input: string): string | undefined {
  const symbols = input.toUpperCase().replace(SEPARATORS, "");
  return RECEIPT_SYMBOLS.test(symbols) ? groupSymbols(symbols) : undefined;
}

/** SHA-256 of the code's symbols without separators; only this is stored. */
export function hashReceiptCode(code: string): Buffer {
  return createHash("sha256").update(code.replace(SEPARATORS, ""), "utf8").digest();
}

/** Status of the signature behind a receipt code, with the election office's reason when it found the signature invalid. */
export type ReceiptStatus = { status: SignatureStatus; reason: InvalidReason | null };

/**
 * Read the status of the signature a receipt code belongs to in this
 * petition. Undefined for a malformed code and for a code without a
 * signature, which includes a withdrawn one: withdrawing deletes the row.
 */
export async function readReceiptStatus(database: Database, petitionId: string, receiptCode: string): Promise<ReceiptStatus | undefined> {
  const code = parseReceiptCode(receiptCode);
  if (code === undefined || !isUuid(petitionId)) return undefined;
  const [row] = await database.db
    .select({ status: signatures.status, reason: signatures.reason })
    .from(signatures)
    .where(and(eq(signatures.receiptHash, hashReceiptCode(code)), eq(signatures.petitionId, petitionId)))
    .limit(1);
  if (row === undefined) return undefined;
  return { status: row.status, reason: row.reason !== null && isInvalidReason(row.reason) ? row.reason : null };
}

/**
 * Outcome for a receipt code whose online signature gave way to the same
 * person's paper line: paperCounts while that person's paper signature is
 * valid, paperInvalid with the reason code once the election office declared
 * it invalid, and paperRemoved after the office withdrew or deleted it.
 */
export type SupersededReceipt = { paper: "paperCounts" | "paperRemoved" } | { paper: "paperInvalid"; reason: string };

/**
 * Find whether a receipt code belonged to an online signature that the same
 * person's paper line replaced on this petition, and whether that paper
 * signature still exists. Undefined when the code was never replaced.
 */
export async function findSupersededReceipt(database: Database, petitionId: string, receiptCode: string): Promise<SupersededReceipt | undefined> {
  const code = parseReceiptCode(receiptCode);
  if (code === undefined || !isUuid(petitionId)) return undefined;
  const [row] = await database.rows<{ status: string | null; reason: string | null }>(
    `select s.status, s.reason
       from superseded_receipts r
       left join signatures s on s.petition_id = r.petition_id and s.nullifier = r.nullifier and s.channel = 'paper'
      where r.petition_id = $1::uuid and r.receipt_hash = $2`,
    [petitionId, hashReceiptCode(code)],
  );
  if (row === undefined) return undefined;
  if (row.status === null) return { paper: "paperRemoved" };
  return row.status === "invalid" ? { paper: "paperInvalid", reason: row.reason ?? "" } : { paper: "paperCounts" };
}
