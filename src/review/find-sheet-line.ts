import type { Database } from "../db/client";
import type { SignatureChannel, SignatureStatus } from "../signing/signature-counts";
import type { InvalidReason } from "./invalid-reasons";
import type { SheetLine } from "./record-paper-lines";

/**
 * Entry at one sheet line: a paper signature, or a duplicate line with the
 * channel, status and invalidity reason of the earlier signature it repeats.
 * The status is null when no signature with the line's nullifier is stored.
 */
export type SheetLineEntry =
  | { kind: "signature"; status: SignatureStatus; reason: InvalidReason | null }
  | { kind: "duplicate"; existingChannel: SignatureChannel; existingStatus: SignatureStatus | null; existingReason: InvalidReason | null };

/** Find the entry at a sheet line of a petition, or undefined when nothing was entered there. */
export async function findSheetLine(database: Database, petitionId: string, sheetLine: SheetLine): Promise<SheetLineEntry | undefined> {
  // A duplicate line shares its person's nullifier with the signature it repeats, which gives that signature's status.
  const [row] = await database.rows<{ kind: "signature" | "duplicate"; status: SignatureStatus | null; reason: InvalidReason | null; channel: SignatureChannel }>(
    `select 'signature' as kind, status, reason, channel from signatures
      where petition_id = $1::uuid and channel = 'paper' and sheet = $2 and line = $3
     union all
     select 'duplicate', existing.status, existing.reason, duplicate.existing_channel from paper_duplicate_lines duplicate
       left join signatures existing on existing.petition_id = duplicate.petition_id and existing.nullifier = duplicate.nullifier
      where duplicate.petition_id = $1::uuid and duplicate.sheet = $2 and duplicate.line = $3`,
    [petitionId, sheetLine.sheet, sheetLine.line],
  );
  if (row === undefined) return undefined;
  if (row.kind === "duplicate") return { kind: "duplicate", existingChannel: row.channel, existingStatus: row.status, existingReason: row.reason };
  return { kind: "signature", status: row.status ?? "invalid", reason: row.reason };
}
