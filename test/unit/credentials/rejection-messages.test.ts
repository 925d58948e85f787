import { describe, expect, it } from "vitest";
import { REJECTION_REASONS } from "../../../src/credentials/rejection-reason";
import { messagesFor } from "../../../src/i18n/locale";

describe("rejection messages", () => {
  for (const locale of ["de", "en"] as const) {
    it(`every reason has a ${locale} message`, () => {
      const rejection = messagesFor(locale).credentials.rejection as Record<string, string>;
      for (const reason of REJECTION_REASONS) expect(rejection[reason], reason).toMatch(/\S{3,}/);
      expect(Object.keys(rejection).sort()).toEqual([...REJECTION_REASONS].sort());
    });

    it(`both claim failures have a ${locale} message`, () => {
      const claims = messagesFor(locale).credentials.claims;
      expect(claims.CLAIMS_MISSING).toMatch(/\S{3,}/);
      expect(claims.CLAIMS_INVALID).toMatch(/\S{3,}/);
    });
  }
});
