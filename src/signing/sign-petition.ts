import { randomInt } from "node:crypto";
import type { Clock } from "../clock";
import type { IdentityAttributes } from "../credentials/identity-attributes";
import type { Database } from "../db/client";
import { COUNT_SHARDS, type EligibilityChecks } from "../db/schema";
import type { Logger } from "../log";
import { berlinDate, isCollecting } from "../petitions/collection-period";
import type { EligibilityFacts } from "../activation/eligibility-facts";
import { checkEligibility, type Eligibility, type IneligibleReason } from "../petitions/eligibility";
import { checkFactsEligibility } from "../petitions/facts-eligibility";
import type { Petition } from "../petitions/queries";
import { err, ok, type Result } from "../result";
import { type InvalidReason, isInvalidReason } from "../review/invalid-reasons";
import { signatureLogAppendSql } from "../signature-log/append-log-entries";
import type { OfficeEvidenceKey } from "../evidence/office-evidence-key";
import { petitionEvidenceKey, sealEvidence } from "../evidence/seal-evidence";
import type { SignatureEvidence } from "../evidence/signature-evidence";
import { countDuplicateAttempt } from "./duplicate-attempts";
import { nullifier } from "./nullifier";
import { loadPetitionKey } from "./petition-keys";
import { generateReceiptCode, hashReceiptCode } from "./receipts";
import { residentKeyOf } from "./resident-key";
import type { SignatureChannel } from "./signature-counts";
import { weakIdentityKeyOf, weakResidentKey } from "./weak-identity-key";

export type SignContext = {
  database: Database;
  serverSecret: Buffer;
  clock: Clock;
  log: Logger;
  /** The election office's public key that each signature's evidence is sealed to. */
  officeEvidenceKey: OfficeEvidenceKey;
};

export type SignInput = {
  petition: Petition;
  identity: IdentityAttributes;
  channel: SignatureChannel;
  /** vct of the presented credential; required on the wallet channel. */
  credentialType?: string;
  issuer?: string;
};

/**
 * ALREADY_SIGNED: the person's earlier signature counts (or awaits review);
 * SIGNED_ON_PAPER: the same, for a paper line the election office entered;
 * SIGNATURE_INVALIDATED: the earlier signature was declared invalid by the
 * election office, whose decision still blocks a new one.
 */
export type SignError = "NOT_COLLECTING" | "ALREADY_SIGNED" | "SIGNED_ON_PAPER" | "SIGNATURE_INVALIDATED" | IneligibleReason;

/** A rejected signing. SIGNATURE_INVALIDATED carries the office's reason, so the resident learns why. */
export type SignFailure = { ok: false; error: Exclude<SignError, "SIGNATURE_INVALIDATED"> } | { ok: false; error: "SIGNATURE_INVALIDATED"; reason: InvalidReason };

export type SignResult = { ok: true; value: SignOutcome } | SignFailure;

export type SignOutcome = {
  receiptCode: string;
  status: "proven" | "provisional";
  /** The eligibility checks the credential could not prove, for the election office to confirm; empty when proven. */
  unproven: (keyof EligibilityChecks)[];
  /** Set when only paper signatures count for this petition, so the online signature shows support but does not count toward the quorum. */
  supportOnly: boolean;
};

/**
 * A signature checked against the petition's rules and ready to insert: its
 * nullifier, receipt, sealed evidence and the parameters $1 to $12 of the
 * insert statements built by signatureInsertSql. The identity attributes are
 * in it only inside the sealed evidence.
 */
export type PreparedSignature = { outcome: SignOutcome; params: unknown[] };

/**
 * Check a verified resident against the petition's rules on the signing day
 * and derive the nullifier. The attributes go to the database only inside
 * the evidence sealed to the election office. In plain form only the
 * nullifier, the weak identity key, channel, status, credential type, issuer,
 * eligibility checks and the receipt code's hash are stored.
 */
export async function prepareSignature(ctx: SignContext, input: SignInput): Promise<Result<PreparedSignature, "NOT_COLLECTING" | IneligibleReason>> {
  const { petition, channel } = input;
  const now = ctx.clock.now();
  if (!isCollecting(petition, now)) return err("NOT_COLLECTING");

  const credentialType = channel === "wallet" ? (input.credentialType ?? "") : input.credentialType;
  const eligibility = checkEligibility(input.identity, petition.rules, berlinDate(now), credentialType);
  if (!eligibility.ok) return eligibility;

  const key = residentKeyOf(ctx.serverSecret, input.identity);
  const signing = {
    petition,
    channel,
    credentialType: input.credentialType,
    issuer: input.issuer,
    evidence: { claims: input.identity },
    weakResidentKey: weakResidentKey(ctx.serverSecret, input.identity),
  };
  return ok(await preparedFor(ctx, signing, key, eligibility.value, now));
}

/**
 * A resident known by their stored resident key, weak resident key and
 * eligibility facts, as on the passkey channel. Without a weak resident key
 * (null or left out) the signature gets no weak identity key.
 */
