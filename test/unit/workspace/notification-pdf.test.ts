import { describe, expect, it } from "vitest";
import { SUPPORTED_CREDENTIAL_TYPES } from "../../../src/credentials/credential-types";
import { de } from "../../../src/i18n/de";
import { en } from "../../../src/i18n/en";
import type { DraftContent } from "../../../src/petitions/draft-form";
import { EU_NATIONALITIES } from "../../../src/petitions/eu-nationalities";
import { notificationPdf } from "../../../src/petitions/notification-pdf";
import { extractPdfText } from "../../helpers/pdf-text";

const LONG_REASONING = Array.from({ length: 60 }, (_, index) => `Absatz ${index + 1}: Die Bürgerinnen und Bürger im Stadtteil brauchen das Bad, gerade im heißen Sommer.`).join("\n\n");

function content(overrides: Partial<DraftContent> = {}): DraftContent {
  return {
    title: "Freibad „Elbwiesen“ erhalten – für alle",
    decisionProposal: "Soll die Landeshauptstadt Dresden das Freibad Elbwiesen über 2030 hinaus betreiben?",
    reasoning: "Das Freibad ist das einzige im Nordosten; Schwimmunterricht wäre sonst kaum möglich.",
    costCoverageProposal: "Umschichtung von 480.000 € jährlich aus dem Straßenbauetat (Maßnahme „Parkplatz Nord“).",
    representative: { name: "Jürgen Weiß", contact: "Königsbrücker Straße 12, 01099 Dresden" },
    deputy: { name: "Zoë Öztürk", contact: "zoe@example.org" },
    quorum: 21_786,
    eligibleResidents: 435_720,
    notificationDate: "2026-03-01",
    opposesCouncilDecision: true,
    councilDecisionPublishedOn: "2026-02-20",
    collectionStart: "2026-03-10",
    collectionEnd: "2026-05-20",
    signatureKinds: ["online", "paper"],
    rules: {
      municipalityKeys: ["14612000"],
      minimumAge: 18,
      nationalities: [...EU_NATIONALITIES],
      minimumResidenceMonths: 3,
      credentialTypes: [...SUPPORTED_CREDENTIAL_TYPES],
    },
    ...overrides,
  };
}

/** List the section headings of the notification in the order the PDF prints them. */
function pdfHeadings(t: typeof de | typeof en): string[] {
  const n = t.workspace.notificationPdf;
  return [n.heading, n.title, n.decisionProposal, n.reasoning, n.costCoverageProposal, n.representatives, n.rules, n.deadlines, n.quorumHeading, n.signatureLines];
}

/**
 * PDF.js breaks the text wherever a line of the page breaks, also after the
 * hyphen of a compound such as "Online-Unterschriften". Tests compare the
 * text with those breaks removed and whitespace collapsed.
 */
const flat = (text: string) => text.replace(/-\n/g, "-").replace(/\s+/g, " ");

