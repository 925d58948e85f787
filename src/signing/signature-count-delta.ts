/**
 * SQL of two data-modifying WITH queries, `<prefix>_daily` and
 * `<prefix>_totals`, that add `sign` times the number of rows of `source`
 * to the counters, grouped by channel and status. They change the totals and
 * the counter of the day that `day` gives for each row, on shard `shard`.
 *
 * Unlike signatureCountSql, which adds one per row, this adds one grouped
 * amount per counter row, so a single statement may count any number of
 * rows: ON CONFLICT DO UPDATE cannot touch the same counter row twice.
 *
 * `source` is a WITH query or table expression with the columns petition_id,
 * channel and status, and `day` an SQL date expression over its columns,
 * such as "(signed_at at time zone 'Europe/Berlin')::date".
 */
export function signatureCountDeltaSql(cte: { prefix: string; source: string; day: string; shard: string; sign: 1 | -1 }): string {
  return `
${cte.prefix}_daily as (
  insert into signature_daily_counts (petition_id, day, channel, status, shard, count)
  select petition_id, day, channel, status, ${cte.shard}, ${cte.sign} * count(*)::int
    from (select petition_id, ${cte.day} as day, channel, status from ${cte.source}) as changed
   group by petition_id, day, channel, status
  on conflict (petition_id, day, channel, status, shard) do update set count = signature_daily_counts.count + excluded.count
),
${cte.prefix}_totals as (
  insert into signature_counts (petition_id, channel, status, shard, count)
  select petition_id, channel, status, ${cte.shard}, ${cte.sign} * count(*)::int from ${cte.source}
   group by petition_id, channel, status
  on conflict (petition_id, channel, status, shard) do update set count = signature_counts.count + excluded.count
)`;
}
