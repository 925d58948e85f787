import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { petitions } from "./petitions";
import { staffMembers } from "./staff";

/**
 * A range of paper signature list sheets that organisers downloaded. Sheets
 * handed in must carry a number from one of these ranges; ranges may overlap
 * when a sheet is printed again.
 */
export const paperSheetIssues = pgTable(
  "paper_sheet_issues",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    firstSheet: integer("first_sheet").notNull(),
    lastSheet: integer("last_sheet").notNull(),
    issuedBy: uuid("issued_by").references(() => staffMembers.id, { onDelete: "set null" }),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    check("paper_sheet_issues_range", sql`${table.firstSheet} >= 1 and ${table.firstSheet} <= ${table.lastSheet}`),
    index("paper_sheet_issues_petition_idx").on(table.petitionId),
  ],
);

/**
 * A paper sheet that organisers handed in, with the number of signatures on
 * it as they counted them. The election office's check of each line is
 * recorded elsewhere; this is the organisers' statement.
 */
export const paperSheets = pgTable(
  "paper_sheets",
  {
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    sheetNumber: integer("sheet_number").notNull(),
    signatureCount: integer("signature_count").notNull(),
    recordedBy: uuid("recorded_by").references(() => staffMembers.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.petitionId, table.sheetNumber] }),
    check("paper_sheets_signature_count", sql`${table.signatureCount} >= 0`),
  ],
);
