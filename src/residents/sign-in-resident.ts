import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { authenticationOptions } from "../passkeys/ceremony-options";
import type { PasskeyError } from "../passkeys/passkey-errors";
import { consumeChallenge, storeChallenge } from "../passkeys/webauthn-challenges";
import { err, ok, type Result } from "../result";
import type { StartedCeremony } from "../staff/register-staff-passkey";
import type { ResidentContext } from "./resident-context";
import { createResidentSession, deleteResidentSession, type NewResidentSession } from "./resident-sessions";
import { verifyResidentAssertion } from "./verify-resident-assertion";

/** Start a resident's sign-in with any discoverable passkey of this relying party. */
export async function startResidentSignIn(ctx: ResidentContext, browserToken: string): Promise<StartedCeremony<PublicKeyCredentialRequestOptionsJSON>> {
  const options = await authenticationOptions(ctx.rp);
  await storeChallenge(
    ctx.database.db,
    { purpose: "resident_authentication", challenge: options.challenge, context: {}, browserToken },
    ctx.clock.now(),
  );
  return { options, browserToken };
}

/** Complete a resident's sign-in: verify the assertion and create a new session, ending the one the browser had. */
export async function completeResidentSignIn(
  ctx: ResidentContext,
  input: { browserToken: string | undefined; response: AuthenticationResponseJSON; previousSessionToken: string | undefined },
): Promise<Result<{ accountId: string; session: NewResidentSession }, PasskeyError>> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const presented = { browserToken: input.browserToken, clientDataJSON: input.response.response.clientDataJSON };
    const challenge = await consumeChallenge(tx, presented, "resident_authentication", now);
    if (!challenge.ok) return err("CHALLENGE_MISSING");
    const verified = await verifyResidentAssertion(ctx, tx, input.response, challenge.value.challenge, now);
    if (!verified.ok) return verified;
    if (input.previousSessionToken !== undefined) await deleteResidentSession(tx, input.previousSessionToken);
    const session = await createResidentSession(tx, verified.value.accountId, now);
    return ok({ accountId: verified.value.accountId, session });
  });
}
