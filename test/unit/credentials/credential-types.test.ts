import { beforeAll, describe, expect, it } from "vitest";
import {
  DE_PID_VCT,
  EU_PID_VCT,
  KOMMPASS_VCT,
  readIdentityAttributes,
  requestedClaimPaths,
  SUPPORTED_CREDENTIAL_TYPES,
} from "../../../src/credentials/credential-types";
import { verifyPresentation, type VerifiedPresentation } from "../../../src/credentials/verify-presentation";
import { demoResidents, findDemoResident } from "../../../src/demo/demo-residents";
import {
  createTestIssuer,
  dePidClaims,
  euPidClaims,
  generateTestKey,
  issueDePid,
  issueEuPid,
  issueKommPass,
  noStatusLists,
  presentCredential,
  TEST_AUDIENCE,
  TEST_NONCE,
  trustListOf,
  type TestIssuer,
  type TestKey,
} from "../../helpers/credentials";

const NOW = new Date("2026-03-02T10:00:00Z");
const ALL_NEEDS = { municipality: true, residence: true, nationality: true, age: true };
const NO_NEEDS = { municipality: false, residence: false, nationality: false, age: false };

let issuer: TestIssuer;
let holder: TestKey;

beforeAll(async () => {
  issuer = await createTestIssuer();
  holder = generateTestKey();
});

function verified(vct: string, claims: Record<string, unknown>): VerifiedPresentation {
  return { vct, issuer: "test", iss: undefined, claims };
}

async function verifiedFrom(presentation: string): Promise<VerifiedPresentation> {
  const result = await verifyPresentation(
    presentation,
    { nonce: TEST_NONCE, audience: TEST_AUDIENCE, acceptedCredentialTypes: [...SUPPORTED_CREDENTIAL_TYPES], now: NOW },
    { trustList: trustListOf(issuer), fetchStatusList: noStatusLists },
  );
  if (!result.ok) throw new Error(`presentation rejected: ${result.error}`);
  return result.value;
}

describe("KommPass", () => {
  it("maps every attribute", async () => {
    const resident = findDemoResident("zofia-wisniewska", NOW)!;
    const presentation = await presentCredential(await issueKommPass(issuer, resident, { holder, now: NOW }), { holder, now: NOW });
    expect(readIdentityAttributes(await verifiedFrom(presentation))).toEqual({
      ok: true,
      value: {
        familyName: "Wiśniewska",
        givenNames: "Zofia",
        birthDate: "1992-07-23",
        placeOfBirth: "Kraków",
        municipalityKey: "14612000",
        outsideKnownMunicipalities: false,
        mainResidenceSince: "2019-04-01",
        nationalities: ["PL"],
      },
    });
  });

  it("keeps only the disclosed claims requested for a petition", async () => {
    const resident = findDemoResident("kaethe-grossmann", NOW)!;
    const paths = requestedClaimPaths(KOMMPASS_VCT, { ...NO_NEEDS, municipality: true });
    const presentation = await presentCredential(await issueKommPass(issuer, resident, { holder, now: NOW }), { holder, now: NOW, disclose: paths });
    const result = await verifiedFrom(presentation);
    expect(Object.keys(result.claims).filter((name) => !["iss", "iat", "exp", "vct", "cnf"].includes(name)).sort()).toEqual(
      ["birthdate", "family_name", "given_name", "municipality_key", "place_of_birth"],
    );
    expect(readIdentityAttributes(result)).toMatchObject({ ok: true, value: { mainResidenceSince: undefined, nationalities: [] } });
  });

  it("place of birth with only a country", async () => {
    const resident = findDemoResident("oemer-yildiz", NOW)!;
    const presentation = await presentCredential(await issueKommPass(issuer, resident, { holder, now: NOW }), { holder, now: NOW });
    expect(readIdentityAttributes(await verifiedFrom(presentation))).toMatchObject({ ok: true, value: { placeOfBirth: undefined } });
  });

  it("derives the municipality from the postal code without municipality_key", () => {
    const claims = { family_name: "Fuß", given_name: "Maximilian", birthdate: "1995-05-30", place_of_birth: { locality: "Leipzig" }, address: { postal_code: "01069" } };
    expect(readIdentityAttributes(verified(KOMMPASS_VCT, claims))).toMatchObject({ ok: true, value: { municipalityKey: "14612000" } });
  });

  it.each([["municipality_key"], ["main_residence_since"], ["nationalities"]])("rejects a withheld requested %s", (claim) => {
    const complete = {
      family_name: "Großmann",
      given_name: "Käthe",
      birthdate: "1961-03-14",
      place_of_birth: { locality: "Görlitz" },
      municipality_key: "14612000",
      main_residence_since: "2001-06-01",
      nationalities: ["DE"],
    };
    const requested = requestedClaimPaths(KOMMPASS_VCT, ALL_NEEDS);

    expect(readIdentityAttributes(verified(KOMMPASS_VCT, complete), requested).ok).toBe(true);
    expect(readIdentityAttributes(verified(KOMMPASS_VCT, { ...complete, [claim]: undefined }), requested)).toEqual({ ok: false, error: "CLAIMS_MISSING" });
  });

  it("reports missing and invalid claims", () => {
    const complete = { family_name: "Großmann", given_name: "Käthe", birthdate: "1961-03-14", place_of_birth: { locality: "Görlitz" } };
    expect(readIdentityAttributes(verified(KOMMPASS_VCT, { ...complete, family_name: undefined }))).toEqual({ ok: false, error: "CLAIMS_MISSING" });
    expect(readIdentityAttributes(verified(KOMMPASS_VCT, { ...complete, place_of_birth: undefined }))).toEqual({ ok: false, error: "CLAIMS_MISSING" });
    expect(readIdentityAttributes(verified(KOMMPASS_VCT, { ...complete, birthdate: "1961-02-30" }))).toEqual({ ok: false, error: "CLAIMS_INVALID" });
    expect(readIdentityAttributes(verified(KOMMPASS_VCT, { ...complete, municipality_key: "1461200" }))).toEqual({ ok: false, error: "CLAIMS_INVALID" });
    expect(readIdentityAttributes(verified(KOMMPASS_VCT, { ...complete, nationalities: "DE" }))).toEqual({ ok: false, error: "CLAIMS_INVALID" });
    expect(readIdentityAttributes(verified(KOMMPASS_VCT, { ...complete, main_residence_since: "seit 2001" }))).toEqual({ ok: false, error: "CLAIMS_INVALID" });
  });
});

