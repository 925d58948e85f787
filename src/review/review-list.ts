import type { Database } from "../db/client";
import type { EligibilityChecks } from "../db/schema";
import type { SignatureChannel, SignatureStatus } from "../signing/signature-counts";
import type { InvalidReason } from "./invalid-reasons";
import { openPossibleDuplicateSql, type PossibleDuplicate } from "./possible-duplicates";

/** One signature as the review list shows it: no personal data exists to show, only what the office decides on. */
export type ReviewItem = {
  id: number;
  channel: SignatureChannel;
  status: SignatureStatus;
  reason: InvalidReason | null;
  credentialType: string | null;
  /** The eligibility checks the credential could not prove. */
  unproven: (keyof EligibilityChecks)[];
  signedAt: Date;
  sheet: number | null;
  line: number | null;
  /** Other signatures with the same weak identity key that may be the same person, by id. */
  possibleDuplicates: PossibleDuplicate[];
};

/** "open": provisional signatures only; "possibleDuplicates": signatures with an open possible duplicate; "all": every signature. */
export type ReviewFilter = "open" | "possibleDuplicates" | "all";

export const REVIEW_PAGE_SIZE = 100;

type ItemRow = {
  id: string | number;
  channel: SignatureChannel;
  status: SignatureStatus;
  reason: InvalidReason | null;
  credential_type: string | null;
  checks: EligibilityChecks;
  signed_at: Date | string;
  sheet: number | null;
  line: number | null;
  possible_duplicates: { id: string | number; channel: SignatureChannel; sheet: number | null; line: number | null }[] | null;
};

/**
 * List a petition's signatures in the order they came in, REVIEW_PAGE_SIZE
 * at a time after the id `afterId`, with one more row read to tell whether
 * another page follows.
 */
export async function listSignaturesForReview(
  database: Database,
  input: { petitionId: string; filter: ReviewFilter; afterId: number },
): Promise<{ items: ReviewItem[]; nextAfterId: number | undefined }> {
  const rows = await database.rows<ItemRow>(
    `select s.id, s.channel, s.status, s.reason, s.credential_type, s.checks, s.signed_at, s.sheet, s.line, duplicates.possible_duplicates
       from signatures s
       left join lateral (
         select json_agg(json_build_object('id', o.id, 'channel', o.channel, 'sheet', o.sheet, 'line', o.line) order by o.id) as possible_duplicates
           from signatures o
          where ${openPossibleDuplicateSql("s", "o")}
       ) duplicates on true
      where s.petition_id = $1::uuid and s.id > $2
        and ($3 = 'all' or ($3 = 'open' and s.status = 'provisional') or ($3 = 'possibleDuplicates' and duplicates.possible_duplicates is not null))
      order by s.id
      limit $4`,
    [input.petitionId, input.afterId, input.filter, REVIEW_PAGE_SIZE + 1],
  );
  const items = rows.slice(0, REVIEW_PAGE_SIZE).map((row) => ({
    id: Number(row.id),
    channel: row.channel,
    status: row.status,
    reason: row.reason,
    credentialType: row.credential_type,
    unproven: (Object.keys(row.checks) as (keyof EligibilityChecks)[]).filter((check) => row.checks[check] === "unproven"),
    signedAt: new Date(row.signed_at),
    sheet: row.sheet === null ? null : Number(row.sheet),
    line: row.line === null ? null : Number(row.line),
    possibleDuplicates: (row.possible_duplicates ?? []).map((other) => ({
      id: Number(other.id),
      channel: other.channel,
      sheet: other.sheet === null ? null : Number(other.sheet),
      line: other.line === null ? null : Number(other.line),
    })),
  }));
  return { items, nextAfterId: rows.length > REVIEW_PAGE_SIZE ? items.at(-1)?.id : undefined };
}

/** A paper line whose person had signed already, with the channel of that earlier signature. */
export type DuplicateLine = { sheet: number; line: number; existingChannel: SignatureChannel };

/** Most duplicate lines listed on one page; the tally counts them all. */
export const MAX_LISTED_DUPLICATE_LINES = 500;

/** List a petition's duplicate paper lines by sheet and line, at most MAX_LISTED_DUPLICATE_LINES. */
export async function listDuplicateLines(database: Database, petitionId: string): Promise<DuplicateLine[]> {
  const rows = await database.rows<{ sheet: number; line: number; existing_channel: SignatureChannel }>(
    "select sheet, line, existing_channel from paper_duplicate_lines where petition_id = $1::uuid order by sheet, line limit $2",
    [petitionId, MAX_LISTED_DUPLICATE_LINES],
  );
  return rows.map((row) => ({ sheet: Number(row.sheet), line: Number(row.line), existingChannel: row.existing_channel }));
}
