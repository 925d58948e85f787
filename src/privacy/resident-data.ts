import type { EligibilityFacts } from "../activation/eligibility-facts";
import type { Database } from "../db/client";
import type { EligibilityChecks, ResidentProof } from "../db/schema";
import { factsValidUntil, findResidentAccount } from "../residents/resident-accounts";
import { nullifier } from "../signing/nullifier";
import { loadPetitionKey } from "../signing/petition-keys";

/**
 * Everything the database stores about one resident account (GDPR Art. 15),
 * as the data access page shows it and its JSON download contains it.
 * Binary values are hex. Signatures and log entries are found by computing
 * the resident's nullifier for every petition that still has its key.
 */
export type ResidentData = {
  exportedAt: string;
  account: {
    id: string;
    createdAt: string;
    /** HMAC of the server secret over the identity key; the name behind it cannot be computed back. */
    residentKey: string;
    /** HMAC of the server secret over family name and birth date, used only to mark possible duplicates, or null when none is stored. */
    weakResidentKey: string | null;
    facts: EligibilityFacts;
    factsProvenAt: string;
    factsValidUntil: string;
    provenBy: ResidentProof;
  };
  passkeys: { id: string; name: string; credentialId: string; transports: string[]; counter: number; createdAt: string; lastUsedAt: string | null }[];
  sessions: { createdAt: string; lastSeenAt: string; expiresAt: string; current: boolean }[];
  activationCodes: { selector: string; source: string; expiresOn: string; usedAt: string | null; createdAt: string }[];
  walletActivations: { createdAt: string; expiresAt: string }[];
  signatures: {
    petitionId: string;
    petitionTitle: string;
    nullifier: string;
    channel: string;
    status: string;
    signedAt: string;
    credentialType: string | null;
    issuer: string | null;
    checks: EligibilityChecks;
  }[];
  signatureLog: { petitionId: string; petitionTitle: string; kind: string; channel: string; status: string | null; reason: string | null; occurredAt: string }[];
  auditEntries: { at: string; action: string; details: Record<string, unknown> }[];
};

type PetitionNullifier = { petitionId: string; title: string; nullifier: Buffer };

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

/**
 * Collect the stored data of a resident account; undefined when the account
 * no longer exists. `currentTokenHash` marks the session of the request.
 */
export async function collectResidentData(
  database: Database,
  input: { serverSecret: Buffer; accountId: string; currentTokenHash: Buffer | undefined; factsValidDays: number; now: Date },
): Promise<ResidentData | undefined> {
  const account = await findResidentAccount(database.db, input.accountId);
  if (account === undefined) return undefined;

  const nullifiers = await nullifiersOf(database, input.serverSecret, account.residentKey);
  const activationCodes = await database.rows<{ selector: string; source: string; expires_on: string; used_at: Date | null; created_at: Date }>(
    "select selector, source, expires_on::text as expires_on, used_at, created_at from activation_codes where resident_key = $1 order by created_at",
    [account.residentKey],
  );
  const selectors = activationCodes.map((code) => code.selector);

  return {
    exportedAt: iso(input.now),
    account: {
      id: account.id,
      createdAt: iso(account.createdAt),
      residentKey: account.residentKey.toString("hex"),
      weakResidentKey: account.weakResidentKey === null ? null : account.weakResidentKey.toString("hex"),
      facts: account.facts,
      factsProvenAt: iso(account.factsProvenAt),
      factsValidUntil: iso(factsValidUntil(account, input.factsValidDays)),
      provenBy: account.provenBy,
    },
    passkeys: await passkeysOf(database, account.id),
    sessions: await sessionsOf(database, account.id, input.currentTokenHash),
    activationCodes: activationCodes.map((code) => ({
      selector: code.selector,
      source: code.source,
      expiresOn: code.expires_on,
      usedAt: isoOrNull(code.used_at),
      createdAt: iso(code.created_at),
    })),
    walletActivations: (
      await database.rows<{ created_at: Date; expires_at: Date }>(
        "select created_at, expires_at from wallet_activations where resident_key = $1 order by created_at",
        [account.residentKey],
      )
    ).map((row) => ({ createdAt: iso(row.created_at), expiresAt: iso(row.expires_at) })),
    signatures: await signaturesOf(database, nullifiers),
    signatureLog: await logEntriesOf(database, nullifiers),
    auditEntries: await auditEntriesAbout(database, selectors),
  };
}

/** Compute the resident's nullifier for every petition that has a key; a petition whose key was destroyed cannot be searched. */
async function nullifiersOf(database: Database, serverSecret: Buffer, residentKey: Buffer): Promise<PetitionNullifier[]> {
  const petitions = await database.rows<{ id: string; title: string }>(
    "select p.id, p.title from petition_keys k join petitions p on p.id = k.petition_id order by p.created_at, p.id",
  );
  const found: PetitionNullifier[] = [];
  for (const petition of petitions) {
    const key = await loadPetitionKey(database, serverSecret, petition.id);
    found.push({ petitionId: petition.id, title: petition.title, nullifier: nullifier(key, residentKey) });
  }
  return found;
}

