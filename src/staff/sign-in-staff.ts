import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { staffMembers, staffPasskeys } from "../db/schema";
import { authenticationOptions } from "../passkeys/ceremony-options";
import type { PasskeyError } from "../passkeys/passkey-errors";
import { verifyPasskeyAssertion } from "../passkeys/verify-passkey-assertion";
import { consumeChallenge, storeChallenge } from "../passkeys/webauthn-challenges";
import { err, ok, type Result } from "../result";
import type { StartedCeremony } from "./register-staff-passkey";
import type { StaffContext } from "./staff-context";
import { createStaffSession, deleteStaffSession, type NewStaffSession } from "./staff-sessions";

export type SignInError = PasskeyError | "STAFF_DISABLED";

/** Start a sign-in with any passkey registered here. */
export async function startStaffSignIn(ctx: StaffContext, browserToken: string): Promise<StartedCeremony<PublicKeyCredentialRequestOptionsJSON>> {
  const options = await authenticationOptions(ctx.rp);
  await storeChallenge(
    ctx.database.db,
    { purpose: "staff_authentication", challenge: options.challenge, context: {}, browserToken },
    ctx.clock.now(),
  );
  return { options, browserToken };
}

/**
 * Complete a sign-in: verify the assertion against the stored passkey, store
 * its new counter, and create a new session. A session the browser already
 * had is deleted, so no token from before the sign-in stays valid.
 */
export async function completeStaffSignIn(
  ctx: StaffContext,
  input: { browserToken: string | undefined; response: AuthenticationResponseJSON; previousSessionToken: string | undefined },
): Promise<Result<{ staffMemberId: string; session: NewStaffSession }, SignInError>> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const presented = { browserToken: input.browserToken, clientDataJSON: input.response.response.clientDataJSON };
    const challenge = await consumeChallenge(tx, presented, "staff_authentication", now);
    if (!challenge.ok) return err("CHALLENGE_MISSING");

    const [stored] = await tx
      .select({
        id: staffPasskeys.id,
        staffMemberId: staffPasskeys.staffMemberId,
        credentialId: staffPasskeys.credentialId,
        publicKey: staffPasskeys.publicKey,
        counter: staffPasskeys.counter,
        transports: staffPasskeys.transports,
        name: staffPasskeys.name,
        disabledAt: staffMembers.disabledAt,
      })
      .from(staffPasskeys)
      .innerJoin(staffMembers, eq(staffMembers.id, staffPasskeys.staffMemberId))
      .where(eq(staffPasskeys.credentialId, input.response.id))
      .limit(1);
    if (stored === undefined) return err("UNKNOWN_CREDENTIAL");

    const verified = await verifyPasskeyAssertion(ctx.rp, input.response, challenge.value.challenge, stored, ctx.log);
    if (!verified.ok) return verified;
    if (stored.disabledAt !== null) return err("STAFF_DISABLED");

    // Comparing with the counter read above makes two simultaneous sign-ins with one counter value fail once.
    const updated = await tx
      .update(staffPasskeys)
      .set({ counter: verified.value.newCounter, lastUsedAt: now })
      .where(and(eq(staffPasskeys.id, stored.id), eq(staffPasskeys.counter, stored.counter)))
      .returning({ id: staffPasskeys.id });
    if (updated.length === 0) return err("COUNTER_REGRESSION");

    if (input.previousSessionToken !== undefined) await deleteStaffSession(tx, input.previousSessionToken);
    const session = await createStaffSession(tx, { staffMemberId: stored.staffMemberId, passkeyId: stored.id }, now, ctx.sessionTimeouts);
    await recordAudit(tx, { actorId: stored.staffMemberId, action: "staff.signed_in", details: { passkeyId: stored.id, passkeyName: stored.name }, at: now });
    return ok({ staffMemberId: stored.staffMemberId, session });
  });
}