describe("EU PID", () => {
  it("maps attributes and derives the municipality from the postal code", async () => {
    const resident = findDemoResident("joerg-peter-boehme", NOW)!;
    const presentation = await presentCredential(await issueEuPid(issuer, resident, { holder, now: NOW }), { holder, now: NOW });
    expect(readIdentityAttributes(await verifiedFrom(presentation))).toEqual({
      ok: true,
      value: {
        familyName: "Böhme-Weiß",
        givenNames: "Jörg-Peter",
        birthDate: "1988-11-02",
        placeOfBirth: "Dresden",
        municipalityKey: "14612000",
        outsideKnownMunicipalities: false,
        mainResidenceSince: undefined,
        nationalities: ["DE"],
      },
    });
  });

  it("address outside the known municipalities", () => {
    const resident = findDemoResident("bjoern-jaehnichen", NOW)!;
    expect(readIdentityAttributes(verified(EU_PID_VCT, euPidClaims(resident)))).toMatchObject({
      ok: true,
      value: { municipalityKey: undefined, outsideKnownMunicipalities: true },
    });
  });

  it("postal code shared with a neighbour proves nothing either way", () => {
    const claims = { ...euPidClaims(findDemoResident("kaethe-grossmann", NOW)!), address: { postal_code: "01465", country: "DE" } };
    expect(readIdentityAttributes(verified(EU_PID_VCT, claims))).toMatchObject({ ok: true, value: { municipalityKey: undefined, outsideKnownMunicipalities: false } });
  });

  it("no address proves nothing either way", () => {
    const claims = { ...euPidClaims(findDemoResident("kaethe-grossmann", NOW)!), address: undefined };
    const requested = requestedClaimPaths(EU_PID_VCT, ALL_NEEDS);
    expect(readIdentityAttributes(verified(EU_PID_VCT, claims), requested)).toMatchObject({
      ok: true,
      value: { municipalityKey: undefined, outsideKnownMunicipalities: false },
    });
  });

  it("rejects withheld nationalities that were requested", () => {
    const claims = { ...euPidClaims(findDemoResident("kaethe-grossmann", NOW)!), nationalities: undefined };
    expect(readIdentityAttributes(verified(EU_PID_VCT, claims), requestedClaimPaths(EU_PID_VCT, ALL_NEEDS))).toEqual({ ok: false, error: "CLAIMS_MISSING" });
  });

  it("place of birth with region and country only", () => {
    const claims = { ...euPidClaims(findDemoResident("kaethe-grossmann", NOW)!), place_of_birth: { region: "Sachsen", country: "DE" } };
    expect(readIdentityAttributes(verified(EU_PID_VCT, claims))).toMatchObject({ ok: true, value: { placeOfBirth: undefined } });
  });

  it("foreign address lies outside the known municipalities", () => {
    const claims = { ...euPidClaims(findDemoResident("kaethe-grossmann", NOW)!), address: { postal_code: "01099", country: "PL" } };
    expect(readIdentityAttributes(verified(EU_PID_VCT, claims))).toMatchObject({ ok: true, value: { municipalityKey: undefined, outsideKnownMunicipalities: true } });
  });
});

