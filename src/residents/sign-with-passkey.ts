import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { authenticationOptions } from "../passkeys/ceremony-options";
import type { PasskeyError } from "../passkeys/passkey-errors";
import { consumeChallenge, storeChallenge } from "../passkeys/webauthn-challenges";
import type { Petition } from "../petitions/queries";
import { err, type Result } from "../result";
import { type SignError, type SignOutcome, signPetitionAsResident } from "../signing/sign-petition";
import type { StartedCeremony } from "../staff/register-staff-passkey";
import { factsValidUntil, findResidentAccount } from "./resident-accounts";
import type { ResidentContext } from "./resident-context";
import { verifyResidentAssertion } from "./verify-resident-assertion";

/** FACTS_EXPIRED: the account's facts were proven longer ago than the configured period. */
export type PasskeySigningError = PasskeyError | SignError | "FACTS_EXPIRED";

/** Start the WebAuthn authentication that signs one petition. */
export async function startPasskeySigning(
  ctx: ResidentContext,
  petitionId: string,
  browserToken: string,
): Promise<StartedCeremony<PublicKeyCredentialRequestOptionsJSON>> {
  const options = await authenticationOptions(ctx.rp);
  await storeChallenge(
    ctx.database.db,
    { purpose: "resident_signing", challenge: options.challenge, context: { petitionId }, browserToken },
    ctx.clock.now(),
  );
  return { options, browserToken };
}

/**
 * Sign a petition with a resident passkey: verify the assertion (user
 * verification required, counter checked), load the account, reject facts
 * older than the configured period, then sign with the stored resident key
 * and facts under the same unique constraint as every other channel.
 */
export async function signWithPasskey(
  ctx: ResidentContext,
  input: { petition: Petition; browserToken: string | undefined; response: AuthenticationResponseJSON },
): Promise<Result<SignOutcome, PasskeySigningError>> {
  const now = ctx.clock.now();
  const verified = await ctx.database.db.transaction(async (tx) => {
    const presented = { browserToken: input.browserToken, clientDataJSON: input.response.response.clientDataJSON };
    const challenge = await consumeChallenge(tx, presented, "resident_signing", now);
    if (!challenge.ok) return err("CHALLENGE_MISSING" as const);
    if (challenge.value.context.petitionId !== input.petition.id) return err("CHALLENGE_MISMATCH" as const);
    return verifyResidentAssertion(ctx, tx, input.response, challenge.value.challenge, now);
  });
  if (!verified.ok) return verified;

  const account = await findResidentAccount(ctx.database.db, verified.value.accountId);
  if (account === undefined) return err("UNKNOWN_CREDENTIAL");
  if (now.getTime() >= factsValidUntil(account, ctx.factsValidDays).getTime()) {
    ctx.log.info({ event: "signature.rejected", reason: "FACTS_EXPIRED", petitionId: input.petition.id }, "resident facts must be proven again");
    return err("FACTS_EXPIRED");
  }
  return signPetitionAsResident(
    { database: ctx.database, serverSecret: ctx.serverSecret, officeEvidenceKey: ctx.officeEvidenceKey, clock: ctx.clock, log: ctx.log },
    { petition: input.petition, residentKey: account.residentKey, facts: account.facts, channel: "passkey" },
  );
}
