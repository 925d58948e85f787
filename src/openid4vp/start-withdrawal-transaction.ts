import { type ClaimNeeds, requestedClaimPaths } from "../credentials/credential-types";
import type { Messages } from "../i18n/messages";
import { isCollecting } from "../petitions/collection-period";
import { findPetition } from "../petitions/queries";
import { err, ok, type Result } from "../result";
import { buildDcqlQuery } from "./dcql-query";
import { insertWalletTransaction, type StartedWalletTransaction, type StartWalletTransactionError } from "./start-wallet-transaction";
import type { WalletContext } from "./wallet-context";

/** A withdrawal requests no eligibility claim, only the identity claims that every request contains. */
const WITHDRAWAL_CLAIM_NEEDS: ClaimNeeds = { municipality: false, residence: false, nationality: false, age: false };

/**
 * Start an OpenID4VP transaction in which a resident proves who they are to
 * withdraw their signature of a collecting petition. It accepts the
 * petition's credential types, so the same credential that signed can
 * withdraw, and requests only the claims of the identity key
 * (data minimisation): the nullifier needs nothing else.
 */
export async function startWithdrawalTransaction(
  ctx: WalletContext,
  input: { petitionId: string; t: Messages },
): Promise<Result<StartedWalletTransaction, StartWalletTransactionError>> {
  const now = ctx.clock.now();
  const petition = await findPetition(ctx.database, input.petitionId);
  if (petition === undefined || petition.status === "draft") return err("PETITION_NOT_FOUND");
  if (!isCollecting(petition, now)) return err("NOT_COLLECTING");

  const accepted = petition.rules.credentialTypes.map((vct) => ({ vct, claimPaths: requestedClaimPaths(vct, WITHDRAWAL_CLAIM_NEEDS) }));
  const dcqlQuery = buildDcqlQuery(accepted, input.t.withdrawal.wallet.purpose(petition.title));
  const started = await insertWalletTransaction(ctx, {
    purpose: "withdraw",
    petitionId: petition.id,
    dcqlQuery,
    clientName: input.t.withdrawal.wallet.clientName(petition.title),
    now,
  });
  ctx.log.info({ event: "wallet.transaction_started", transactionId: started.transactionId, purpose: "withdraw", petitionId: petition.id }, "wallet transaction started");
  return ok(started);
}
