import { bindingCredentialTypes, requestedClaimPaths } from "../credentials/credential-types";
import type { Messages } from "../i18n/messages";
import { err, ok, type Result } from "../result";
import { BINDING_CLAIM_NEEDS } from "./claim-needs";
import { buildDcqlQuery } from "./dcql-query";
import { insertWalletTransaction, type StartedWalletTransaction } from "./start-wallet-transaction";
import type { WalletContext } from "./wallet-context";

/** BINDING_UNAVAILABLE: the trust list trusts no issuer of a credential type that proves every fact. */
export type StartBindingTransactionError = "BINDING_UNAVAILABLE";

/**
 * Start an OpenID4VP transaction in which a resident proves their
 * eligibility once, to bind a passkey to it. The DCQL query names only the
 * credential types that prove every stored fact (today the KommPass, not the
 * PID, which has no main residence date), because requesting a credential
 * that binding must reject would collect personal data for nothing.
 */
export async function startBindingTransaction(
  ctx: WalletContext,
  input: { t: Messages },
): Promise<Result<StartedWalletTransaction, StartBindingTransactionError>> {
  const now = ctx.clock.now();
  const types = bindingCredentialTypes(ctx.trustList);
  if (types.length === 0) return err("BINDING_UNAVAILABLE");

  const accepted = types.map((vct) => ({ vct, claimPaths: requestedClaimPaths(vct, BINDING_CLAIM_NEEDS) }));
  const dcqlQuery = buildDcqlQuery(accepted, input.t.wallet.binding.request.purpose);
  const started = await insertWalletTransaction(ctx, { purpose: "bind", petitionId: null, dcqlQuery, clientName: input.t.wallet.binding.request.clientName, now });
  ctx.log.info({ event: "wallet.transaction_started", transactionId: started.transactionId, purpose: "bind" }, "wallet transaction started");
  return ok(started);
}
