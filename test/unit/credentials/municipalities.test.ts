import { describe, expect, it } from "vitest";
import { municipalityKeyForPostalCode, municipalityName } from "../../../src/municipalities/lookup-municipality";

describe("municipality lookup", () => {
  it("names Dresden by its AGS", () => {
    expect(municipalityName("14612000")).toBe("Dresden");
    expect(municipalityName("14713000")).toBeUndefined();
  });

  it("maps Dresden postal codes to its AGS", () => {
    for (const postalCode of ["01067", "01099", "01156", "01328", " 01277 "]) expect(municipalityKeyForPostalCode(postalCode), postalCode).toBe("14612000");
  });

  it("leaves shared and other postal codes unresolved", () => {
    expect(municipalityKeyForPostalCode("01465")).toBeUndefined();
    expect(municipalityKeyForPostalCode("01445")).toBeUndefined();
    expect(municipalityKeyForPostalCode("04107")).toBeUndefined();
  });
});
