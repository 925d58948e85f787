import { describe, expect, it } from "vitest";
import { SUPPORTED_CREDENTIAL_TYPES } from "../../../src/credentials/credential-types";
import { de } from "../../../src/i18n/de";
import { en } from "../../../src/i18n/en";
import {
  type DraftFormValues,
  draftFormValues,
  emptyDraftForm,
  parseDraftForm,
  parseFormDate,
  parseWholeNumber,
  readDraftForm,
} from "../../../src/petitions/draft-form";
import { EU_NATIONALITIES } from "../../../src/petitions/eu-nationalities";

const m = de.workspace;

function validForm(overrides: Partial<DraftFormValues> = {}): DraftFormValues {
  return {
    ...emptyDraftForm(SUPPORTED_CREDENTIAL_TYPES),
    title: "Freibad Elbwiesen erhalten",
    decisionProposal: "Soll die Landeshauptstadt Dresden das Freibad Elbwiesen weiter betreiben?",
    reasoning: "Das Freibad ist das einzige im Nordosten.\r\n\r\nEs wird gebraucht.",
    costCoverageProposal: "Umschichtung von 480.000 Euro im Jahr aus dem Parkplatzneubau.",
    representativeName: "Erika Musterfrau",
    representativeContact: "erika@example.org",
    deputyName: "Max Mustermann",
    deputyContact: "max@example.org",
    quorum: "21.786",
    notificationDate: "2026-03-01",
    collectionStart: "2026-03-10",
    collectionEnd: "2026-06-30",
    ...overrides,
  };
}

function problemsOf(values: DraftFormValues) {
  const result = parseDraftForm(values, m);
  if (result.ok) throw new Error("expected the form to be rejected");
  return result.problems;
}

