import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea, petitions } from "./petitions";
import { staffMembers } from "./staff";

/** Signatures of one outcome, by the channel they came in on. */
export type ChannelCounts = { wallet: number; passkey: number; paper: number };

/**
 * The figures a certified tally states. Every figure except the duplicate
 * attempts and the open possible duplicates can be recomputed from the
 * signature log up to the tally's head.
 */
export type TallyFigures = {
  /** Signatures that count: proven by the credential or confirmed by the election office. */
  valid: ChannelCounts;
  /** Signatures the election office has yet to confirm against the population register. */
  provisional: ChannelCounts;
  /** Invalid signatures by reason code, such as "under_age". */
  invalid: Record<string, ChannelCounts>;
  /** Repeat signings of people who had signed already, by channel of the attempt: duplicate paper lines and refused online signings. */
  duplicateAttempts: ChannelCounts;
  withdrawn: ChannelCounts;
  /**
   * Possible duplicates (pairs of counting signatures with the same weak
   * identity key) the election office had not resolved when it certified.
   * Missing in tallies certified before the figure existed.
   */
  openPossibleDuplicates?: number;
  /** Valid signatures of the kinds that count toward this petition's quorum. */
  towardQuorum: number;
  /** Signatures recorded per Berlin calendar day, from the first day of collecting. */
  daily: { day: string; count: number }[];
};

/**
 * A certified tally (beglaubigte Auszählung): the figures, the log head and
 * the quorum as the election office certified them at one moment. Its PDF,
 * CSV and JSON are rendered from this row, so they show the same figures
 * every time. The public token names the tally's recompute page.
 */
export const tallySnapshots = pgTable(
  "tally_snapshots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    /** 32 random bytes in base64url: the unguessable part of the public recompute page's address. */
    publicToken: text("public_token").notNull().unique(),
    /** Length and head hash of the sealed signature log that the figures cover. */
    logLength: bigint("log_length", { mode: "number" }).notNull(),
    headHash: bytea("head_hash").notNull(),
    quorum: integer("quorum").notNull(),
    quorumReached: boolean("quorum_reached").notNull(),
    figures: jsonb("figures").$type<TallyFigures>().notNull(),
    generatedBy: uuid("generated_by").references(() => staffMembers.id),
    /** Name of the staff member who generated the tally, as it was then, so the documents never change. */
    generatedByName: text("generated_by_name").notNull(),
    generatedAt: timestamp("generated_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("tally_snapshots_petition_idx").on(table.petitionId, table.generatedAt)],
);
