import { describe, expect, it } from "vitest";
import { isNationalityCode, municipalityKeyProblem } from "../../../src/activation/register-values";

describe("municipalityKeyProblem", () => {
  it("accepts the key of a municipality the platform knows", () => {
    expect(municipalityKeyProblem("14612000")).toBeUndefined();
  });

  it("tells a malformed key from an unknown one", () => {
    expect(municipalityKeyProblem("1461200")).toBe("invalidMunicipalityKey");
    expect(municipalityKeyProblem("1461200a")).toBe("invalidMunicipalityKey");
    expect(municipalityKeyProblem("99999999")).toBe("unknownMunicipalityKey");
  });
});

describe("isNationalityCode", () => {
  it.each(["DE", "PL", "AT", "US", "XK"])("accepts %s", (code) => {
    expect(isNationalityCode(code)).toBe(true);
  });

  it.each(["XX", "QQ", "AA", "EU", "UN", "ZZ", "IC", "de", "DEU", ""])("rejects %j", (code) => {
    expect(isNationalityCode(code)).toBe(false);
  });
});