export type ResidentSignInput = { petition: Petition; residentKey: Buffer; weakResidentKey?: Buffer | null; facts: EligibilityFacts; channel: SignatureChannel };

/**
 * Check a resident's stored eligibility facts against the petition's rules on
 * the signing day and derive the nullifier from the stored resident key, so
 * the same person gets the same nullifier as on the wallet channel. The
 * stored weak resident key gives the same weak identity key as well.
 */
export async function prepareResidentSignature(
  ctx: SignContext,
  input: ResidentSignInput,
): Promise<Result<PreparedSignature, "NOT_COLLECTING" | IneligibleReason>> {
  const now = ctx.clock.now();
  if (!isCollecting(input.petition, now)) return err("NOT_COLLECTING");
  const eligibility = checkFactsEligibility(input.facts, input.petition.rules, berlinDate(now));
  if (!eligibility.ok) return eligibility;
  const signing = { petition: input.petition, channel: input.channel, evidence: { facts: input.facts }, weakResidentKey: input.weakResidentKey ?? null };
  return ok(await preparedFor(ctx, signing, input.residentKey, eligibility.value, now));
}

async function preparedFor(
  ctx: SignContext,
  input: {
    petition: Petition;
    channel: SignatureChannel;
    credentialType?: string | undefined;
    issuer?: string | undefined;
    evidence: Pick<SignatureEvidence, "claims" | "facts">;
    weakResidentKey: Buffer | null;
  },
  key: Buffer,
  eligibility: Eligibility,
  now: Date,
): Promise<PreparedSignature> {
  const petitionKey = await loadPetitionKey(ctx.database, ctx.serverSecret, input.petition.id);
  const petitionNullifier = nullifier(petitionKey, key);
  const receiptCode = generateReceiptCode();
  const { status, checks } = eligibility;
  const unproven = (Object.keys(checks) as (keyof EligibilityChecks)[]).filter((check) => checks[check] === "unproven");

  const evidence: SignatureEvidence = {
    version: 1,
    channel: input.channel,
    status,
    signedAt: now.toISOString(),
    checks,
    ...(input.credentialType === undefined ? {} : { credentialType: input.credentialType }),
    ...(input.issuer === undefined ? {} : { issuer: input.issuer }),
    ...input.evidence,
  };
  const binding = { petitionId: input.petition.id, nullifier: petitionNullifier };
  const sealed = await sealEvidence(ctx.officeEvidenceKey, petitionEvidenceKey(petitionKey), binding, evidence);
  const params: unknown[] = [
    input.petition.id,
    petitionNullifier,
    input.channel,
    status,
    input.credentialType ?? null,
    input.issuer ?? null,
    JSON.stringify(checks),
    hashReceiptCode(receiptCode),
    now.toISOString(),
    randomInt(COUNT_SHARDS),
    sealed,
    input.weakResidentKey === null ? null : weakIdentityKeyOf(petitionKey, input.weakResidentKey),
  ];
  return { outcome: { receiptCode, status, unproven, supportOnly: !input.petition.signatureKinds.includes("online") }, params };
}

/**
 * SQL of five data-modifying WITH queries, `inserted`, `evidence`, `logged`,
 * `counted_daily` and `counted`, that insert the signature with parameters
 * $1 to $12 (see prepareSignature), store its sealed evidence $11, append a
 * `signed` entry to the signature log and count it on shard $10. It is counted in the totals and in the
 * counter of the Berlin calendar day of its time $9. The daily counter uses
 * the same shard as the totals, and the log entry is a new unsealed row, so
 * neither adds lock contention.
 * The unique constraint on (petition, nullifier) decides a repeat: the insert
 * then does nothing and the counters are not touched. `guard` is a further SQL condition for the insert, such as a
 * claimed wallet transaction; the petition must be collecting in any case.
 * The share lock on the petition row makes a submission wait for signings
 * under way, and a signing that waited re-reads the status, so no signature
 * lands after the log head that the submission seals.
 */
export function signatureInsertSql(guard = "true"): string {
  return `
inserted as (
  insert into signatures (petition_id, nullifier, channel, status, credential_type, issuer, checks, receipt_hash, signed_at, weak_identity_key)
  select $1::uuid, $2, $3::signature_channel, $4::signature_status, $5, $6, $7::jsonb, $8, $9::timestamptz, $12::bytea
  where (${guard}) and exists (select 1 from petitions where id = $1::uuid and status = 'collecting' for share)
  on conflict (petition_id, nullifier) do nothing
  returning id, petition_id, nullifier, channel, status
),
evidence as (
  insert into signature_evidence (signature_id, petition_id, sealed, created_at)
  select id, petition_id, $11, $9::timestamptz from inserted
),${signatureLogAppendSql({ name: "logged", source: "inserted", kind: "signed", occurredAt: "$9::timestamptz" })},${signatureCountSql({ source: "inserted", occurredAt: "$9::timestamptz", shard: "$10::smallint" })}`;
}

