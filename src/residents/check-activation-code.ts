import { timingSafeEqual } from "node:crypto";
import { and, eq, gte, isNull, lt, sql } from "drizzle-orm";
import { hashActivationVerifier, parseActivationCode } from "../activation/activation-code";
import type { EligibilityFacts } from "../activation/eligibility-facts";
import type { Db, Tx } from "../db/client";
import { activationCodes } from "../db/schema";
import { err, ok, type Result } from "../result";

/** Wrong verifiers after which a code is locked for good; the resident then needs a new letter. */
export const MAX_FAILED_ATTEMPTS = 5;

export type ActivationCodeError = "CODE_MISSING" | "CODE_MALFORMED" | "CODE_UNKNOWN" | "CODE_WRONG" | "CODE_LOCKED" | "CODE_USED" | "CODE_EXPIRED";

/** Errors that count as a wrong guess against the client's limit. */
export const GUESS_ERRORS: readonly ActivationCodeError[] = ["CODE_UNKNOWN", "CODE_WRONG", "CODE_LOCKED"];

/**
 * Check a code a resident typed on a Berlin calendar day. A wrong verifier
 * adds one to the row's failed attempts in one statement, so parallel
 * guesses cannot skip the count; at MAX_FAILED_ATTEMPTS the code is locked,
 * even for the right verifier. Returns the selector of a code that may be
 * redeemed now.
 */
export async function checkActivationCode(db: Db, input: string | undefined, today: string): Promise<Result<{ selector: string }, ActivationCodeError>> {
  if (input === undefined || input.trim() === "") return err("CODE_MISSING");
  const parts = parseActivationCode(input);
  if (parts === undefined) return err("CODE_MALFORMED");

  const [row] = await db.select().from(activationCodes).where(eq(activationCodes.selector, parts.selector)).limit(1);
  if (row === undefined) return err("CODE_UNKNOWN");
  if (row.failedAttempts >= MAX_FAILED_ATTEMPTS) return err("CODE_LOCKED");

  const presented = Buffer.from(hashActivationVerifier(parts.verifier), "utf8");
  const stored = Buffer.from(row.verifierHash, "utf8");
  if (presented.length !== stored.length || !timingSafeEqual(presented, stored)) {
    const [counted] = await db
      .update(activationCodes)
      .set({ failedAttempts: sql`${activationCodes.failedAttempts} + 1` })
      .where(eq(activationCodes.selector, parts.selector))
      .returning({ failedAttempts: activationCodes.failedAttempts });
    return err((counted?.failedAttempts ?? MAX_FAILED_ATTEMPTS) >= MAX_FAILED_ATTEMPTS ? "CODE_LOCKED" : "CODE_WRONG");
  }
  return redeemability(row, today, parts.selector);
}

/** Whether the code of a selector, checked before, can still be redeemed on a Berlin calendar day. */
export async function checkRedeemable(db: Db | Tx, selector: string, today: string): Promise<Result<{ selector: string }, ActivationCodeError>> {
  const [row] = await db.select().from(activationCodes).where(eq(activationCodes.selector, selector)).limit(1);
  if (row === undefined) return err("CODE_UNKNOWN");
  if (row.failedAttempts >= MAX_FAILED_ATTEMPTS) return err("CODE_LOCKED");
  return redeemability(row, today, selector);
}

function redeemability(row: { usedAt: Date | null; expiresOn: string }, today: string, selector: string): Result<{ selector: string }, ActivationCodeError> {
  if (row.usedAt !== null) return err("CODE_USED");
  if (row.expiresOn < today) return err("CODE_EXPIRED");
  return ok({ selector });
}

export type RedeemedCode = { residentKey: Buffer; weakResidentKey: Buffer | null; facts: EligibilityFacts; source: "letter" | "in_person" };

/**
 * Mark a code used and return what it proves, inside the caller's
 * transaction. The update's conditions make it happen once, however many
 * browsers try at the same moment.
 */
export async function redeemActivationCode(tx: Tx, selector: string, today: string, now: Date): Promise<Result<RedeemedCode, ActivationCodeError>> {
  const [claimed] = await tx
    .update(activationCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(activationCodes.selector, selector),
        isNull(activationCodes.usedAt),
        gte(activationCodes.expiresOn, today),
        lt(activationCodes.failedAttempts, MAX_FAILED_ATTEMPTS),
      ),
    )
    .returning({
      residentKey: activationCodes.residentKey,
      weakResidentKey: activationCodes.weakResidentKey,
      facts: activationCodes.facts,
      source: activationCodes.source,
    });
  if (claimed === undefined) {
    const state = await checkRedeemable(tx, selector, today);
    return err(state.ok ? "CODE_USED" : state.error);
  }
  return ok(claimed);
}
