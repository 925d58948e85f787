import type { Database } from "../db/client";

export type SignatureChannel = "wallet" | "passkey" | "paper";

export type SignatureStatus = "proven" | "provisional" | "confirmed" | "invalid";

/**
 * Signatures that count, so invalid ones are left out: `proven` by a
 * credential alone (online only), `confirmed` by the election office (every
 * valid paper line and each provisional signature it confirmed), and
 * `provisional` still awaiting the office. petitionTally has the full split.
 */
export type SignatureCounts = {
  total: number;
  proven: number;
  confirmed: number;
  provisional: number;
  byChannel: Record<SignatureChannel, number>;
  /** Proven and confirmed signatures per channel, without the provisional ones in byChannel. */
  validByChannel: Record<SignatureChannel, number>;
};

type CountRow = { channel: SignatureChannel; status: SignatureStatus; count: number };

/**
 * A petition's signature counts, summed from its counter shards: at most
 * one row per channel, status and shard, so the cost does not grow with
 * the number of signatures.
 */
export async function readSignatureCounts(database: Database, petitionId: string): Promise<SignatureCounts> {
  const rows = await database.rows<CountRow>(
    `select channel, status, sum(count)::int as count
       from signature_counts
      where petition_id = $1
      group by channel, status`,
    [petitionId],
  );

  const counts: SignatureCounts = { total: 0, proven: 0, confirmed: 0, provisional: 0, byChannel: { wallet: 0, passkey: 0, paper: 0 }, validByChannel: { wallet: 0, passkey: 0, paper: 0 } };
  for (const row of rows) {
    if (row.status === "invalid") continue;
    const count = Number(row.count);
    counts.total += count;
    counts[row.status] += count;
    counts.byChannel[row.channel] += count;
    if (row.status !== "provisional") counts.validByChannel[row.channel] += count;
  }
  return counts;
}