describe("German PID", () => {
  it("maps upper-case values", async () => {
    const resident = findDemoResident("kaethe-grossmann", NOW)!;
    expect(dePidClaims(resident, NOW).family_name).toBe("GROSSMANN");
    const presentation = await presentCredential(await issueDePid(issuer, resident, { holder, now: NOW }), { holder, now: NOW });
    expect(readIdentityAttributes(await verifiedFrom(presentation))).toEqual({
      ok: true,
      value: {
        familyName: "GROSSMANN",
        givenNames: "KÄTHE LUISE",
        birthDate: "1961-03-14",
        placeOfBirth: "GÖRLITZ",
        municipalityKey: "14612000",
        outsideKnownMunicipalities: false,
        mainResidenceSince: undefined,
        nationalities: ["DE"],
      },
    });
  });

  it("normalises lower-case nationality codes", () => {
    const claims = { family_name: "MUSTERMANN", given_name: "ERIKA", birthdate: "1964-08-12", place_of_birth: { locality: "BERLIN" }, nationalities: ["de"] };
    expect(readIdentityAttributes(verified(DE_PID_VCT, claims))).toMatchObject({ ok: true, value: { nationalities: ["DE"], placeOfBirth: "BERLIN" } });
  });
});

describe("requestedClaimPaths", () => {
  it("asks only for the identity claims without rules", () => {
    for (const vct of SUPPORTED_CREDENTIAL_TYPES) {
      expect(requestedClaimPaths(vct, NO_NEEDS)).toEqual([["family_name"], ["given_name"], ["birthdate"], ["place_of_birth"]]);
    }
  });

  it("adds the KommPass residence claims", () => {
    expect(requestedClaimPaths(KOMMPASS_VCT, ALL_NEEDS)).toEqual([
      ["family_name"], ["given_name"], ["birthdate"], ["place_of_birth"], ["municipality_key"], ["main_residence_since"], ["nationalities"],
    ]);
  });

  it("asks a PID for the postal code", () => {
    expect(requestedClaimPaths(EU_PID_VCT, ALL_NEEDS)).toEqual([
      ["family_name"], ["given_name"], ["birthdate"], ["place_of_birth"], ["address", "postal_code"], ["nationalities"],
    ]);
    expect(requestedClaimPaths(DE_PID_VCT, { ...NO_NEEDS, nationality: true })).toContainEqual(["nationalities"]);
  });

  it("throws for an unknown vct", () => {
    expect(() => requestedClaimPaths("urn:example:other:1", ALL_NEEDS)).toThrow(/urn:example:other:1/);
  });
});

describe("demo residents", () => {
  it("cover the demonstrated situations", () => {
    const residents = demoResidents(NOW);
    expect(new Set(residents.map((resident) => resident.situation))).toEqual(
      new Set(["eligible", "eu-citizen", "moved-recently", "underage", "outside-municipality", "born-abroad"]),
    );
    const minor = residents.find((resident) => resident.situation === "underage")!;
    expect(minor.birthDate > "2008-03-02").toBe(true);
    expect(minor.birthDate <= "2009-03-02").toBe(true);
    expect(residents.find((resident) => resident.situation === "moved-recently")!.mainResidenceSince).toBe("2026-02-02");
  });
});
