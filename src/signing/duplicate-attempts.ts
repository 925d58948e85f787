import type { Database } from "../db/client";
import type { SignatureChannel } from "./signature-counts";

/**
 * SQL that counts one refused repeat signing on the Berlin calendar day of
 * `occurredAt` and the channel `channel`, for each row `condition` lets
 * through. Used inside the wallet's signing statement and on its own.
 */
export function duplicateAttemptSql(values: { petitionId: string; occurredAt: string; channel: string; condition: string }): string {
  return `insert into duplicate_attempt_counts (petition_id, day, channel, count)
  select ${values.petitionId}, (${values.occurredAt} at time zone 'Europe/Berlin')::date, ${values.channel}, 1
  where ${values.condition}
  on conflict (petition_id, day, channel) do update set count = duplicate_attempt_counts.count + 1`;
}

const COUNT_DUPLICATE_ATTEMPT = duplicateAttemptSql({ petitionId: "$1::uuid", occurredAt: "$2::timestamptz", channel: "$3::signature_channel", condition: "true" });

/** Count one online signing refused because the person had signed already. */
export async function countDuplicateAttempt(database: Database, attempt: { petitionId: string; channel: SignatureChannel; at: Date }): Promise<void> {
  await database.rows(COUNT_DUPLICATE_ATTEMPT, [attempt.petitionId, attempt.at.toISOString(), attempt.channel]);
}