describe("parseDraftForm", () => {
  it("accepts a complete form with Saxony's defaults", () => {
    const result = parseDraftForm(validForm(), m);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.quorum).toBe(21_786);
    expect(result.value.eligibleResidents).toBeNull();
    expect(result.value.reasoning).toBe("Das Freibad ist das einzige im Nordosten.\n\nEs wird gebraucht.");
    expect(result.value.rules).toEqual({
      municipalityKeys: ["14612000"],
      minimumAge: 18,
      nationalities: [...EU_NATIONALITIES],
      minimumResidenceMonths: 3,
      credentialTypes: [...SUPPORTED_CREDENTIAL_TYPES],
    });
    expect(result.value.signatureKinds).toEqual(["paper"]);
    expect(result.value.councilDecisionPublishedOn).toBeNull();
  });

  it("derives the quorum from the eligible residents", () => {
    const result = parseDraftForm(validForm({ quorumSource: "eligibleResidents", quorum: "", eligibleResidents: "435721" }), m);
    expect(result.ok && result.value.quorum).toBe(21_787);
    expect(result.ok && result.value.eligibleResidents).toBe(435_721);
  });

  it("keeps the council decision date of an opposing petition", () => {
    const result = parseDraftForm(
      validForm({ opposesCouncilDecision: true, councilDecisionPublishedOn: "20.02.2026", collectionEnd: "2026-05-20" }),
      m,
    );
    expect(result.ok && result.value.councilDecisionPublishedOn).toBe("2026-02-20");
  });

  it("accepts a quoted decision proposal", () => {
    const quoted = "„Soll die Stadt das Freibad Elbwiesen weiter betreiben?“";
    const result = parseDraftForm(validForm({ decisionProposal: quoted }), m);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.decisionProposal).toBe(quoted);
  });

  it("reads a list of nationalities", () => {
    const result = parseDraftForm(validForm({ nationalityRule: "list", nationalities: "de, at;DE" }), m);
    expect(result.ok && result.value.rules.nationalities).toEqual(["DE", "AT"]);
  });

  const e = m.errors;
  it.each<[string, Partial<DraftFormValues>, keyof DraftFormValues, string]>([
    ["empty title", { title: "  " }, "title", e.titleEmpty],
    ["empty decision proposal", { decisionProposal: "" }, "decisionProposal", e.decisionProposalEmpty],
    ["statement instead of a question", { decisionProposal: "Das Freibad bleibt offen." }, "decisionProposal", e.decisionProposalNotAQuestion],
    ["open question", { decisionProposal: "Wie soll das Freibad betrieben werden?" }, "decisionProposal", e.decisionProposalNotAQuestion],
    ["question word without question mark", { decisionProposal: "Soll das Freibad offen bleiben" }, "decisionProposal", e.decisionProposalNotAQuestion],
    ["empty reasoning", { reasoning: "\r\n" }, "reasoning", e.reasoningEmpty],
    ["empty cost coverage proposal", { costCoverageProposal: "" }, "costCoverageProposal", e.costCoverageProposalEmpty],
    ["no representative", { representativeName: "" }, "representativeName", e.representativeNameEmpty],
    ["no deputy", { deputyName: "" }, "deputyName", e.deputyNameEmpty],
    ["no deputy contact", { deputyContact: "" }, "deputyContact", e.deputyContactEmpty],
    ["deputy same as representative", { deputyName: "  erika   MUSTERFRAU " }, "deputyName", e.deputySameAsRepresentative],
    ["quorum zero", { quorum: "0" }, "quorum", e.quorumNotPositive],
    ["quorum negative", { quorum: "-5" }, "quorum", e.quorumNotPositive],
    ["quorum with decimals", { quorum: "12,5" }, "quorum", e.quorumNotPositive],
    ["quorum missing", { quorum: "" }, "quorum", e.quorumEmpty],
    ["eligible residents zero", { quorumSource: "eligibleResidents", eligibleResidents: "0" }, "eligibleResidents", e.eligibleResidentsNotPositive],
    ["unknown quorum source", { quorumSource: "guess" }, "quorumSource", e.quorumSource],
    ["missing notification date", { notificationDate: "" }, "notificationDate", e.dateEmpty(m.form.notificationDate.label)],
    ["impossible date", { collectionStart: "2026-02-30" }, "collectionStart", e.dateInvalid(m.form.collectionStart.label)],
    ["impossible German date", { collectionEnd: "31.04.2026" }, "collectionEnd", e.dateInvalid(m.form.collectionEnd.label)],
    ["not a date", { notificationDate: "morgen" }, "notificationDate", e.dateInvalid(m.form.notificationDate.label)],
    ["end before start", { collectionEnd: "2026-03-09" }, "collectionEnd", e.endBeforeStart("2026-03-10")],
    ["start before notification", { collectionStart: "2026-02-28" }, "collectionStart", e.startBeforeNotification("2026-03-01")],
    ["end after a year", { collectionEnd: "2027-03-02" }, "collectionEnd", e.endAfterDeadline("2027-03-01", "notification")],
    [
      "end after three months from the decision",
      { opposesCouncilDecision: true, councilDecisionPublishedOn: "2026-02-20", collectionEnd: "2026-05-21" },
      "collectionEnd",
      e.endAfterDeadline("2026-05-20", "councilDecision"),
    ],
    ["opposing without decision date", { opposesCouncilDecision: true }, "councilDecisionPublishedOn", e.councilDecisionDateEmpty],
    [
      "decision published after notification",
      { opposesCouncilDecision: true, councilDecisionPublishedOn: "2026-03-02", collectionEnd: "2026-06-01" },
      "councilDecisionPublishedOn",
      e.councilDecisionAfterNotification,
    ],
    ["no municipality", { municipalityKeys: " , " }, "municipalityKeys", e.municipalityKeysEmpty],
    ["malformed municipality key", { municipalityKeys: "1461200" }, "municipalityKeys", e.municipalityKeyMalformed("1461200")],
    ["unknown municipality key", { municipalityKeys: "09162000" }, "municipalityKeys", e.municipalityKeyUnknown("09162000", "14612000 (Dresden)")],
    ["age too low", { minimumAge: "15" }, "minimumAge", e.minimumAge],
    ["residence too long", { minimumResidenceMonths: "121" }, "minimumResidenceMonths", e.minimumResidenceMonths],
    ["empty nationality list", { nationalityRule: "list", nationalities: "" }, "nationalities", e.nationalitiesEmpty],
    ["unknown nationality", { nationalityRule: "list", nationalities: "DE, EU" }, "nationalities", e.nationalityUnknown("EU")],
    ["no credential type", { credentialTypes: [] }, "credentialTypes", e.credentialTypesEmpty],
    ["unknown credential type", { credentialTypes: ["urn:example:unknown"] }, "credentialTypes", e.credentialTypeUnknown],
    ["no signature kind", { signatureKinds: [] }, "signatureKinds", e.signatureKindsEmpty],
    ["unknown signature kind", { signatureKinds: ["fax"] }, "signatureKinds", e.signatureKindUnknown],
    ["title too long", { title: "T".repeat(201) }, "title", e.tooLong(m.form.title.label, 200)],
    ["reasoning too long", { reasoning: "x".repeat(20_001) }, "reasoning", e.tooLong(m.form.reasoning.label, 20_000)],
    ["control character", { title: "Freibad\u202Eerhalten" }, "title", e.controlCharacter(m.form.title.label)],
    ["NUL in a name", { representativeName: "Erika\u0000" }, "representativeName", e.controlCharacter("Vertrauensperson: Name")],
  ])("rejects %s", (_case, overrides, field, message) => {
    expect(problemsOf(validForm(overrides))).toEqual([{ field, message }]);
  });

  it("reports every problem in form order", () => {
    const problems = problemsOf(validForm({ collectionEnd: "", title: "", deputyName: "" }));
    expect(problems.map((problem) => problem.field)).toEqual(["title", "deputyName", "collectionEnd"]);
  });

  it("ignores the quorum number when the residents set it", () => {
    const result = parseDraftForm(validForm({ quorumSource: "eligibleResidents", quorum: "abc", eligibleResidents: "1000" }), m);
    expect(result.ok && result.value.quorum).toBe(50);
  });

  it("answers in English with the English catalogue", () => {
    const result = parseDraftForm(validForm({ title: "" }), en.workspace);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.message).toBe("Enter a title.");
  });
});