/** SQL VALUES list of (petition id, nullifier, title) pairs and its parameters, for joining on a resident's nullifiers. */
function nullifierValues(nullifiers: PetitionNullifier[]): { sql: string; params: unknown[] } {
  const sql = nullifiers.map((_, index) => `($${index * 3 + 1}::uuid, $${index * 3 + 2}::bytea, $${index * 3 + 3}::text)`).join(", ");
  return { sql: `(values ${sql}) as mine(petition_id, nullifier, title)`, params: nullifiers.flatMap((entry) => [entry.petitionId, entry.nullifier, entry.title]) };
}

async function signaturesOf(database: Database, nullifiers: PetitionNullifier[]): Promise<ResidentData["signatures"]> {
  if (nullifiers.length === 0) return [];
  const mine = nullifierValues(nullifiers);
  const rows = await database.rows<{
    petition_id: string;
    title: string;
    nullifier: Buffer | Uint8Array;
    channel: string;
    status: string;
    signed_at: Date;
    credential_type: string | null;
    issuer: string | null;
    checks: EligibilityChecks;
  }>(
    `select s.petition_id, mine.title, s.nullifier, s.channel, s.status, s.signed_at, s.credential_type, s.issuer, s.checks
       from signatures s join ${mine.sql} on s.petition_id = mine.petition_id and s.nullifier = mine.nullifier
      order by s.signed_at`,
    mine.params,
  );
  return rows.map((row) => ({
    petitionId: row.petition_id,
    petitionTitle: row.title,
    nullifier: Buffer.from(row.nullifier).toString("hex"),
    channel: row.channel,
    status: row.status,
    signedAt: iso(row.signed_at),
    credentialType: row.credential_type,
    issuer: row.issuer,
    checks: row.checks,
  }));
}

async function logEntriesOf(database: Database, nullifiers: PetitionNullifier[]): Promise<ResidentData["signatureLog"]> {
  if (nullifiers.length === 0) return [];
  const mine = nullifierValues(nullifiers);
  const rows = await database.rows<{ petition_id: string; title: string; kind: string; channel: string; status: string | null; reason: string | null; occurred_at: Date }>(
    `select e.petition_id, mine.title, e.kind, e.channel, e.status, e.reason, e.occurred_at
       from signature_log_entries e join ${mine.sql} on e.petition_id = mine.petition_id and e.nullifier = mine.nullifier
      order by e.occurred_at, e.id`,
    mine.params,
  );
  return rows.map((row) => ({
    petitionId: row.petition_id,
    petitionTitle: row.title,
    kind: row.kind,
    channel: row.channel,
    status: row.status,
    reason: row.reason,
    occurredAt: iso(row.occurred_at),
  }));
}

async function passkeysOf(database: Database, accountId: string): Promise<ResidentData["passkeys"]> {
  const rows = await database.rows<{ id: string; name: string; credential_id: string; transports: string[]; counter: string | number; created_at: Date; last_used_at: Date | null }>(
    "select id, name, credential_id, transports, counter, created_at, last_used_at from resident_passkeys where resident_account_id = $1 order by created_at, id",
    [accountId],
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    credentialId: row.credential_id,
    transports: row.transports,
    counter: Number(row.counter),
    createdAt: iso(row.created_at),
    lastUsedAt: isoOrNull(row.last_used_at),
  }));
}

async function sessionsOf(database: Database, accountId: string, currentTokenHash: Buffer | undefined): Promise<ResidentData["sessions"]> {
  const rows = await database.rows<{ token_hash: Buffer | Uint8Array; created_at: Date; last_seen_at: Date; expires_at: Date }>(
    "select token_hash, created_at, last_seen_at, expires_at from resident_sessions where resident_account_id = $1 order by created_at",
    [accountId],
  );
  return rows.map((row) => ({
    createdAt: iso(row.created_at),
    lastSeenAt: iso(row.last_seen_at),
    expiresAt: iso(row.expires_at),
    current: currentTokenHash !== undefined && Buffer.from(row.token_hash).equals(currentTokenHash),
  }));
}

/** Audit entries that name one of the resident's activation codes, such as the printing of an in-person code. */
async function auditEntriesAbout(database: Database, selectors: string[]): Promise<ResidentData["auditEntries"]> {
  if (selectors.length === 0) return [];
  const rows = await database.rows<{ at: Date; action: string; details: Record<string, unknown> }>(
    "select at, action, details from audit_log where details ->> 'selector' = any($1::text[]) order by at, id",
    [selectors],
  );
  return rows.map((row) => ({ at: iso(row.at), action: row.action, details: row.details }));
}
