import { eligibilityFactsFromCredential } from "../activation/credential-eligibility-facts";
import type { WalletOutcome } from "../db/schema";
import { LOWEST_MINIMUM_AGE } from "../petitions/petition-input";
import { residentKeyOf } from "../signing/resident-key";
import { weakResidentKey } from "../signing/weak-identity-key";
import type { VerifiedIdentity } from "./check-wallet-response";
import { completeWithBinding, completeWithoutSignature, type WalletCompletion } from "./complete-wallet-transaction";
import type { WalletContext } from "./wallet-context";

/**
 * Turn a verified binding presentation into a wallet activation: the
 * resident key and weak resident key, derived exactly as wallet signing
 * derives the nullifier and the weak identity key, and the eligibility facts, stored together with the transaction's outcome.
 * The identity attributes are dropped here. Returns the stored outcome, or
 * undefined when the transaction could no longer be claimed.
 *
 * The facts are computed for the lowest minimum age a petition may set, so
 * that every petition's age rule can be decided from them exactly.
 */
export async function bindVerifiedIdentity(
  ctx: WalletContext,
  log: WalletContext["log"],
  verified: VerifiedIdentity,
  completion: WalletCompletion,
): Promise<WalletOutcome | undefined> {
  const facts = eligibilityFactsFromCredential(verified.identity, LOWEST_MINIMUM_AGE);
  if (!facts.ok) {
    log.info({ event: "binding.rejected", reason: facts.error, vct: verified.vct }, "credential cannot bind a passkey");
    const outcome: WalletOutcome = { kind: "rejected", reason: facts.error };
    return (await completeWithoutSignature(ctx.database, completion, outcome)) ? outcome : undefined;
  }

  const bound = await completeWithBinding(ctx.database, completion, {
    residentKey: residentKeyOf(ctx.serverSecret, verified.identity),
    weakResidentKey: weakResidentKey(ctx.serverSecret, verified.identity),
    facts: facts.value,
  });
  if (!bound) return undefined;
  log.info({ event: "binding.proven", vct: verified.vct }, "eligibility proven for binding a passkey");
  return { kind: "bound" };
}
