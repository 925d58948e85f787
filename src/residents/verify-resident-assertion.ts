import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { and, eq } from "drizzle-orm";
import type { Tx } from "../db/client";
import { residentPasskeys } from "../db/schema";
import type { PasskeyError } from "../passkeys/passkey-errors";
import { verifyPasskeyAssertion } from "../passkeys/verify-passkey-assertion";
import { err, ok, type Result } from "../result";
import type { ResidentContext } from "./resident-context";

/**
 * Verify an assertion with a resident passkey against a challenge taken
 * from the database, and store the passkey's new counter. Comparing with the
 * counter read first makes two simultaneous assertions with one counter
 * value fail once, as cloned authenticators would.
 */
export async function verifyResidentAssertion(
  ctx: ResidentContext,
  tx: Tx,
  response: AuthenticationResponseJSON,
  expectedChallenge: string,
  now: Date,
): Promise<Result<{ accountId: string; passkeyId: string }, PasskeyError>> {
  const [stored] = await tx
    .select({
      id: residentPasskeys.id,
      accountId: residentPasskeys.residentAccountId,
      credentialId: residentPasskeys.credentialId,
      publicKey: residentPasskeys.publicKey,
      counter: residentPasskeys.counter,
      transports: residentPasskeys.transports,
    })
    .from(residentPasskeys)
    .where(eq(residentPasskeys.credentialId, response.id))
    .limit(1);
  if (stored === undefined) return err("UNKNOWN_CREDENTIAL");

  const verified = await verifyPasskeyAssertion(ctx.rp, response, expectedChallenge, stored, ctx.log);
  if (!verified.ok) return verified;

  const updated = await tx
    .update(residentPasskeys)
    .set({ counter: verified.value.newCounter, lastUsedAt: now })
    .where(and(eq(residentPasskeys.id, stored.id), eq(residentPasskeys.counter, stored.counter)))
    .returning({ id: residentPasskeys.id });
  if (updated.length === 0) return err("COUNTER_REGRESSION");
  return ok({ accountId: stored.accountId, passkeyId: stored.id });
}
