import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { en } from "../../../src/i18n/en";
import { EU_NATIONALITIES } from "../../../src/petitions/eu-nationalities";
import { isCountryCode, isYesNoQuestion, parsePetitionInput } from "../../../src/petitions/petition-input";

const example = JSON.parse(fs.readFileSync(new URL("../../fixtures/petition.example.json", import.meta.url), "utf8"));

function withField(path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(example);
  const keys = path.split(".");
  let target = copy;
  for (const key of keys.slice(0, -1)) target = target[key];
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

function problemFields(raw: unknown): string[] {
  const result = parsePetitionInput(raw);
  return result.ok ? [] : result.problems.map((problem) => problem.field);
}

describe("parsePetitionInput", () => {
  it("accepts the example file", () => {
    expect(parsePetitionInput(example)).toMatchObject({ ok: true, value: { title: example.title, quorum: 21786 } });
  });

  it("fills in the Saxon defaults", () => {
    let raw = withField("rules.minimumAge", undefined);
    raw = { ...raw, rules: { ...(raw.rules as object), nationalities: undefined, minimumResidenceMonths: undefined }, status: undefined };
    const result = parsePetitionInput(JSON.parse(JSON.stringify(raw)));
    expect(result).toMatchObject({
      ok: true,
      value: { status: "draft", rules: { minimumAge: 18, minimumResidenceMonths: 3, nationalities: [...EU_NATIONALITIES] } },
    });
  });

  it("trims texts", () => {
    const result = parsePetitionInput(withField("title", "  Freibad erhalten  "));
    expect(result).toMatchObject({ ok: true, value: { title: "Freibad erhalten" } });
  });

  it.each([
    ["an empty title", "title", "   "],
    ["a missing reasoning", "reasoning", undefined],
    ["a number as cost coverage proposal", "costCoverageProposal", 12],
    ["a statement as decision proposal", "decisionProposal", "Die Stadt erhält das Freibad."],
    ["a question without question mark", "decisionProposal", "Soll die Stadt das Freibad erhalten"],
    ["an open question", "decisionProposal", "Wie soll die Stadt das Freibad finanzieren?"],
    ["a missing deputy", "deputy", undefined],
    ["a representative given as text", "representative", "Erika Musterfrau"],
    ["a quorum of 0", "quorum", 0],
    ["a fractional quorum", "quorum", 12.5],
    ["a quorum as text", "quorum", "21786"],
    ["an impossible date", "collectionStart", "2026-02-30"],
    ["a German date format", "notificationDate", "01.04.2026"],
    ["an unknown status", "status", "open"],
    ["no signature kinds", "signatureKinds", []],
    ["a missing rules object", "rules", undefined],
  ])("rejects %s", (_case, path, value) => {
    expect(problemFields(withField(path, value))).toEqual([path]);
  });

  it.each([
    ["a deputy without contact", "deputy", { name: "Max Mustermann" }, "deputy.contact"],
    ["an unknown signature kind", "signatureKinds", ["paper", "email"], "signatureKinds[1]"],
    ["a seven-digit AGS", "rules.municipalityKeys", ["1461200"], "rules.municipalityKeys[0]"],
    ["an AGS of no known municipality", "rules.municipalityKeys", ["14612000", "99999999"], "rules.municipalityKeys[1]"],
    ["an AGS as number", "rules.municipalityKeys", [14612000], "rules.municipalityKeys[0]"],
    ["no AGS", "rules.municipalityKeys", [], "rules.municipalityKeys"],
    ["a minimum age of 15", "rules.minimumAge", 15, "rules.minimumAge"],
    ["a minimum age of 100", "rules.minimumAge", 100, "rules.minimumAge"],
    ["a lower-case nationality", "rules.nationalities", ["de"], "rules.nationalities[0]"],
    ["an unassigned nationality code", "rules.nationalities", ["DE", "XY"], "rules.nationalities[1]"],
    ["no nationality", "rules.nationalities", [], "rules.nationalities"],
    ["negative residence months", "rules.minimumResidenceMonths", -1, "rules.minimumResidenceMonths"],
    ["no credential type", "rules.credentialTypes", [], "rules.credentialTypes"],
    ["an empty credential type", "rules.credentialTypes", [""], "rules.credentialTypes[0]"],
    ["a credential type the platform cannot read", "rules.credentialTypes", ["urn:eudi:pid:1", "urn:unknown:thing"], "rules.credentialTypes[1]"],
  ])("rejects %s", (_case, path, value, field) => {
    expect(problemFields(withField(path, value))).toEqual([field]);
  });

  it("accepts minimum ages 16 and 99", () => {
    expect(parsePetitionInput(withField("rules.minimumAge", 16)).ok).toBe(true);
    expect(parsePetitionInput(withField("rules.minimumAge", 99)).ok).toBe(true);
  });

  it("rejects an end before the start", () => {
    expect(problemFields(withField("collectionEnd", "2026-04-14"))).toEqual(["collectionEnd"]);
  });

  it("accepts a period of one day", () => {
    expect(parsePetitionInput(withField("collectionEnd", "2026-04-15")).ok).toBe(true);
  });

  it("rejects a notification after the start", () => {
    expect(problemFields(withField("notificationDate", "2026-04-16"))).toEqual(["notificationDate"]);
  });

  it("rejects an end more than a year after the notification", () => {
    expect(problemFields(withField("collectionEnd", "2027-04-02"))).toEqual(["collectionEnd"]);
    expect(parsePetitionInput(withField("collectionEnd", "2027-04-01")).ok).toBe(true);
  });

  it("accepts an opposed council decision with its date", () => {
    const raw = { ...withField("collectionEnd", "2026-06-20"), opposesCouncilDecision: true, councilDecisionPublishedOn: "2026-03-20" };
    expect(parsePetitionInput(raw)).toMatchObject({ ok: true, value: { opposesCouncilDecision: true, councilDecisionPublishedOn: "2026-03-20" } });
  });

  it("rejects an end more than three months after an opposed decision", () => {
    const raw = { ...withField("collectionEnd", "2026-06-21"), opposesCouncilDecision: true, councilDecisionPublishedOn: "2026-03-20" };
    const result = parsePetitionInput(raw);
    expect(result).toMatchObject({ ok: false, problems: [{ field: "collectionEnd", message: expect.stringContaining("drei Monate") }] });
  });

  it("rejects an opposed decision without its date", () => {
    expect(problemFields({ ...example, opposesCouncilDecision: true })).toEqual(["councilDecisionPublishedOn"]);
  });

  it("rejects a decision date without an opposed decision", () => {
    expect(problemFields({ ...example, councilDecisionPublishedOn: "2026-03-20" })).toEqual(["councilDecisionPublishedOn"]);
  });

  it("accepts the number of eligible residents", () => {
    expect(parsePetitionInput({ ...example, eligibleResidents: 435_720 })).toMatchObject({ ok: true, value: { eligibleResidents: 435_720 } });
    expect(problemFields({ ...example, eligibleResidents: 0 })).toEqual(["eligibleResidents"]);
  });

  it("names an unknown field", () => {
    expect(problemFields({ ...example, titel: "Tippfehler" })).toEqual(["titel"]);
  });

  it("names an unknown field inside the rules", () => {
    expect(problemFields(withField("rules.minAge", 18))).toEqual(["rules.minAge"]);
  });

  it("reports every problem at once", () => {
    const raw = { ...withField("title", ""), quorum: -1, collectionStart: "bald" };
    expect(problemFields(raw)).toEqual(["title", "quorum", "collectionStart"]);
  });

  it("rejects anything but an object", () => {
    expect(problemFields([example])).toEqual([""]);
    expect(problemFields(null)).toEqual([""]);
  });

  it("explains each problem in German with what to do", () => {
    const result = parsePetitionInput(withField("rules.municipalityKeys", ["1461200"]));
    expect(result.ok ? "" : result.problems[0]?.message).toBe(
      "muss ein Gemeindeschlüssel (AGS) aus genau 8 Ziffern sein, zum Beispiel \"14612000\" für Dresden.",
    );
  });

  it("explains problems in English with the English catalogue", () => {
    const result = parsePetitionInput(withField("quorum", 0), en.petitions.input);
    expect(result.ok ? "" : result.problems[0]?.message).toBe("must be a whole number greater than 0, for example 1200.");
  });
});

describe("isYesNoQuestion", () => {
  it.each([
    "Soll die Stadt das Freibad erhalten?",
    "Sollen die Bäder öffnen?",
    "Sind Sie dafür, dass das Freibad bleibt?",
    "Ist die Stadt verpflichtet, …?",
    "Wird die Straße verkehrsberuhigt?",
    "Dürfen Hunde in den Park?",
    "„Soll die Stadt das Freibad erhalten?“".slice(0, -1),
    "„Soll die Stadt das Freibad erhalten?“",
    "‚Soll die Stadt das Freibad erhalten?‘",
    "»Soll die Stadt das Freibad erhalten?«",
    "«Soll die Stadt das Freibad erhalten?»",
    '"Soll die Stadt das Freibad erhalten?"',
    "“Soll die Stadt das Freibad erhalten?”",
    "(Soll die Stadt das Freibad erhalten?)",
    "Soll die Stadt das Freibad erhalten? ",
    "Soll die Stadt das Freibad erhalten?\n",
    "„Soll die Stadt das Freibad erhalten?“ )",
  ])("accepts %s", (text) => {
    expect(isYesNoQuestion(text)).toBe(true);
  });

  it.each([
    "Warum schließt das Freibad?",
    "Die Stadt soll das Freibad erhalten.",
    "Soll die Stadt das Freibad erhalten",
    "„Soll die Stadt das Freibad erhalten“",
    "Soll die Stadt das Freibad erhalten?“ Ja.",
    "„Warum schließt das Freibad?“",
  ])(
    "rejects %s",
    (text) => {
      expect(isYesNoQuestion(text)).toBe(false);
    },
  );
});

describe("isCountryCode", () => {
  it.each(["DE", "AT", "GR", "US"])("accepts %s", (code) => {
    expect(isCountryCode(code)).toBe(true);
  });

  it.each(["EU", "XY", "de", "DEU", ""])("rejects %s", (code) => {
    expect(isCountryCode(code)).toBe(false);
  });
});
