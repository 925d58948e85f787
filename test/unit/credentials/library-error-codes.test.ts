import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { VerificationErrorCode } from "@sd-jwt/core";
import { LIBRARY_ERROR_REASONS, MISCONFIGURED, rejectionReasonFor } from "../../../src/credentials/library-error-codes";
import { REJECTION_REASONS } from "../../../src/credentials/rejection-reason";

/** Read the members of the VerificationErrorCode union from the installed @sd-jwt/core type declarations. */
function installedVerificationErrorCodes(): string[] {
  const declarations = createRequire(import.meta.url).resolve("@sd-jwt/core").replace(/index\.js$/, "index.d.ts");
  const union = /type VerificationErrorCode\s*=([^;]+);/.exec(readFileSync(declarations, "utf8"))?.[1];
  if (union === undefined) throw new Error(`no VerificationErrorCode in ${declarations}`);
  return [...union.matchAll(/'([A-Z_]+)'/g)].map((match) => match[1]!);
}

describe("LIBRARY_ERROR_REASONS", () => {
  it("maps every VerificationErrorCode", () => {
    const codes = installedVerificationErrorCodes();
    expect(codes.length).toBeGreaterThanOrEqual(16);
    for (const code of codes) expect(Object.keys(LIBRARY_ERROR_REASONS), code).toContain(code);
  });

  it("maps nothing the library lacks", () => {
    expect(Object.keys(LIBRARY_ERROR_REASONS).sort()).toEqual(installedVerificationErrorCodes().sort());
  });

  it("names only known rejection reasons", () => {
    for (const [code, reason] of Object.entries(LIBRARY_ERROR_REASONS)) {
      if (reason !== MISCONFIGURED) expect(REJECTION_REASONS, code).toContain(reason);
    }
  });
});

describe("rejectionReasonFor", () => {
  it("translates presentation failures", () => {
    expect(rejectionReasonFor("JWT_EXPIRED")).toBe("EXPIRED");
    expect(rejectionReasonFor("KEY_BINDING_SD_HASH_INVALID")).toBe("SD_HASH_MISMATCH");
    expect(rejectionReasonFor("UNKNOWN_ERROR")).toBe("DISCLOSURE_INVALID");
  });

  it("throws for a misconfigured verifier", () => {
    for (const code of ["HASHER_NOT_FOUND", "VERIFIER_NOT_FOUND", "KEY_BINDING_VERIFIER_NOT_FOUND"] as const) {
      expect(() => rejectionReasonFor(code), code).toThrow(/misconfigured/);
    }
  });

  it("throws for a code missing from the table", () => {
    expect(() => rejectionReasonFor("NEW_CODE" as VerificationErrorCode)).toThrow(/no rejection reason/);
  });
});
