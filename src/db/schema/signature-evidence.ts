import { bigint, index, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea, petitions } from "./petitions";
import { signatures } from "./signatures";

/**
 * Evidence behind one signature, sealed so that only the election office can
 * read it and only while the petition key exists (see sealEvidence). The row
 * is inserted in the statement that inserts the signature and goes with it:
 * a withdrawn or erased signature takes its evidence along.
 */
export const signatureEvidence = pgTable(
  "signature_evidence",
  {
    signatureId: bigint("signature_id", { mode: "number" })
      .primaryKey()
      .references(() => signatures.id, { onDelete: "cascade" }),
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    /** IV, AES-256-GCM ciphertext of a compact JWE to the office's key, and tag. */
    sealed: bytea("sealed").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("signature_evidence_petition_idx").on(table.petitionId)],
);