describe("notificationPdf", () => {
  it("contains the full text, representatives, rules and deadlines in German", async () => {
    const pdf = await extractPdfText(await notificationPdf({ content: content(), today: "2026-03-01", t: de, locale: "de" }));
    const text = flat(pdf.text);

    expect(text).toContain("Anzeige eines Bürgerbegehrens");
    expect(text).toContain("An: Dresden");
    expect(text).toContain("Freibad „Elbwiesen“ erhalten – für alle");
    expect(text).toContain("Soll die Landeshauptstadt Dresden das Freibad Elbwiesen über 2030 hinaus betreiben?");
    expect(text).toContain("Schwimmunterricht wäre sonst kaum möglich.");
    expect(text).toContain("Umschichtung von 480.000 € jährlich aus dem Straßenbauetat (Maßnahme „Parkplatz Nord“).");
    expect(text).toContain("Vertrauensperson: Jürgen Weiß, Königsbrücker Straße 12, 01099 Dresden");
    expect(text).toContain("Stellvertretende Vertrauensperson: Zoë Öztürk, zoe@example.org");
    expect(text).toContain("bekannt gemacht am 20.02.2026");
    expect(text).toContain("Hauptwohnsitz in: Dresden (14612000)");
    expect(text).toContain("Mindestalter am Tag der Unterschrift: 18 Jahre");
    expect(text).toContain("Staatsangehörigkeit: Deutschland oder ein anderer Mitgliedstaat der Europäischen Union");
    expect(text).toContain("seit mindestens 3 Monaten");
    expect(text).toContain("Anzeige bei der Gemeinde am 01.03.2026");
    expect(text).toContain("Sammlung vom 10.03.2026 bis zum 20.05.2026");
    expect(text).toContain("Einreichung spätestens am 20.05.2026 (drei Monate nach der Bekanntmachung des Beschlusses)");
    expect(text).toContain("Nötige Unterschriften: 21.786");
    expect(text).toContain("Gesammelt werden Online-Unterschriften und handschriftliche Unterschriften auf Papier.");
    expect(text).toContain("Unterschrift Jürgen Weiß");
    expect(text).toContain("Unterschrift Zoë Öztürk");
    expect(text.match(/Ort, Datum/g)).toHaveLength(2);
  });

  it("numbers every page as Seite X von Y", async () => {
    const pdf = await extractPdfText(
      await notificationPdf({ content: content({ reasoning: LONG_REASONING }), today: "2026-03-01", t: de, locale: "de" }),
    );

    expect(pdf.pages.length).toBeGreaterThan(1);
    pdf.pages.forEach((page, index) => expect(page).toContain(`Seite ${index + 1} von ${pdf.pages.length}`));
    expect(flat(pdf.text)).toContain("Absatz 60: Die Bürgerinnen und Bürger");
  });

  it("carries title and authors in its metadata", async () => {
    const pdf = await extractPdfText(await notificationPdf({ content: content(), today: "2026-03-01", t: de, locale: "de" }));
    expect(pdf.info.Title).toBe("Anzeige des Bürgerbegehrens „Freibad „Elbwiesen“ erhalten – für alle“");
    expect(pdf.info.Author).toBe("Jürgen Weiß, Zoë Öztürk");
  });

  it("names a list of nationalities and the one-year deadline", async () => {
    const pdf = await extractPdfText(
      await notificationPdf({
        content: content({
          opposesCouncilDecision: false,
          councilDecisionPublishedOn: null,
          rules: { ...content().rules, nationalities: ["DE", "AT"], minimumResidenceMonths: 0 },
        }),
        today: "2026-03-01",
        t: de,
        locale: "de",
      }),
    );
    const text = flat(pdf.text);
    expect(text).toContain("Staatsangehörigkeit: Deutschland, Österreich");
    expect(text).toContain("Einreichung spätestens am 01.03.2027 (ein Jahr nach der Anzeige)");
    expect(text).not.toContain("seit mindestens");
  });

  it("is written in English for the English locale", async () => {
    const pdf = await extractPdfText(await notificationPdf({ content: content(), today: "2026-03-01", t: en, locale: "en" }));
    expect(flat(pdf.text)).toContain("Notification of a citizens' initiative");
    expect(flat(pdf.text)).toContain("Page 1 of");
    expect(flat(pdf.text)).toContain("Kinds of signature collected: online signatures and handwritten signatures on paper.");
  });

  it("capitalises the kinds of signature only as German nouns", async () => {
    const pdf = await extractPdfText(
      await notificationPdf({ content: content({ signatureKinds: ["paper", "online"] }), today: "2026-03-01", t: de, locale: "de" }),
    );
    expect(flat(pdf.text)).toContain("Gesammelt werden handschriftliche Unterschriften auf Papier und Online-Unterschriften.");
    expect(flat(pdf.text)).not.toContain("Handschriftliche");
  });

  it.each([
    ["German", de, "de"],
    ["English", en, "en"],
  ] as const)("prints every %s heading in the PDF", async (_language, t, locale) => {
    const text = flat((await extractPdfText(await notificationPdf({ content: content(), today: "2026-03-01", t, locale }))).text);
    for (const heading of pdfHeadings(t)) expect(text).toContain(heading);
  });

  it("names its German sections with nouns", () => {
    for (const heading of pdfHeadings(de)) expect(heading, heading).toMatch(/^\p{Lu}\p{Ll}+[a-zäöüß]*( \(|$| der | eines )/u);
  });

  it("writes its English headings in sentence case", () => {
    for (const heading of pdfHeadings(en)) expect(heading.slice(1), heading).toBe(heading.slice(1).toLowerCase());
  });
});
