import { describe, expect, it } from "vitest";
import { type BindingRejection, eligibilityFactsFromCredential } from "../../../src/activation/credential-eligibility-facts";
import { bindingCredentialTypes, DE_PID_VCT, EU_PID_VCT, KOMMPASS_VCT } from "../../../src/credentials/credential-types";
import type { IdentityAttributes } from "../../../src/credentials/identity-attributes";
import type { TrustedIssuer } from "../../../src/credentials/trust-list";
import type { EligibilityRules } from "../../../src/db/schema";
import { checkFactsEligibility } from "../../../src/petitions/facts-eligibility";

const identity: IdentityAttributes = {
  familyName: "Großmann",
  givenNames: "Käthe Luise",
  birthDate: "2008-02-29",
  placeOfBirth: "Görlitz",
  municipalityKey: "14612000",
  mainResidenceSince: "2019-05-01",
  nationalities: ["DE"],
};

describe("eligibilityFactsFromCredential", () => {
  it("keeps the facts of an upload row and no identity", () => {
    expect(eligibilityFactsFromCredential(identity, 16)).toEqual({
      ok: true,
      value: { municipalityKey: "14612000", mainResidenceSince: "2019-05-01", reachesMinimumAgeOn: "2024-02-29", minimumAge: 16, citizenship: "DE" },
    });
  });

  it("decides a higher age rule exactly from the lowest one", () => {
    const facts = eligibilityFactsFromCredential(identity, 16);
    if (!facts.ok) throw new Error(facts.error);
    const rules: EligibilityRules = { municipalityKeys: ["14612000"], minimumAge: 18, nationalities: ["DE"], minimumResidenceMonths: 3, credentialTypes: [KOMMPASS_VCT] };
    expect(checkFactsEligibility(facts.value, rules, "2026-02-28")).toEqual({ ok: false, error: "UNDER_AGE" });
    expect(checkFactsEligibility(facts.value, rules, "2026-03-01")).toMatchObject({ ok: true, value: { status: "proven" } });
  });

  it.each<[string, Partial<IdentityAttributes>, BindingRejection]>([
    ["no place of birth", { placeOfBirth: undefined }, "PLACE_OF_BIRTH_UNPROVEN"],
    ["a blank place of birth", { placeOfBirth: " " }, "PLACE_OF_BIRTH_UNPROVEN"],
    ["no municipality key", { municipalityKey: undefined }, "MUNICIPALITY_UNPROVEN"],
    ["no main residence date", { mainResidenceSince: undefined }, "RESIDENCE_UNPROVEN"],
    ["no nationality", { nationalities: [] }, "NATIONALITY_UNPROVEN"],
    ["only non-EU nationalities", { nationalities: ["US", "GB"] }, "NATIONALITY_NOT_ELIGIBLE"],
  ])("rejects %s", (_name, change, error) => {
    expect(eligibilityFactsFromCredential({ ...identity, ...change }, 16)).toEqual({ ok: false, error });
  });
});

describe("bindingCredentialTypes", () => {
  const issuer = (vct: string[]): TrustedIssuer => ({ name: "Test", iss: undefined, jwks: [], x509TrustAnchors: [], vct });

  it("lists the KommPass when an issuer is trusted for it", () => {
    expect(bindingCredentialTypes({ issuers: [issuer([EU_PID_VCT]), issuer([KOMMPASS_VCT])] })).toEqual([KOMMPASS_VCT]);
  });

  it("lists no PID, because a PID has no main residence date", () => {
    expect(bindingCredentialTypes({ issuers: [issuer([EU_PID_VCT, DE_PID_VCT])] })).toEqual([]);
  });
});
