import { describe, expect, it } from "vitest";
import { DE_PID_VCT, EU_PID_VCT, KOMMPASS_VCT, requestedClaimPaths } from "../../../src/credentials/credential-types";
import type { EligibilityRules } from "../../../src/db/schema";
import { claimNeedsOf } from "../../../src/openid4vp/claim-needs";
import { buildDcqlQuery, credentialQueryId } from "../../../src/openid4vp/dcql-query";

const DRESDEN_RULES: EligibilityRules = {
  municipalityKeys: ["14612000"],
  minimumAge: 18,
  nationalities: ["DE", "FR"],
  minimumResidenceMonths: 3,
  credentialTypes: [KOMMPASS_VCT, EU_PID_VCT, DE_PID_VCT],
};

function queryFor(rules: EligibilityRules) {
  const needs = claimNeedsOf(rules);
  return buildDcqlQuery(
    rules.credentialTypes.map((vct) => ({ vct, claimPaths: requestedClaimPaths(vct, needs) })),
    "Unterschrift für „Freibad“",
  );
}

function claimPathsOf(query: ReturnType<typeof queryFor>, vct: string) {
  return query.credentials.find((credential) => credential.meta.vct_values[0] === vct)!.claims.map((claim) => claim.path.join("."));
}

describe("buildDcqlQuery", () => {
  it("has one dc+sd-jwt query per accepted vct", () => {
    const query = queryFor(DRESDEN_RULES);
    expect(query.credentials.map((credential) => [credential.format, credential.meta.vct_values])).toEqual([
      ["dc+sd-jwt", [KOMMPASS_VCT]],
      ["dc+sd-jwt", [EU_PID_VCT]],
      ["dc+sd-jwt", [DE_PID_VCT]],
    ]);
  });

  it("lets any one credential satisfy the request and names the purpose", () => {
    const query = queryFor(DRESDEN_RULES);
    expect(query.credential_sets).toEqual([
      {
        options: [[credentialQueryId(KOMMPASS_VCT)], [credentialQueryId(EU_PID_VCT)], [credentialQueryId(DE_PID_VCT)]],
        required: true,
        purpose: "Unterschrift für „Freibad“",
      },
    ]);
  });

  it("uses query ids made of letters, digits, _ and - only", () => {
    for (const credential of queryFor(DRESDEN_RULES).credentials) expect(credential.id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("asks a KommPass for identity, municipality, residence and nationality under the Dresden rules", () => {
    expect(claimPathsOf(queryFor(DRESDEN_RULES), KOMMPASS_VCT)).toEqual([
      "family_name",
      "given_name",
      "birthdate",
      "place_of_birth",
      "municipality_key",
      "main_residence_since",
      "nationalities",
    ]);
  });

  it("leaves out the claims of rules a petition does not check", () => {
    const paths = claimPathsOf(queryFor({ ...DRESDEN_RULES, nationalities: [], minimumResidenceMonths: 0 }), KOMMPASS_VCT);
    expect(paths).toContain("municipality_key");
    expect(paths).not.toContain("main_residence_since");
    expect(paths).not.toContain("nationalities");
    expect(paths).not.toContain("address");
  });

  it("never asks for the street address", () => {
    const query = queryFor(DRESDEN_RULES);
    for (const credential of query.credentials) {
      expect(credential.claims.map((claim) => claim.path.join("."))).not.toContain("address.street_address");
    }
  });

  it("refuses a petition without accepted credential types", () => {
    expect(() => buildDcqlQuery([], "purpose")).toThrow(/at least one credential type/);
  });
});
