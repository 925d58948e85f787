import type { VerificationDeps } from "../credentials/verify-presentation";
import type { Result } from "../result";
import { type CheckedWalletResponse, checkWalletResponse, type WalletResponseCheck, type WalletResponseCheckError } from "./check-wallet-response";

/**
 * Runs checkWalletResponse in process (inProcessResponseChecks) or on worker
 * threads (startResponseCheckWorkers), with the same results.
 */
export type ResponseChecks = {
  checkResponse(check: WalletResponseCheck): Promise<Result<CheckedWalletResponse, WalletResponseCheckError>>;
};

/** Run the response checks on the calling thread. */
export function inProcessResponseChecks(deps: VerificationDeps): ResponseChecks {
  return { checkResponse: (check) => checkWalletResponse(check, deps) };
}
