import { describe, expect, it } from "vitest";
import { REJECTION_REASONS } from "../../../src/credentials/rejection-reason";
import { messagesFor } from "../../../src/i18n/locale";
import { WALLET_ERROR_CODES } from "../../../src/openid4vp/wallet-rejection";
import { INELIGIBLE_REASONS } from "../../../src/petitions/eligibility";
import { outcomeText } from "../../../views/wallet/outcome-text";

const OWN_REASONS = ["CLAIMS_MISSING", "CLAIMS_INVALID", "NOT_COLLECTING", "PRESENTATION_MALFORMED", "PROCESSING_FAILED"];

describe.each(["de", "en"] as const)("outcome messages (%s)", (locale) => {
  const t = messagesFor(locale);

  it("have a specific text for every rejection reason", () => {
    for (const reason of [...REJECTION_REASONS, ...INELIGIBLE_REASONS, ...OWN_REASONS]) {
      const text = outcomeText(t, { kind: "rejected", reason });
      expect(text.body, reason).not.toBe(t.wallet.outcome.reasons.other);
      expect(text.body.length, reason).toBeGreaterThan(20);
    }
  });

  it("fall back to a general text for an unknown reason", () => {
    expect(outcomeText(t, { kind: "rejected", reason: "SOMETHING_NEW" }).body).toBe(t.wallet.outcome.reasons.other);
  });

  it("have a text for access_denied and one for any other wallet error", () => {
    expect(outcomeText(t, { kind: "wallet_error", error: "access_denied" }).body).toBe(t.wallet.outcome.walletErrors.access_denied);
    for (const error of WALLET_ERROR_CODES.filter((code) => code !== "access_denied")) {
      expect(outcomeText(t, { kind: "wallet_error", error }).body).toBe(t.wallet.outcome.walletErrors.other);
    }
  });
});
