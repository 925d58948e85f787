import { randomInt } from "node:crypto";
import type { SqlRows } from "../db/client";
import { COUNT_SHARDS } from "../db/schema";
import { REMOVAL_REASONS, type RemovalReason } from "./removal-reasons";
import type { SheetLine } from "./record-paper-lines";
import { signatureRemovalSql } from "./signature-removal-sql";

/** Former entry of a removed sheet line: a paper signature with its outcome and its person's nullifier, or a duplicate line. */
export type RemovedSheetLine = { kind: "signature"; outcome: string; nullifier: Buffer } | { kind: "duplicate" };

const REMOVE_PAPER_SIGNATURE: Record<RemovalReason, string> = Object.fromEntries(
  REMOVAL_REASONS.map((reason) => [
    reason,
    `with ${signatureRemovalSql({
      where: "petition_id = $1::uuid and channel = 'paper' and sheet = $2 and line = $3",
      reason,
      occurredAt: "$4::timestamptz",
      shard: "$5::smallint",
    })}
     select nullifier, status, reason from removed`,
  ]),
) as Record<RemovalReason, string>;

/**
 * Remove what the office entered at a sheet line, inside the caller's
 * transaction: the paper signature with a "removed" log entry and its
 * counters, or else the duplicate line. Returns undefined when nothing was
 * entered there. The outcome is "valid" or the invalidity reason code.
 */
export async function removeSheetLine(
  rows: SqlRows,
  input: { petitionId: string; sheetLine: SheetLine; reason: RemovalReason; now: Date },
): Promise<RemovedSheetLine | undefined> {
  const { petitionId, sheetLine } = input;
  const [signature] = await rows<{ nullifier: Buffer | Uint8Array; status: string; reason: string | null }>(REMOVE_PAPER_SIGNATURE[input.reason], [
    petitionId,
    sheetLine.sheet,
    sheetLine.line,
    input.now.toISOString(),
    randomInt(COUNT_SHARDS),
  ]);
  if (signature !== undefined) {
    const outcome = signature.status === "invalid" ? (signature.reason ?? "invalid") : "valid";
    return { kind: "signature", outcome, nullifier: Buffer.from(signature.nullifier) };
  }

  const duplicate = await rows("delete from paper_duplicate_lines where petition_id = $1::uuid and sheet = $2 and line = $3 returning id", [
    petitionId,
    sheetLine.sheet,
    sheetLine.line,
  ]);
  return duplicate.length > 0 ? { kind: "duplicate" } : undefined;
}
