CREATE TYPE "public"."petition_status" AS ENUM('draft', 'collecting', 'closed', 'submitted', 'decided');--> statement-breakpoint
CREATE TYPE "public"."signature_channel" AS ENUM('wallet', 'passkey', 'paper');--> statement-breakpoint
CREATE TYPE "public"."signature_status" AS ENUM('proven', 'provisional', 'confirmed', 'invalid');--> statement-breakpoint
CREATE TYPE "public"."wallet_flow" AS ENUM('same_device', 'cross_device');--> statement-breakpoint
CREATE TYPE "public"."wallet_transaction_purpose" AS ENUM('sign', 'bind', 'withdraw');--> statement-breakpoint
CREATE TYPE "public"."wallet_transaction_status" AS ENUM('pending', 'processing', 'completed');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('admin', 'organiser', 'election_office');--> statement-breakpoint
CREATE TYPE "public"."activation_code_source" AS ENUM('letter', 'in_person');--> statement-breakpoint
CREATE TYPE "public"."resident_proof" AS ENUM('letter', 'in_person', 'wallet');--> statement-breakpoint
CREATE TYPE "public"."signature_log_kind" AS ENUM('signed', 'paper_entry', 'confirmed', 'invalidated', 'withdrawn', 'erased', 'removed');--> statement-breakpoint
CREATE TABLE "petition_keys" (
	"petition_id" uuid PRIMARY KEY NOT NULL,
	"wrapped_key" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "petitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"decision_proposal" text NOT NULL,
	"reasoning" text NOT NULL,
	"cost_coverage_proposal" text NOT NULL,
	"representative" jsonb NOT NULL,
	"deputy" jsonb NOT NULL,
	"quorum" integer NOT NULL,
	"eligible_residents" integer,
	"notification_date" date NOT NULL,
	"opposes_council_decision" boolean DEFAULT false NOT NULL,
	"council_decision_published_on" date,
	"collection_start" date NOT NULL,
	"collection_end" date NOT NULL,
	"status" "petition_status" DEFAULT 'draft' NOT NULL,
	"signature_kinds" jsonb NOT NULL,
	"rules" jsonb NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "petitions_quorum_positive" CHECK ("petitions"."quorum" > 0),
	CONSTRAINT "petitions_eligible_residents_positive" CHECK ("petitions"."eligible_residents" is null or "petitions"."eligible_residents" > 0),
	CONSTRAINT "petitions_period_ordered" CHECK ("petitions"."collection_start" <= "petitions"."collection_end"),
	CONSTRAINT "petitions_council_decision_date" CHECK ("petitions"."opposes_council_decision" = ("petitions"."council_decision_published_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "distinct_person_pairs" (
	"petition_id" uuid NOT NULL,
	"first_signature_id" bigint NOT NULL,
	"second_signature_id" bigint NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "distinct_person_pairs_first_signature_id_second_signature_id_pk" PRIMARY KEY("first_signature_id","second_signature_id"),
	CONSTRAINT "distinct_person_pairs_order" CHECK ("distinct_person_pairs"."first_signature_id" < "distinct_person_pairs"."second_signature_id")
);
--> statement-breakpoint
CREATE TABLE "paper_duplicate_lines" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"petition_id" uuid NOT NULL,
	"sheet" integer NOT NULL,
	"line" integer NOT NULL,
	"existing_channel" "signature_channel" NOT NULL,
	"nullifier" "bytea" NOT NULL,
	"status" "signature_status" NOT NULL,
	"reason" text,
	"weak_identity_key" "bytea",
	"signed_on" date,
	"entered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "paper_duplicate_lines_petition_sheet_line_key" UNIQUE("petition_id","sheet","line"),
	CONSTRAINT "paper_duplicate_lines_reason_when_invalid" CHECK (("paper_duplicate_lines"."status" = 'invalid') = ("paper_duplicate_lines"."reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "paper_withdrawn_lines" (
	"petition_id" uuid NOT NULL,
	"sheet" integer NOT NULL,
	"line" integer NOT NULL,
	"withdrawn_at" timestamp with time zone NOT NULL,
	CONSTRAINT "paper_withdrawn_lines_petition_id_sheet_line_pk" PRIMARY KEY("petition_id","sheet","line")
);
--> statement-breakpoint
CREATE TABLE "signature_counts" (
	"petition_id" uuid NOT NULL,
	"channel" "signature_channel" NOT NULL,
	"status" "signature_status" NOT NULL,
	"shard" smallint NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "signature_counts_petition_id_channel_status_shard_pk" PRIMARY KEY("petition_id","channel","status","shard"),
	CONSTRAINT "signature_counts_shard_range" CHECK ("signature_counts"."shard" >= 0 and "signature_counts"."shard" < 16)
);
--> statement-breakpoint
CREATE TABLE "signatures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"petition_id" uuid NOT NULL,
	"nullifier" "bytea" NOT NULL,
	"channel" "signature_channel" NOT NULL,
	"status" "signature_status" NOT NULL,
	"credential_type" text,
	"issuer" text,
	"checks" jsonb NOT NULL,
	"receipt_hash" "bytea",
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text,
	"sheet" integer,
	"line" integer,
	"weak_identity_key" "bytea",
	CONSTRAINT "signatures_petition_nullifier_key" UNIQUE("petition_id","nullifier"),
	CONSTRAINT "signatures_receipt_hash_key" UNIQUE("receipt_hash"),
	CONSTRAINT "signatures_petition_sheet_line_key" UNIQUE("petition_id","sheet","line"),
	CONSTRAINT "signatures_reason_when_invalid" CHECK (("signatures"."status" = 'invalid') = ("signatures"."reason" is not null)),
	CONSTRAINT "signatures_sheet_with_line" CHECK (("signatures"."sheet" is null) = ("signatures"."line" is null))
);
--> statement-breakpoint
CREATE TABLE "superseded_receipts" (
	"petition_id" uuid NOT NULL,
	"receipt_hash" "bytea" NOT NULL,
	"nullifier" "bytea" NOT NULL,
	"superseded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "superseded_receipts_petition_id_receipt_hash_pk" PRIMARY KEY("petition_id","receipt_hash")
);
--> statement-breakpoint
CREATE TABLE "wallet_transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" "wallet_transaction_purpose" NOT NULL,
	"petition_id" uuid,
	"nonce" text NOT NULL,
	"state" text NOT NULL,
	"browser_binding_hash" "bytea" NOT NULL,
	"response_key" jsonb,
	"dcql_query" jsonb NOT NULL,
	"client_name" text NOT NULL,
	"status" "wallet_transaction_status" DEFAULT 'pending' NOT NULL,
	"flow" "wallet_flow",
	"outcome" jsonb,
	"response_code_hash" "bytea",
	"response_code_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "wallet_transactions_nonce_unique" UNIQUE("nonce"),
	CONSTRAINT "wallet_transactions_petition_matches_purpose" CHECK (("wallet_transactions"."purpose" <> 'bind') = ("wallet_transactions"."petition_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "petition_team_members" (
	"petition_id" uuid NOT NULL,
	"staff_member_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "petition_team_members_petition_id_staff_member_id_pk" PRIMARY KEY("petition_id","staff_member_id")
);
--> statement-breakpoint
CREATE TABLE "staff_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" "bytea" NOT NULL,
	"role" "staff_role" NOT NULL,
	"display_name" text NOT NULL,
	"petition_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"staff_member_id" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	CONSTRAINT "staff_invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "staff_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"display_name" text NOT NULL,
	"role" "staff_role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "staff_passkeys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_member_id" uuid NOT NULL,
	"credential_id" text NOT NULL,
	"public_key" "bytea" NOT NULL,
	"counter" bigint DEFAULT 0 NOT NULL,
	"transports" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "staff_passkeys_credential_id_unique" UNIQUE("credential_id"),
	CONSTRAINT "staff_passkeys_counter_not_negative" CHECK ("staff_passkeys"."counter" >= 0)
);
--> statement-breakpoint
CREATE TABLE "staff_sessions" (
	"token_hash" "bytea" PRIMARY KEY NOT NULL,
	"staff_member_id" uuid NOT NULL,
	"passkey_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webauthn_challenges" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"challenge" text NOT NULL,
	"browser_token_hash" "bytea" NOT NULL,
	"purpose" text NOT NULL,
	"context" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "webauthn_challenges_challenge_unique" UNIQUE("challenge")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"petition_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signature_daily_counts" (
	"petition_id" uuid NOT NULL,
	"day" date NOT NULL,
	"channel" "signature_channel" NOT NULL,
	"status" "signature_status" NOT NULL,
	"shard" smallint NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "signature_daily_counts_petition_id_day_channel_status_shard_pk" PRIMARY KEY("petition_id","day","channel","status","shard")
);
--> statement-breakpoint
CREATE TABLE "duplicate_attempt_counts" (
	"petition_id" uuid NOT NULL,
	"day" date NOT NULL,
	"channel" "signature_channel" NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "duplicate_attempt_counts_petition_id_day_channel_pk" PRIMARY KEY("petition_id","day","channel")
);
--> statement-breakpoint
CREATE TABLE "activation_codes" (
	"selector" text PRIMARY KEY NOT NULL,
	"verifier_hash" text NOT NULL,
	"resident_key" "bytea" NOT NULL,
	"weak_resident_key" "bytea",
	"facts" jsonb NOT NULL,
	"source" "activation_code_source" NOT NULL,
	"expires_on" date NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"used_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activation_codes_failed_attempts_not_negative" CHECK ("activation_codes"."failed_attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "resident_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_key" "bytea" NOT NULL,
	"weak_resident_key" "bytea",
	"facts" jsonb NOT NULL,
	"facts_proven_at" timestamp with time zone NOT NULL,
	"proven_by" "resident_proof" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resident_accounts_resident_key_unique" UNIQUE("resident_key")
);
--> statement-breakpoint
CREATE TABLE "resident_passkeys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_account_id" uuid NOT NULL,
	"credential_id" text NOT NULL,
	"public_key" "bytea" NOT NULL,
	"counter" bigint DEFAULT 0 NOT NULL,
	"transports" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "resident_passkeys_credential_id_unique" UNIQUE("credential_id"),
	CONSTRAINT "resident_passkeys_counter_not_negative" CHECK ("resident_passkeys"."counter" >= 0)
);
--> statement-breakpoint
CREATE TABLE "resident_sessions" (
	"token_hash" "bytea" PRIMARY KEY NOT NULL,
	"resident_account_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signature_log_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"petition_id" uuid NOT NULL,
	"seq" bigint,
	"kind" "signature_log_kind" NOT NULL,
	"nullifier" "bytea" NOT NULL,
	"channel" "signature_channel" NOT NULL,
	"status" "signature_status",
	"reason" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"entry_hash" "bytea",
	CONSTRAINT "signature_log_entries_sealed_together" CHECK (("signature_log_entries"."seq" is null) = ("signature_log_entries"."entry_hash" is null))
);
--> statement-breakpoint
CREATE TABLE "signature_log_heads" (
	"petition_id" uuid PRIMARY KEY NOT NULL,
	"length" bigint DEFAULT 0 NOT NULL,
	"head_hash" "bytea" NOT NULL,
	"sealed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "wallet_activations" (
	"transaction_id" uuid PRIMARY KEY NOT NULL,
	"resident_key" "bytea" NOT NULL,
	"weak_resident_key" "bytea" NOT NULL,
	"facts" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tally_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"petition_id" uuid NOT NULL,
	"public_token" text NOT NULL,
	"log_length" bigint NOT NULL,
	"head_hash" "bytea" NOT NULL,
	"quorum" integer NOT NULL,
	"quorum_reached" boolean NOT NULL,
	"figures" jsonb NOT NULL,
	"generated_by" uuid,
	"generated_by_name" text NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "tally_snapshots_public_token_unique" UNIQUE("public_token")
);
--> statement-breakpoint
CREATE TABLE "signature_evidence" (
	"signature_id" bigint PRIMARY KEY NOT NULL,
	"petition_id" uuid NOT NULL,
	"sealed" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "petition_erasures" (
	"petition_id" uuid PRIMARY KEY NOT NULL,
	"erased_at" timestamp with time zone NOT NULL,
	"retention_started_on" date NOT NULL,
	"retention_days" integer NOT NULL,
	"final_counts" jsonb NOT NULL,
	"log_length" bigint NOT NULL,
	"log_head_hash" "bytea" NOT NULL,
	"deleted" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "admissibility_decisions" (
	"petition_id" uuid PRIMARY KEY NOT NULL,
	"admissible" boolean NOT NULL,
	"decided_on" date NOT NULL,
	"reference" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"corrections" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "petition_submissions" (
	"petition_id" uuid PRIMARY KEY NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	"content_json" text NOT NULL,
	"content_hash" "bytea" NOT NULL,
	"log_length" bigint NOT NULL,
	"log_head_hash" "bytea" NOT NULL,
	CONSTRAINT "petition_submissions_log_length" CHECK ("petition_submissions"."log_length" >= 0)
);
--> statement-breakpoint
CREATE TABLE "quorum_bases" (
	"petition_id" uuid PRIMARY KEY NOT NULL,
	"eligible_residents" integer NOT NULL,
	"reference_date" date NOT NULL,
	"quorum_percent" integer NOT NULL,
	"quorum" integer NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "quorum_bases_eligible_residents_positive" CHECK ("quorum_bases"."eligible_residents" > 0),
	CONSTRAINT "quorum_bases_quorum_positive" CHECK ("quorum_bases"."quorum" > 0)
);
--> statement-breakpoint
CREATE TABLE "paper_sheet_issues" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"petition_id" uuid NOT NULL,
	"first_sheet" integer NOT NULL,
	"last_sheet" integer NOT NULL,
	"issued_by" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "paper_sheet_issues_range" CHECK ("paper_sheet_issues"."first_sheet" >= 1 and "paper_sheet_issues"."first_sheet" <= "paper_sheet_issues"."last_sheet")
);
--> statement-breakpoint
CREATE TABLE "paper_sheets" (
	"petition_id" uuid NOT NULL,
	"sheet_number" integer NOT NULL,
	"signature_count" integer NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "paper_sheets_petition_id_sheet_number_pk" PRIMARY KEY("petition_id","sheet_number"),
	CONSTRAINT "paper_sheets_signature_count" CHECK ("paper_sheets"."signature_count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "petition_keys" ADD CONSTRAINT "petition_keys_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distinct_person_pairs" ADD CONSTRAINT "distinct_person_pairs_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distinct_person_pairs" ADD CONSTRAINT "distinct_person_pairs_first_signature_id_signatures_id_fk" FOREIGN KEY ("first_signature_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distinct_person_pairs" ADD CONSTRAINT "distinct_person_pairs_second_signature_id_signatures_id_fk" FOREIGN KEY ("second_signature_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distinct_person_pairs" ADD CONSTRAINT "distinct_person_pairs_decided_by_staff_members_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_duplicate_lines" ADD CONSTRAINT "paper_duplicate_lines_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_withdrawn_lines" ADD CONSTRAINT "paper_withdrawn_lines_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signature_counts" ADD CONSTRAINT "signature_counts_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "superseded_receipts" ADD CONSTRAINT "superseded_receipts_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_transactions" ADD CONSTRAINT "wallet_transactions_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_team_members" ADD CONSTRAINT "petition_team_members_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_team_members" ADD CONSTRAINT "petition_team_members_staff_member_id_staff_members_id_fk" FOREIGN KEY ("staff_member_id") REFERENCES "public"."staff_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_invitations" ADD CONSTRAINT "staff_invitations_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_invitations" ADD CONSTRAINT "staff_invitations_created_by_staff_members_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_invitations" ADD CONSTRAINT "staff_invitations_staff_member_id_staff_members_id_fk" FOREIGN KEY ("staff_member_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_invitations" ADD CONSTRAINT "staff_invitations_revoked_by_staff_members_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_passkeys" ADD CONSTRAINT "staff_passkeys_staff_member_id_staff_members_id_fk" FOREIGN KEY ("staff_member_id") REFERENCES "public"."staff_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_sessions" ADD CONSTRAINT "staff_sessions_staff_member_id_staff_members_id_fk" FOREIGN KEY ("staff_member_id") REFERENCES "public"."staff_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_sessions" ADD CONSTRAINT "staff_sessions_passkey_id_staff_passkeys_id_fk" FOREIGN KEY ("passkey_id") REFERENCES "public"."staff_passkeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_staff_members_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signature_daily_counts" ADD CONSTRAINT "signature_daily_counts_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_attempt_counts" ADD CONSTRAINT "duplicate_attempt_counts_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activation_codes" ADD CONSTRAINT "activation_codes_created_by_staff_members_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_passkeys" ADD CONSTRAINT "resident_passkeys_resident_account_id_resident_accounts_id_fk" FOREIGN KEY ("resident_account_id") REFERENCES "public"."resident_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_sessions" ADD CONSTRAINT "resident_sessions_resident_account_id_resident_accounts_id_fk" FOREIGN KEY ("resident_account_id") REFERENCES "public"."resident_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signature_log_entries" ADD CONSTRAINT "signature_log_entries_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signature_log_heads" ADD CONSTRAINT "signature_log_heads_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_activations" ADD CONSTRAINT "wallet_activations_transaction_id_wallet_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."wallet_transactions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tally_snapshots" ADD CONSTRAINT "tally_snapshots_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tally_snapshots" ADD CONSTRAINT "tally_snapshots_generated_by_staff_members_id_fk" FOREIGN KEY ("generated_by") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signature_evidence" ADD CONSTRAINT "signature_evidence_signature_id_signatures_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signature_evidence" ADD CONSTRAINT "signature_evidence_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_erasures" ADD CONSTRAINT "petition_erasures_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admissibility_decisions" ADD CONSTRAINT "admissibility_decisions_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admissibility_decisions" ADD CONSTRAINT "admissibility_decisions_recorded_by_staff_members_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_submissions" ADD CONSTRAINT "petition_submissions_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_submissions" ADD CONSTRAINT "petition_submissions_submitted_by_staff_members_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."staff_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quorum_bases" ADD CONSTRAINT "quorum_bases_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quorum_bases" ADD CONSTRAINT "quorum_bases_recorded_by_staff_members_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_sheet_issues" ADD CONSTRAINT "paper_sheet_issues_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_sheet_issues" ADD CONSTRAINT "paper_sheet_issues_issued_by_staff_members_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."staff_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_sheets" ADD CONSTRAINT "paper_sheets_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_sheets" ADD CONSTRAINT "paper_sheets_recorded_by_staff_members_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "petitions_status_idx" ON "petitions" USING btree ("status");--> statement-breakpoint
CREATE INDEX "distinct_person_pairs_petition_idx" ON "distinct_person_pairs" USING btree ("petition_id");--> statement-breakpoint
CREATE INDEX "distinct_person_pairs_second_idx" ON "distinct_person_pairs" USING btree ("second_signature_id");--> statement-breakpoint
CREATE INDEX "paper_duplicate_lines_petition_nullifier_idx" ON "paper_duplicate_lines" USING btree ("petition_id","nullifier");--> statement-breakpoint
CREATE INDEX "signatures_petition_signed_at_idx" ON "signatures" USING btree ("petition_id","signed_at");--> statement-breakpoint
CREATE INDEX "signatures_petition_status_idx" ON "signatures" USING btree ("petition_id","status");--> statement-breakpoint
CREATE INDEX "signatures_petition_weak_identity_key_idx" ON "signatures" USING btree ("petition_id","weak_identity_key");--> statement-breakpoint
CREATE INDEX "wallet_transactions_expires_at_idx" ON "wallet_transactions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "petition_team_members_staff_idx" ON "petition_team_members" USING btree ("staff_member_id");--> statement-breakpoint
CREATE INDEX "staff_passkeys_member_idx" ON "staff_passkeys" USING btree ("staff_member_id");--> statement-breakpoint
CREATE INDEX "staff_sessions_member_idx" ON "staff_sessions" USING btree ("staff_member_id");--> statement-breakpoint
CREATE INDEX "staff_sessions_passkey_idx" ON "staff_sessions" USING btree ("passkey_id");--> statement-breakpoint
CREATE INDEX "staff_sessions_expires_idx" ON "staff_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "webauthn_challenges_expires_idx" ON "webauthn_challenges" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "webauthn_challenges_browser_idx" ON "webauthn_challenges" USING btree ("browser_token_hash","id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_petition_idx" ON "audit_log" USING btree ("petition_id","at");--> statement-breakpoint
CREATE INDEX "activation_codes_expires_on_idx" ON "activation_codes" USING btree ("expires_on");--> statement-breakpoint
CREATE INDEX "resident_passkeys_account_idx" ON "resident_passkeys" USING btree ("resident_account_id");--> statement-breakpoint
CREATE INDEX "resident_sessions_account_idx" ON "resident_sessions" USING btree ("resident_account_id");--> statement-breakpoint
CREATE INDEX "resident_sessions_expires_idx" ON "resident_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "signature_log_entries_petition_seq_key" ON "signature_log_entries" USING btree ("petition_id","seq") WHERE "signature_log_entries"."seq" is not null;--> statement-breakpoint
CREATE INDEX "signature_log_entries_unsealed_idx" ON "signature_log_entries" USING btree ("petition_id","id") WHERE "signature_log_entries"."seq" is null;--> statement-breakpoint
CREATE INDEX "tally_snapshots_petition_idx" ON "tally_snapshots" USING btree ("petition_id","generated_at");--> statement-breakpoint
CREATE INDEX "signature_evidence_petition_idx" ON "signature_evidence" USING btree ("petition_id");--> statement-breakpoint
CREATE INDEX "paper_sheet_issues_petition_idx" ON "paper_sheet_issues" USING btree ("petition_id");