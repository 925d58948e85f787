import { eq, sql } from "drizzle-orm";
import type { EligibilityFacts } from "../activation/eligibility-facts";
import type { Db, Tx } from "../db/client";
import { type ResidentProof, residentAccounts } from "../db/schema";

export type ResidentAccount = typeof residentAccounts.$inferSelect;

/**
 * Create the account of a resident key, or refresh the facts of the account
 * that has it already, and return the account's id. One statement, so two
 * activations of one person at once end in one account. A source without a
 * weak resident key keeps the one the account has.
 */
export async function upsertResidentAccount(
  db: Db | Tx,
  input: { residentKey: Buffer; weakResidentKey: Buffer | null; facts: EligibilityFacts; provenBy: ResidentProof; now: Date },
): Promise<string> {
  const [row] = await db
    .insert(residentAccounts)
    .values({ residentKey: input.residentKey, weakResidentKey: input.weakResidentKey, facts: input.facts, factsProvenAt: input.now, provenBy: input.provenBy, createdAt: input.now })
    .onConflictDoUpdate({
      target: residentAccounts.residentKey,
      set: {
        weakResidentKey: sql`coalesce(excluded.weak_resident_key, ${residentAccounts.weakResidentKey})`,
        facts: sql`excluded.facts`,
        factsProvenAt: sql`excluded.facts_proven_at`,
        provenBy: sql`excluded.proven_by`,
      },
    })
    .returning({ id: residentAccounts.id });
  if (row === undefined) throw new Error("upsert into resident_accounts returned no row");
  return row.id;
}

/** The account of a resident key, if any. */
export async function findAccountByResidentKey(db: Db | Tx, residentKey: Buffer): Promise<ResidentAccount | undefined> {
  const [row] = await db.select().from(residentAccounts).where(eq(residentAccounts.residentKey, residentKey)).limit(1);
  return row;
}

/** The account with this id, if any. */
export async function findResidentAccount(db: Db | Tx, id: string): Promise<ResidentAccount | undefined> {
  const [row] = await db.select().from(residentAccounts).where(eq(residentAccounts.id, id)).limit(1);
  return row;
}

/** The first instant at which an account's facts are stale and must be proven again. */
export function factsValidUntil(account: Pick<ResidentAccount, "factsProvenAt">, factsValidDays: number): Date {
  return new Date(account.factsProvenAt.getTime() + factsValidDays * 86_400_000);
}
