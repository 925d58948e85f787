import type { SqlRows } from "../db/client";
import type { SignatureChannel } from "../signing/signature-counts";

/** The other signature of a possible duplicate, as the review list points to it: never a name. */
export type PossibleDuplicate = { id: number; channel: SignatureChannel; sheet: number | null; line: number | null };

/**
 * SQL condition that signatures `a` and `b` of one petition form an open
 * possible duplicate: equal weak identity keys, and the election office has
 * neither marked them as different people nor found either one invalid. An
 * invalid signature does not count, so the pair can no longer count one
 * person twice. The nullifiers differ because they are unique per petition.
 */
export function openPossibleDuplicateSql(a: string, b: string): string {
  return `${a}.petition_id = ${b}.petition_id
    and ${a}.weak_identity_key = ${b}.weak_identity_key
    and ${a}.id <> ${b}.id
    and ${a}.status <> 'invalid' and ${b}.status <> 'invalid'
    and not exists (
      select 1 from distinct_person_pairs pair
       where pair.first_signature_id = least(${a}.id, ${b}.id) and pair.second_signature_id = greatest(${a}.id, ${b}.id)
    )`;
}

/** Count the open possible duplicates of a petition, each pair once. */
export async function countOpenPossibleDuplicates(rows: SqlRows, petitionId: string): Promise<number> {
  const [row] = await rows<{ count: string | number }>(
    `select count(*) as count
       from signatures a
       join signatures b on ${openPossibleDuplicateSql("a", "b")} and a.id < b.id
      where a.petition_id = $1::uuid and a.weak_identity_key is not null`,
    [petitionId],
  );
  return Number(row?.count ?? 0);
}
