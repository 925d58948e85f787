import { describe, expect, it } from "vitest";
import { BINDING_REJECTIONS } from "../../../src/activation/credential-eligibility-facts";
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
      const text = outcomeText(t, { kind: "rejected", reason }, "sign");
      expect(text.body, reason).not.toBe(t.wallet.outcome.reasons.other);
      expect(text.body.length, reason).toBeGreaterThan(20);
    }
  });

  it("fall back to a general text for an unknown reason", () => {
    expect(outcomeText(t, { kind: "rejected", reason: "SOMETHING_NEW" }, "sign").body).toBe(t.wallet.outcome.reasons.other);
  });

  it("have a text for access_denied and one for any other wallet error", () => {
    expect(outcomeText(t, { kind: "wallet_error", error: "access_denied" }, "sign").body).toBe(t.wallet.outcome.walletErrors.access_denied);
    for (const error of WALLET_ERROR_CODES.filter((code) => code !== "access_denied")) {
      expect(outcomeText(t, { kind: "wallet_error", error }, "sign").body).toBe(t.wallet.outcome.walletErrors.other);
    }
  });
});

describe.each(["de", "en"] as const)("binding outcome messages (%s)", (locale) => {
  const t = messagesFor(locale);

  it("have a text for every binding rejection", () => {
    for (const reason of BINDING_REJECTIONS) {
      const text = outcomeText(t, { kind: "rejected", reason }, "bind");
      expect(text.body, reason).toBe(t.wallet.binding.reasons[reason]);
    }
  });

  it("name the KommPass when a PID or no credential arrives", () => {
    expect(outcomeText(t, { kind: "rejected", reason: "VCT_NOT_ACCEPTED" }, "bind").body).toContain("KommPass");
    expect(outcomeText(t, { kind: "wallet_error", error: "access_denied" }, "bind").body).toContain("KommPass");
  });

  it("never speak of a petition for a credential check", () => {
    for (const reason of REJECTION_REASONS) {
      const body = outcomeText(t, { kind: "rejected", reason }, "bind").body;
      expect(body, reason).not.toMatch(/Bürgerbegehren|initiative/);
    }
  });

  it("use the general text for other wallet errors", () => {
    expect(outcomeText(t, { kind: "wallet_error", error: "server_error" }, "bind").body).toBe(t.wallet.outcome.walletErrors.other);
  });
});
