import { signatureLogAppendSql } from "../signature-log/append-log-entries";
import { signatureCountDeltaSql } from "../signing/signature-count-delta";
import type { RemovalReason } from "./removal-reasons";

/**
 * SQL of the data-modifying WITH queries that delete the signature rows
 * matching `where` and append a "removed" log entry with the reason code for
 * each. They also subtract the rows from the totals and from the counters of
 * their signing days, on shard `shard`. The `removed` query returns the deleted
 * rows' nullifier, channel, status, reason, sheet, line and receipt hash. Evidence rows go
 * with their signatures by the foreign key's cascade.
 *
 * NOTE: as for a withdrawal, the subtraction goes to a shard the row was
 * perhaps not counted on, so one shard may fall below zero while the sum
 * stays right.
 */
export function signatureRemovalSql(cte: { where: string; reason: RemovalReason; occurredAt: string; shard: string }): string {
  return `
removed as (
  delete from signatures where ${cte.where}
  returning petition_id, nullifier, channel, status, reason, signed_at, sheet, line, receipt_hash
),${signatureLogAppendSql({
    name: "removal_logged",
    source: "(select petition_id, nullifier, channel, null::signature_status as status from removed) as removed_signature",
    kind: "removed",
    occurredAt: cte.occurredAt,
    reason: `'${cte.reason}'::text`,
  })},${signatureCountDeltaSql({ prefix: "uncounted", source: "removed", day: "(signed_at at time zone 'Europe/Berlin')::date", shard: cte.shard, sign: -1 })}`;
}
