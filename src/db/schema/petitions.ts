import { sql } from "drizzle-orm";
import { boolean, check, customType, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Lifecycle of a petition: a draft, collecting once published, submitted
 * (Einreichung) to the election office, which stops collecting, and decided
 * once the office has recorded its admissibility decision. closed marks a
 * petition that ended without submission.
 */
export const petitionStatus = pgEnum("petition_status", ["draft", "collecting", "closed", "submitted", "decided"]);

export type SignatureKind = "online" | "paper";

/** Contact of a representative (Vertrauensperson) or deputy. */
export type Representative = { name: string; contact: string };

/** Who may sign a petition, checked on the signing day. */
export type EligibilityRules = {
  /** Municipality keys (AGS, 8 digits) whose residents may sign. */
  municipalityKeys: string[];
  minimumAge: number;
  /** ISO 3166-1 alpha-2 codes of the accepted nationalities. */
  nationalities: string[];
  minimumResidenceMonths: number;
  /** Accepted credential types (vct values). */
  credentialTypes: string[];
};

export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
  toDriver: (value) => value,
});

export const petitions = pgTable(
  "petitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    decisionProposal: text("decision_proposal").notNull(),
    reasoning: text("reasoning").notNull(),
    costCoverageProposal: text("cost_coverage_proposal").notNull(),
    representative: jsonb("representative").$type<Representative>().notNull(),
    deputy: jsonb("deputy").$type<Representative>().notNull(),
    quorum: integer("quorum").notNull(),
    /** Number of residents entitled to sign, when the organisers know it; the quorum is then derived from it. */
    eligibleResidents: integer("eligible_residents"),
    /** Date of the notification (Anzeige) to the municipality, YYYY-MM-DD. */
    notificationDate: date("notification_date", { mode: "string" }).notNull(),
    /** Whether the petition opposes a council decision (kassatorisches Bürgerbegehren), which shortens its deadline. */
    opposesCouncilDecision: boolean("opposes_council_decision").notNull().default(false),
    /** Publication date of the opposed council decision, YYYY-MM-DD; set exactly when opposesCouncilDecision is. */
    councilDecisionPublishedOn: date("council_decision_published_on", { mode: "string" }),
    /** First and last day of collecting, inclusive, as Europe/Berlin calendar dates. */
    collectionStart: date("collection_start", { mode: "string" }).notNull(),
    collectionEnd: date("collection_end", { mode: "string" }).notNull(),
    status: petitionStatus("status").notNull().default("draft"),
    signatureKinds: jsonb("signature_kinds").$type<SignatureKind[]>().notNull(),
    rules: jsonb("rules").$type<EligibilityRules>().notNull(),
    /** Staff member who created the petition in the workspace; null for seeded and command-line petitions. */
    createdBy: uuid("created_by"),
    /**
     * Number of the stored content, 1 when created and one more with each saved edit and the publication. Forms
     * send the version they were loaded with, so a change made meanwhile in another tab is not overwritten.
     */
    version: integer("version").notNull().default(1),
    /** When the petition left the draft status; its content is frozen from then on. */
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("petitions_quorum_positive", sql`${table.quorum} > 0`),
    check("petitions_eligible_residents_positive", sql`${table.eligibleResidents} is null or ${table.eligibleResidents} > 0`),
    check("petitions_period_ordered", sql`${table.collectionStart} <= ${table.collectionEnd}`),
    check(
      "petitions_council_decision_date",
      sql`${table.opposesCouncilDecision} = (${table.councilDecisionPublishedOn} is not null)`,
    ),
    index("petitions_status_idx").on(table.status),
  ],
);

/**
 * The random key behind a petition's nullifiers, stored only wrapped
 * (AES-256-GCM) under a key derived from the server secret. Deleting the row
 * makes the petition's nullifiers unlinkable, backups included.
 */
export const petitionKeys = pgTable("petition_keys", {
  petitionId: uuid("petition_id")
    .primaryKey()
    .references(() => petitions.id, { onDelete: "cascade" }),
  wrappedKey: bytea("wrapped_key").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
