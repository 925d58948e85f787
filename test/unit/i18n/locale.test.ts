import { describe, expect, it } from "vitest";
import { negotiateLocale } from "../../../src/i18n/locale";

describe("negotiateLocale", () => {
  it.each([
    [undefined, "de"],
    ["", "de"],
    ["en", "en"],
    ["en-GB,en;q=0.9", "en"],
    ["de-DE,de;q=0.9,en;q=0.8", "de"],
    ["fr-FR,fr;q=0.9", "de"],
    ["fr,en;q=0.5", "en"],
    ["en;q=0.3,de;q=0.7", "de"],
    ["en;q=0", "de"],
    ["*", "de"],
  ])("picks a locale for %j", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