/**
 * SQL of two data-modifying WITH queries, `counted_daily` and `counted`,
 * that count each row of `source` (columns petition_id, channel and status)
 * on shard `shard`: in the totals, and in the counter of the Berlin calendar
 * day of `occurredAt`. `counted` returns the shard of each row.
 */
export function signatureCountSql(cte: { source: string; occurredAt: string; shard: string }): string {
  return `
counted_daily as (
  insert into signature_daily_counts (petition_id, day, channel, status, shard, count)
  select petition_id, (${cte.occurredAt} at time zone 'Europe/Berlin')::date, channel, status, ${cte.shard}, 1 from ${cte.source}
  on conflict (petition_id, day, channel, status, shard) do update set count = signature_daily_counts.count + 1
),
counted as (
  insert into signature_counts (petition_id, channel, status, shard, count)
  select petition_id, channel, status, ${cte.shard}, 1 from ${cte.source}
  on conflict (petition_id, channel, status, shard) do update set count = signature_counts.count + 1
  returning shard
)`;
}

/**
 * Insert the signature and count it in one statement, so both happen or
 * neither, in one round trip. No row comes back for a repeat or when the
 * petition stopped collecting after the caller loaded it. Data-modifying WITH
 * queries run once whether or not the outer query reads them.
 */
const INSERT_SIGNATURE_AND_COUNT = `with ${signatureInsertSql()} select shard from counted`;

/**
 * Sign a petition for a resident whose attributes were verified by the
 * caller: prepareSignature, then the insert. The wallet channel records its
 * signatures with recordWalletSignature instead, which also completes the
 * wallet transaction in the same statement.
 */
export async function signPetition(ctx: SignContext, input: SignInput): Promise<SignResult> {
  return recordPrepared(ctx, input.petition.id, input.channel, await prepareSignature(ctx, input));
}

/** Sign a petition for a resident known by resident key and facts: prepareResidentSignature, then the same insert. */
export async function signPetitionAsResident(ctx: SignContext, input: ResidentSignInput): Promise<SignResult> {
  return recordPrepared(ctx, input.petition.id, input.channel, await prepareResidentSignature(ctx, input));
}

async function recordPrepared(
  ctx: SignContext,
  petitionId: string,
  channel: SignatureChannel,
  prepared: Result<PreparedSignature, "NOT_COLLECTING" | IneligibleReason>,
): Promise<SignResult> {
  const log = ctx.log.child({ petitionId, channel });
  if (!prepared.ok) {
    log.info({ event: "signature.rejected", reason: prepared.error }, "signature rejected before recording");
    return prepared;
  }

  const rows = await ctx.database.rows(INSERT_SIGNATURE_AND_COUNT, prepared.value.params);
  if (rows.length === 0) {
    if (!(await isStillCollecting(ctx.database, petitionId))) {
      log.info({ event: "signature.rejected", reason: "NOT_COLLECTING" }, "petition stopped collecting while signing");
      return err("NOT_COLLECTING");
    }
    const invalidReason = await invalidReasonOfEarlierSignature(ctx.database, petitionId, prepared.value.params[1] as Buffer);
    await countDuplicateAttempt(ctx.database, { petitionId, channel, at: new Date(prepared.value.params[8] as string) });
    log.info({ event: "signature.duplicate", earlierInvalid: invalidReason !== undefined }, "resident has signed already");
    if (invalidReason !== undefined) return { ok: false, error: "SIGNATURE_INVALIDATED", reason: invalidReason };
    return err((await signedOnPaper(ctx.database, petitionId, prepared.value.params[1] as Buffer)) ? "SIGNED_ON_PAPER" : "ALREADY_SIGNED");
  }

  log.info({ event: "signature.recorded", status: prepared.value.outcome.status }, "signature recorded");
  return ok(prepared.value.outcome);
}

/**
 * Read the invalidity reason of the signature with this nullifier, or
 * undefined when it is not invalid. A signature committed by a concurrent
 * signing is visible here, because this is a new statement.
 */
async function invalidReasonOfEarlierSignature(database: Database, petitionId: string, signatureNullifier: Buffer): Promise<InvalidReason | undefined> {
  const [row] = await database.rows<{ reason: string | null }>(
    "select reason from signatures where petition_id = $1::uuid and nullifier = $2 and status = 'invalid'",
    [petitionId, signatureNullifier],
  );
  return row?.reason !== undefined && row.reason !== null && isInvalidReason(row.reason) ? row.reason : undefined;
}

async function signedOnPaper(database: Database, petitionId: string, signatureNullifier: Buffer): Promise<boolean> {
  const rows = await database.rows("select 1 from signatures where petition_id = $1::uuid and nullifier = $2 and channel = 'paper'", [petitionId, signatureNullifier]);
  return rows.length === 1;
}

async function isStillCollecting(database: Database, petitionId: string): Promise<boolean> {
  const rows = await database.rows("select 1 from petitions where id = $1::uuid and status = 'collecting'", [petitionId]);
  return rows.length === 1;
}
