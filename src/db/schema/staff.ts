import { sql } from "drizzle-orm";
import { bigint, check, index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea, petitions } from "./petitions";

/**
 * admin: invites staff and reads the audit log; organiser: works on the
 * petitions of their teams; election_office: validates signatures and
 * certifies the tally.
 */
export const staffRole = pgEnum("staff_role", ["admin", "organiser", "election_office"]);
export type StaffRole = (typeof staffRole.enumValues)[number];

/** A person who works on the platform. Staff members are disabled, never deleted, so the audit log keeps its actors. */
export const staffMembers = pgTable("staff_members", {
  id: uuid("id").primaryKey().defaultRandom(),
  displayName: text("display_name").notNull(),
  role: staffRole("role").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  /** Set when the account is switched off; a disabled member cannot sign in and their sessions stop working. */
  disabledAt: timestamp("disabled_at", { withTimezone: true }),
});

/** Which organisers work on which petition. */
export const petitionTeamMembers = pgTable(
  "petition_team_members",
  {
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    staffMemberId: uuid("staff_member_id")
      .notNull()
      .references(() => staffMembers.id, { onDelete: "cascade" }),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.petitionId, table.staffMemberId] }),
    index("petition_team_members_staff_idx").on(table.staffMemberId),
  ],
);

/** A WebAuthn credential of a staff member; a member has one or more. */
export const staffPasskeys = pgTable(
  "staff_passkeys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    staffMemberId: uuid("staff_member_id")
      .notNull()
      .references(() => staffMembers.id, { onDelete: "cascade" }),
    /** Credential ID in base64url, as the authenticator returned it. */
    credentialId: text("credential_id").notNull().unique(),
    /** COSE-encoded public key. */
    publicKey: bytea("public_key").notNull(),
    /** Signature counter (unsigned 32 bits) from the last accepted assertion; 0 for authenticators that keep none. */
    counter: bigint("counter", { mode: "number" }).notNull().default(0),
    /** Transports the browser reported (internal, hybrid, usb, …), passed back as hints at sign-in. */
    transports: jsonb("transports").$type<string[]>().notNull().default([]),
    /** Name the staff member gave the passkey, such as "Laptop Büro". */
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (table) => [
    index("staff_passkeys_member_idx").on(table.staffMemberId),
    check("staff_passkeys_counter_not_negative", sql`${table.counter} >= 0`),
  ],
);

/**
 * A one-time registration link. Only the SHA-256 of the link's token is
 * stored; the token itself is shown once to whoever created the invitation.
 */
export const staffInvitations = pgTable("staff_invitations", {
  id: uuid("id").primaryKey().defaultRandom(),
  tokenHash: bytea("token_hash").notNull().unique(),
  role: staffRole("role").notNull(),
  displayName: text("display_name").notNull(),
  /** Petition whose team an invited organiser joins on registration; null for none. */
  petitionId: uuid("petition_id").references(() => petitions.id, { onDelete: "set null" }),
  /** Administrator who created the invitation; null when it came from the command line. */
  createdBy: uuid("created_by").references(() => staffMembers.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
  /** The staff member the invitation created, once used. */
  staffMemberId: uuid("staff_member_id").references(() => staffMembers.id),
  /** Set when an administrator withdrew the unused invitation; its link no longer works. */
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
  /** Administrator who withdrew the invitation. */
  revokedBy: uuid("revoked_by").references(() => staffMembers.id),
});

/**
 * A signed-in browser. Only the SHA-256 of the cookie token is stored, so a
 * copy of the table cannot be used to take over a session.
 */
export const staffSessions = pgTable(
  "staff_sessions",
  {
    tokenHash: bytea("token_hash").primaryKey(),
    staffMemberId: uuid("staff_member_id")
      .notNull()
      .references(() => staffMembers.id, { onDelete: "cascade" }),
    /** Passkey the session was signed in or registered with; removing the passkey ends the session. */
    passkeyId: uuid("passkey_id")
      .notNull()
      .references(() => staffPasskeys.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull(),
    /** Absolute end of the session; the idle timeout may end it earlier. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("staff_sessions_member_idx").on(table.staffMemberId),
    index("staff_sessions_passkey_idx").on(table.passkeyId),
    index("staff_sessions_expires_idx").on(table.expiresAt),
  ],
);