describe("draft form values", () => {
  it("show a parsed draft unchanged", () => {
    const result = parseDraftForm(validForm({ nationalityRule: "list", nationalities: "DE", quorumSource: "eligibleResidents", eligibleResidents: "1000" }), m);
    if (!result.ok) throw new Error("expected a valid form");
    const again = parseDraftForm(draftFormValues(result.value), m);
    expect(again).toEqual(result);
  });

  it("read repeated checkboxes and ignore files", () => {
    const values = readDraftForm({ title: "A", signatureKinds: ["online", "paper"], credentialTypes: "urn:eudi:pid:1", opposesCouncilDecision: "yes" });
    expect(values.signatureKinds).toEqual(["online", "paper"]);
    expect(values.credentialTypes).toEqual(["urn:eudi:pid:1"]);
    expect(values.opposesCouncilDecision).toBe(true);
    expect(values.reasoning).toBe("");
  });
});

describe("parseWholeNumber", () => {
  it.each([
    ["1500", 1500],
    ["21.786", 21_786],
    ["1 500 000", 1_500_000],
    [" 7 ", 7],
    ["1.50", undefined],
    ["1e3", undefined],
    ["", undefined],
    ["99999999999999999999", undefined],
  ])("%s", (input, expected) => {
    expect(parseWholeNumber(input)).toBe(expected);
  });
});

describe("parseFormDate", () => {
  it.each([
    ["2026-03-15", "2026-03-15"],
    ["15.03.2026", "2026-03-15"],
    ["1.3.2026", "2026-03-01"],
    ["29.02.2028", "2028-02-29"],
    ["29.02.2026", undefined],
    ["2026-13-01", undefined],
    ["15/03/2026", undefined],
    ["01.06.9999", undefined],
    ["1900-01-01", undefined],
    ["31.12.2098", "2098-12-31"],
  ])("%s", (input, expected) => {
    expect(parseFormDate(input)).toBe(expected);
  });
});
