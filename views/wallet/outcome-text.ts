import type { WalletOutcome } from "../../src/db/schema";
import type { Messages } from "../../src/i18n/messages";

export type OutcomeText = { title: string; body: string; tone: "success" | "notice" | "problem" };

/**
 * Title and message for a recorded outcome. Signing results and
 * ineligibility use the signing catalogue, credential checks the credentials
 * catalogue, and problems of the wallet response this area's own texts.
 */
export function outcomeText(t: Messages, outcome: Exclude<WalletOutcome, { kind: "signed" }>): OutcomeText {
  if (outcome.kind === "already_signed") {
    return { ...t.signing.errors.ALREADY_SIGNED, tone: "notice" };
  }
  if (outcome.kind === "wallet_error") {
    const walletErrors: Record<string, string> = t.wallet.outcome.walletErrors;
    return { title: t.wallet.outcome.walletErrorTitle, body: walletErrors[outcome.error] ?? walletErrors.other!, tone: "problem" };
  }

  const signingErrors: Record<string, { title: string; body: string }> = t.signing.errors;
  const signingText = signingErrors[outcome.reason];
  if (signingText !== undefined) return { ...signingText, tone: "problem" };

  const credentialRejections: Record<string, string> = t.credentials.rejection;
  const ownReasons: Record<string, string> = t.wallet.outcome.reasons;
  const body = credentialRejections[outcome.reason] ?? ownReasons[outcome.reason] ?? ownReasons.other!;
  return { title: t.wallet.outcome.rejectedTitle, body, tone: "problem" };
}
