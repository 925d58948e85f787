import type { JWK } from "jose";
import { readIdentityAttributes } from "../credentials/credential-types";
import type { IdentityAttributes } from "../credentials/identity-attributes";
import { type VerificationDeps, verifyPresentation } from "../credentials/verify-presentation";
import { err, ok, type Result } from "../result";
import { readResponseParameters, type ResponseParameterError } from "./read-response-parameters";
import type { ResponseMode } from "./request-object";
import { secretsEqual } from "./secret-token";
import { selectPresentation } from "./select-presentation";
import { walletErrorCode, type WalletErrorCode, type WalletRejectionReason } from "./wallet-rejection";

/** Identity read from a verified presentation, with what is stored about the credential. */
export type VerifiedIdentity = { vct: string; issuer: string; identity: IdentityAttributes };

/** A posted response and what the transaction expects of it. Plain data, so it can be posted to a worker thread. */
export type WalletResponseCheck = {
  responseMode: ResponseMode;
  form: Record<string, string>;
  /** The transaction's private response key; null when the transaction has none. */
  responseKey: JWK | null;
  /** The transaction's state, which the response must repeat. */
  state: string;
  dcqlQuery: Record<string, unknown>;
  nonce: string;
  /** Our client identifier, the expected KB-JWT aud. */
  audience: string;
  now: Date;
};

/**
 * The response belongs to the transaction: the wallet sent an error, or a
 * presentation that was rejected or verified. Each of these completes the
 * transaction.
 */
export type CheckedWalletResponse =
  | { kind: "wallet_error"; error: WalletErrorCode }
  | { kind: "rejected"; reason: WalletRejectionReason }
  | { kind: "verified"; verified: VerifiedIdentity };

/** The response cannot be tied to the transaction, which stays open for the real wallet's response. */
export type WalletResponseCheckError = ResponseParameterError | "STATE_MISMATCH";

/**
 * Run every check of a wallet response that needs no database: decrypt it,
 * compare its state with the transaction's, take the presentation out of the
 * vp_token, verify it and read the resident's identity attributes. This is
 * the CPU-heavy part of a signing, so it runs on worker threads when the
 * server starts them (startResponseCheckWorkers).
 */
export async function checkWalletResponse(
  check: WalletResponseCheck,
  deps: VerificationDeps,
): Promise<Result<CheckedWalletResponse, WalletResponseCheckError>> {
  const parameters = readResponseParameters(check.responseMode, check.form, check.responseKey);
  if (!parameters.ok) return parameters;
  const { state, error, vp_token: vpToken } = parameters.value;
  if (typeof state !== "string" || !secretsEqual(state, check.state)) return err("STATE_MISMATCH");

  if (typeof error === "string") return ok({ kind: "wallet_error", error: walletErrorCode(error) });

  const selected = selectPresentation(vpToken, check.dcqlQuery);
  if (!selected.ok) return ok({ kind: "rejected", reason: selected.error });

  const verified = await verifyPresentation(
    selected.value.presentation,
    { nonce: check.nonce, audience: check.audience, acceptedCredentialTypes: selected.value.credentialQuery.meta.vct_values, now: check.now },
    deps,
  );
  if (!verified.ok) return ok({ kind: "rejected", reason: verified.error });
  const requestedPaths = (selected.value.credentialQuery.claims ?? []).map((claim) => claim.path);
  const identity = readIdentityAttributes(verified.value, requestedPaths);
  if (!identity.ok) return ok({ kind: "rejected", reason: identity.error });
  return ok({ kind: "verified", verified: { vct: verified.value.vct, issuer: verified.value.issuer, identity: identity.value } });
}
