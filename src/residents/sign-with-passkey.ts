import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import type { PasskeyError } from "../passkeys/passkey-errors";
import type { Petition } from "../petitions/queries";
import { err } from "../result";
import { type SignError, type SignResult, signPetitionAsResident } from "../signing/sign-petition";
import { verifyPetitionPasskeyAssertion } from "./petition-passkey-ceremony";
import { factsValidUntil } from "./resident-accounts";
import type { ResidentContext } from "./resident-context";

/** FACTS_EXPIRED: the account's facts were proven longer ago than the configured period. */
export type PasskeySigningError = PasskeyError | SignError | "FACTS_EXPIRED";

/**
 * Sign a petition with a resident passkey: verify the assertion (user
 * verification required, counter checked), load the account, reject facts
 * older than the configured period, then sign with the stored resident keys
 * and facts under the same unique constraint as every other channel.
 */
export async function signWithPasskey(
  ctx: ResidentContext,
  input: { petition: Petition; browserToken: string | undefined; response: AuthenticationResponseJSON },
): Promise<SignResult | { ok: false; error: PasskeyError | "FACTS_EXPIRED" }> {
  const now = ctx.clock.now();
  const verified = await verifyPetitionPasskeyAssertion(ctx, "resident_signing", input, now);
  if (!verified.ok) return verified;

  const account = verified.value;
  if (now.getTime() >= factsValidUntil(account, ctx.factsValidDays).getTime()) {
    ctx.log.info({ event: "signature.rejected", reason: "FACTS_EXPIRED", petitionId: input.petition.id }, "resident facts must be proven again");
    return err("FACTS_EXPIRED");
  }
  return signPetitionAsResident(
    { database: ctx.database, serverSecret: ctx.serverSecret, officeEvidenceKey: ctx.officeEvidenceKey, clock: ctx.clock, log: ctx.log },
    { petition: input.petition, residentKey: account.residentKey, weakResidentKey: account.weakResidentKey, facts: account.facts, channel: "passkey" },
  );
}
