import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { staffMembers } from "./staff";

/**
 * What staff did that changed data: who, what, when and on which petition.
 * details never holds personal data of residents. petition_id has no foreign
 * key, so entries outlive the petition they name.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** Staff member who acted; null for the command line and for scheduled jobs. */
    actorId: uuid("actor_id").references(() => staffMembers.id),
    /** Dotted action code from AuditAction, such as "staff.invited". */
    action: text("action").notNull(),
    petitionId: uuid("petition_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [index("audit_log_at_idx").on(table.at), index("audit_log_petition_idx").on(table.petitionId, table.at)],
);
