import type { WalletOutcome, WalletTransactionPurpose } from "../../src/db/schema";
import type { Messages } from "../../src/i18n/messages";
import { labelOf } from "../../src/signature-log/log-report";

export type OutcomeText = { title: string; body: string; tone: "success" | "notice" | "problem" };

/**
 * Title and message for a recorded outcome. A binding has its own texts for
 * the reasons that read differently there (which credential to use instead,
 * what the facts are for). Signing results and ineligibility use the
 * signing catalogue, credential checks the credentials catalogue, and
 * problems of the wallet response this area's own texts.
 */
export function outcomeText(
  t: Messages,
  outcome: Exclude<WalletOutcome, { kind: "signed" } | { kind: "bound" } | { kind: "withdrawal" }>,
  purpose: WalletTransactionPurpose,
): OutcomeText {
  if (outcome.kind === "already_signed" && outcome.invalidReason !== undefined) {
    const { title, body } = t.signing.errors.SIGNATURE_INVALIDATED;
    return { title, body: `${t.signing.invalidatedReason(labelOf(t.review.reasons, outcome.invalidReason))} ${body}`, tone: "problem" };
  }
  if (outcome.kind === "already_signed") {
    return { ...(outcome.onPaper === true ? t.signing.errors.SIGNED_ON_PAPER : t.signing.errors.ALREADY_SIGNED), tone: "notice" };
  }
  if (purpose === "bind") {
    const bindingText = bindingOutcomeText(t, outcome);
    if (bindingText !== undefined) return bindingText;
  }
  if (outcome.kind === "wallet_error" && purpose === "withdraw" && outcome.error === "access_denied") {
    return { title: t.wallet.outcome.walletErrorTitle, body: t.withdrawal.wallet.accessDenied, tone: "problem" };
  }
  if (outcome.kind === "wallet_error") {
    const walletErrors: Record<string, string> = t.wallet.outcome.walletErrors;
    return { title: t.wallet.outcome.walletErrorTitle, body: walletErrors[outcome.error] ?? walletErrors.other!, tone: "problem" };
  }

  const signingErrors: Record<string, { title: string; body: string }> = purpose === "sign" ? t.signing.errors : {};
  const signingText = signingErrors[outcome.reason];
  if (signingText !== undefined) return { ...signingText, tone: "problem" };

  const credentialRejections: Record<string, string> = t.credentials.rejection;
  const ownReasons: Record<string, string> = t.wallet.outcome.reasons;
  const body = credentialRejections[outcome.reason] ?? ownReasons[outcome.reason] ?? ownReasons.other!;
  return { title: t.wallet.outcome.rejectedTitle, body, tone: "problem" };
}

function bindingOutcomeText(t: Messages, outcome: Extract<WalletOutcome, { kind: "rejected" } | { kind: "wallet_error" }>): OutcomeText | undefined {
  if (outcome.kind === "wallet_error") {
    const walletErrors: Record<string, string> = t.wallet.binding.walletErrors;
    const body = walletErrors[outcome.error];
    return body === undefined ? undefined : { title: t.wallet.outcome.walletErrorTitle, body, tone: "problem" };
  }
  const reasons: Record<string, string> = t.wallet.binding.reasons;
  const body = reasons[outcome.reason];
  return body === undefined ? undefined : { title: t.wallet.outcome.rejectedTitle, body, tone: "problem" };
}
