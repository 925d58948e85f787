import { describe, expect, it } from "vitest";
import { de } from "../../../src/i18n/de";
import { en } from "../../../src/i18n/en";
import { INELIGIBLE_REASONS } from "../../../src/petitions/eligibility";
import type { SignError } from "../../../src/signing/sign-petition";

const SIGN_ERRORS: readonly SignError[] = ["NOT_COLLECTING", "ALREADY_SIGNED", "SIGNED_ON_PAPER", "SIGNATURE_INVALIDATED", ...INELIGIBLE_REASONS];

describe("sign error messages", () => {
  it.each(SIGN_ERRORS)("has a German and English title and body for %s", (code) => {
    expect(de.signing.errors[code].title).not.toBe("");
    expect(de.signing.errors[code].body).not.toBe("");
    expect(en.signing.errors[code].title).not.toBe("");
    expect(en.signing.errors[code].body).not.toBe("");
  });
});
