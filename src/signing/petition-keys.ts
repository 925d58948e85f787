import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database, Db, Tx } from "../db/client";
import { petitionKeys } from "../db/schema";

const PETITION_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const WRAP_KEY_INFO = "petition-key-wrap";

/** Unwrapped keys kept per server secret; a deployment has far fewer petitions than this. */
const MAX_CACHED_KEYS = 1000;

type SecretCache = { wrappingKey: Buffer; keys: Map<string, Buffer> };
const cacheBySecret = new WeakMap<Buffer, SecretCache>();

function cacheFor(serverSecret: Buffer): SecretCache {
  let cache = cacheBySecret.get(serverSecret);
  if (cache === undefined) {
    const wrappingKey = Buffer.from(hkdfSync("sha256", serverSecret, Buffer.alloc(0), WRAP_KEY_INFO, 32));
    cache = { wrappingKey, keys: new Map() };
    cacheBySecret.set(serverSecret, cache);
  }
  return cache;
}

function remember(cache: SecretCache, petitionId: string, key: Buffer): void {
  if (cache.keys.size >= MAX_CACHED_KEYS) {
    const oldest = cache.keys.keys().next().value;
    if (oldest !== undefined) cache.keys.delete(oldest);
  }
  cache.keys.set(petitionId, key);
}

/**
 * Encrypt a petition key with AES-256-GCM under HKDF-SHA-256(server secret,
 * "petition-key-wrap"). The petition id is the additional authenticated
 * data, so a wrapped key copied to another petition fails to unwrap.
 * Layout: 12-byte IV, ciphertext, 16-byte tag.
 */
export function wrapPetitionKey(serverSecret: Buffer, petitionId: string, petitionKey: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", cacheFor(serverSecret).wrappingKey, iv);
  cipher.setAAD(Buffer.from(petitionId, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(petitionKey), cipher.final()]);
  return Buffer.concat([iv, ciphertext, cipher.getAuthTag()]);
}

/** Decrypt a wrapped petition key; throws when the secret or petition id does not match. */
export function unwrapPetitionKey(serverSecret: Buffer, petitionId: string, wrapped: Buffer): Buffer {
  const iv = wrapped.subarray(0, IV_BYTES);
  const tag = wrapped.subarray(wrapped.length - TAG_BYTES);
  const ciphertext = wrapped.subarray(IV_BYTES, wrapped.length - TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", cacheFor(serverSecret).wrappingKey, iv);
  decipher.setAAD(Buffer.from(petitionId, "utf8"));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}

/**
 * Store a new random key for a petition unless it has one already. Runs
 * inside the caller's transaction when given one.
 */
export async function insertPetitionKey(db: Db | Tx, serverSecret: Buffer, petitionId: string): Promise<void> {
  const wrappedKey = wrapPetitionKey(serverSecret, petitionId, randomBytes(PETITION_KEY_BYTES));
  await db.insert(petitionKeys).values({ petitionId, wrappedKey }).onConflictDoNothing();
}

/**
 * The petition's unwrapped key, from the in-memory cache after the first
 * call. A petition without a key (the demo seed has no server secret) gets
 * one here; when two instances race, both read the row that won.
 *
 * NOTE: To crypto-shred a petition, close it before deleting its key row and
 * call forgetPetitionKey. A signing on an open petition without a key row
 * would store a fresh key, and repeats of earlier signers would go undetected.
 */
export async function loadPetitionKey(database: Database, serverSecret: Buffer, petitionId: string): Promise<Buffer> {
  const cache = cacheFor(serverSecret);
  const cached = cache.keys.get(petitionId);
  if (cached !== undefined) return cached;

  let row = await selectWrappedKey(database, petitionId);
  if (row === undefined) {
    await insertPetitionKey(database.db, serverSecret, petitionId);
    row = await selectWrappedKey(database, petitionId);
  }
  if (row === undefined) throw new Error(`petition ${petitionId} has no key and none could be stored`);

  const key = unwrapPetitionKey(serverSecret, petitionId, row.wrappedKey);
  remember(cache, petitionId, key);
  return key;
}

/**
 * The petition's unwrapped key, or undefined when it has none, for readers
 * that must not create a key, such as the evidence reader after an erasure.
 */
export async function readPetitionKey(database: Database, serverSecret: Buffer, petitionId: string): Promise<Buffer | undefined> {
  const row = await selectWrappedKey(database, petitionId);
  return row === undefined ? undefined : unwrapPetitionKey(serverSecret, petitionId, row.wrappedKey);
}

/** Drop a petition's key from the cache, after its row was deleted to make the nullifiers unlinkable. */
export function forgetPetitionKey(serverSecret: Buffer, petitionId: string): void {
  cacheBySecret.get(serverSecret)?.keys.delete(petitionId);
}

async function selectWrappedKey(database: Database, petitionId: string) {
  const [row] = await database.db
    .select({ wrappedKey: petitionKeys.wrappedKey })
    .from(petitionKeys)
    .where(eq(petitionKeys.petitionId, petitionId));
  return row;
}
