import { describe, expect, it } from "vitest";
import { canonicalIdentityKey } from "../../../src/signing/canonical-identity";
import { benchResident, MAX_BENCH_RESIDENTS } from "../../bench/bench-residents";

describe("benchResident", () => {
  it("gives distinct canonical identities", () => {
    const keys = new Set<string>();
    const count = 5000;
    for (let index = 0; index < count; index++) {
      const resident = benchResident(index);
      keys.add(
        canonicalIdentityKey({
          familyName: resident.familyName,
          givenNames: resident.givenName,
          birthDate: resident.birthDate,
          placeOfBirth: resident.placeOfBirth.locality,
        }),
      );
    }
    expect(keys.size).toBe(count);
  });

  it("rejects an index past the last name", () => {
    expect(() => benchResident(MAX_BENCH_RESIDENTS)).toThrow(RangeError);
  });
});
