import { randomInt } from "node:crypto";
import type { Clock } from "../clock";
import type { IdentityAttributes } from "../credentials/identity-attributes";
import type { Database } from "../db/client";
import { COUNT_SHARDS, type EligibilityChecks, type WalletOutcome } from "../db/schema";
import type { Logger } from "../log";
import { berlinDate, isCollecting } from "../petitions/collection-period";
import { checkEligibility, type IneligibleReason } from "../petitions/eligibility";
import type { Petition } from "../petitions/queries";
import { err, ok, type Result } from "../result";
import { canonicalIdentityKey } from "./canonical-identity";
import { nullifier } from "./nullifier";
import { loadPetitionKey } from "./petition-keys";
import { generateReceiptCode, hashReceiptCode } from "./receipts";
import { residentKey } from "./resident-key";
import type { SignatureChannel } from "./signature-counts";

export type SignContext = { database: Database; serverSecret: Buffer; clock: Clock; log: Logger };

export type SignInput = {
  petition: Petition;
  identity: IdentityAttributes;
  channel: SignatureChannel;
  /** vct of the presented credential; required on the wallet channel. */
  credentialType?: string;
  issuer?: string;
  /**
   * Wallet transaction in status processing to complete with outcome signed
   * in the statement that records the signature. On an error result it is
   * left untouched, and the caller records the outcome.
   */
  completeWalletTransaction?: { id: string; responseCodeHash: Buffer | null };
};

export type SignError = "NOT_COLLECTING" | "ALREADY_SIGNED" | IneligibleReason;

export type SignOutcome = {
  receiptCode: string;
  status: "proven" | "provisional";
  /** The eligibility checks the credential could not prove, for the election office to confirm; empty when proven. */
  unproven: (keyof EligibilityChecks)[];
};

/**
 * Insert the signature and count it on a random shard in one statement, so
 * both happen or neither, in one round trip. The unique constraint on
 * (petition, nullifier) decides a repeat: the insert then does nothing, the
 * counter is not touched and no row comes back. The same happens when the
 * petition stopped collecting after the caller loaded it.
 */
const INSERT_SIGNATURE_AND_COUNT = `
with inserted as (${insertSignatureSql()})
${countInsertedSql()}
returning shard`;

/**
 * INSERT_SIGNATURE_AND_COUNT, and when a signature was inserted, also move
 * wallet transaction $11 from processing to completed with outcome $12,
 * response code hash $13 and completion time $9. All three writes commit
 * together or not at all. Data-modifying WITH queries run once whether or not
 * the outer query reads them, so the counter is updated here as well.
 */
const INSERT_SIGNATURE_COUNT_AND_COMPLETE = `
with inserted as (${insertSignatureSql()}),
counted as (${countInsertedSql()} returning shard),
completed as (
  update wallet_transactions
  set status = 'completed', outcome = $12::jsonb, response_code_hash = $13, completed_at = $9::timestamptz
  where id = $11::uuid and status = 'processing' and exists (select 1 from inserted)
  returning id
)
select shard from counted`;

function insertSignatureSql(): string {
  return `
  insert into signatures (petition_id, nullifier, channel, status, credential_type, issuer, checks, receipt_hash, signed_at)
  select $1::uuid, $2, $3::signature_channel, $4::signature_status, $5, $6, $7::jsonb, $8, $9::timestamptz
  where exists (select 1 from petitions where id = $1::uuid and status = 'collecting')
  on conflict (petition_id, nullifier) do nothing
  returning petition_id, channel, status`;
}

function countInsertedSql(): string {
  return `
insert into signature_counts (petition_id, channel, status, shard, count)
select petition_id, channel, status, $10::smallint, 1 from inserted
on conflict (petition_id, channel, status, shard) do update set count = signature_counts.count + 1`;
}

/**
 * Sign a petition for a resident whose attributes were verified by the
 * caller. The attributes are used to check eligibility and derive the
 * nullifier, then dropped: only the nullifier, channel, status, credential
 * type, issuer, eligibility checks and the receipt code's hash are stored.
 */
export async function signPetition(ctx: SignContext, input: SignInput): Promise<Result<SignOutcome, SignError>> {
  const { petition, channel } = input;
  const now = ctx.clock.now();
  const log = ctx.log.child({ petitionId: petition.id, channel });

  if (!isCollecting(petition, now)) {
    log.info({ event: "signature.rejected", reason: "NOT_COLLECTING" }, "petition is not collecting");
    return err("NOT_COLLECTING");
  }

  const credentialType = channel === "wallet" ? (input.credentialType ?? "") : input.credentialType;
  const eligibility = checkEligibility(input.identity, petition.rules, berlinDate(now), credentialType);
  if (!eligibility.ok) {
    log.info({ event: "signature.rejected", reason: eligibility.error }, "resident not eligible");
    return eligibility;
  }

  const petitionKey = await loadPetitionKey(ctx.database, ctx.serverSecret, petition.id);
  const petitionNullifier = nullifier(petitionKey, residentKey(ctx.serverSecret, canonicalIdentityKey(input.identity)));
  const receiptCode = generateReceiptCode();
  const { status, checks } = eligibility.value;

  const unproven = (Object.keys(checks) as (keyof EligibilityChecks)[]).filter((check) => checks[check] === "unproven");
  const params: unknown[] = [
    petition.id,
    petitionNullifier,
    channel,
    status,
    input.credentialType ?? null,
    input.issuer ?? null,
    JSON.stringify(checks),
    hashReceiptCode(receiptCode),
    now.toISOString(),
    randomInt(COUNT_SHARDS),
  ];
  const transaction = input.completeWalletTransaction;
  let rows: Record<string, unknown>[];
  if (transaction === undefined) {
    rows = await ctx.database.rows(INSERT_SIGNATURE_AND_COUNT, params);
  } else {
    const outcome: WalletOutcome = { kind: "signed", receiptCode, provisional: status === "provisional", unproven };
    params.push(transaction.id, JSON.stringify(outcome), transaction.responseCodeHash);
    rows = await ctx.database.rows(INSERT_SIGNATURE_COUNT_AND_COMPLETE, params);
  }
  if (rows.length === 0) {
    if (!(await isStillCollecting(ctx.database, petition.id))) {
      log.info({ event: "signature.rejected", reason: "NOT_COLLECTING" }, "petition stopped collecting while signing");
      return err("NOT_COLLECTING");
    }
    log.info({ event: "signature.duplicate" }, "resident has signed already");
    return err("ALREADY_SIGNED");
  }

  log.info({ event: "signature.recorded", status }, "signature recorded");
  return ok({ receiptCode, status, unproven });
}

async function isStillCollecting(database: Database, petitionId: string): Promise<boolean> {
  const rows = await database.rows("select 1 from petitions where id = $1::uuid and status = 'collecting'", [petitionId]);
  return rows.length === 1;
}
