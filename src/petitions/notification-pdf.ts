import PDFDocument from "pdfkit";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import { municipalityName } from "../municipalities/lookup-municipality";
import { BOLD_FONT, REGULAR_FONT, registerFonts } from "../pdf/fonts";
import { documentBytes, writePageNumbers } from "../pdf/page-numbers";
import { submissionDeadline } from "./deadlines";
import type { DraftContent } from "./draft-form";
import { ruleLines } from "./rule-lines";

const MARGIN = 56;
const SIGNATURE_BLOCK_HEIGHT = 90;

export type NotificationPdfInput = {
  content: DraftContent;
  /** Berlin calendar date on which the PDF is made, printed in the footer line. */
  today: string;
  t: Messages;
  locale: Locale;
};

/**
 * Write the notification (Anzeige) of a petition to its municipality as a
 * PDF: the full text, the representatives with their contact, the
 * eligibility rules, the deadlines, and a line for place, date and signature
 * of each representative, with "Seite X von Y" on every page.
 */
export async function notificationPdf({ content, today, t, locale }: NotificationPdfInput): Promise<Buffer> {
  const n = t.workspace.notificationPdf;
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    lang: locale === "de" ? "de-DE" : "en-GB",
    displayTitle: true,
    info: {
      Title: n.documentTitle(content.title),
      Author: `${content.representative.name}, ${content.deputy.name}`,
      Subject: n.heading,
      Creator: "mitzeichnen",
    },
  });
  const bytes = documentBytes(doc);
  registerFonts(doc);

  const municipalities = content.rules.municipalityKeys.map((key) => municipalityName(key) ?? key).join(", ");
  doc.fontSize(10).text(n.addressee(municipalities));
  doc.moveDown(1.5);
  doc.font(BOLD_FONT).fontSize(18).text(n.heading);
  doc.moveDown(0.5);
  doc.font(REGULAR_FONT).fontSize(11).text(n.intro(content.notificationDate));

  section(doc, n.title, content.title);
  section(doc, n.decisionProposal, content.decisionProposal);
  section(doc, n.reasoning, content.reasoning);
  section(doc, n.costCoverageProposal, content.costCoverageProposal);
  if (content.opposesCouncilDecision && content.councilDecisionPublishedOn !== null) {
    doc.moveDown(0.5).text(n.councilDecision(content.councilDecisionPublishedOn));
  }

  heading(doc, n.representatives);
  doc.text(`${n.representative}: ${content.representative.name}, ${content.representative.contact}`);
  doc.text(`${n.deputy}: ${content.deputy.name}, ${content.deputy.contact}`);

  heading(doc, n.rules);
  for (const line of ruleLines(content, t, locale)) doc.text(`• ${line}`);

  heading(doc, n.deadlines);
  const deadline = submissionDeadline(content);
  const d = t.workspace.deadlines;
  doc.text(d.notification(content.notificationDate));
  doc.text(d.collection(content.collectionStart, content.collectionEnd));
  doc.text(n.submissionDeadline(deadline.lastDay, deadline.rule === "councilDecision" ? d.ruleCouncilDecision : d.ruleNotification));

  heading(doc, n.quorumHeading);
  doc.text(n.quorum(content.quorum));
  doc.text(n.signatureKinds(content.signatureKinds));

  writeSignatureLines(doc, content, n);
  doc.moveDown(1).fontSize(8).text(n.createdOn(today));

  writePageNumbers(doc, n.page);
  doc.end();
  return bytes;
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(1).font(BOLD_FONT).fontSize(12).text(text).font(REGULAR_FONT).fontSize(11).moveDown(0.2);
}

function section(doc: PDFKit.PDFDocument, title: string, body: string): void {
  heading(doc, title);
  doc.text(body, { paragraphGap: 4 });
}

/** Write a "place, date" and a signature line for each representative, kept together on one page. */
function writeSignatureLines(doc: PDFKit.PDFDocument, content: DraftContent, n: Messages["workspace"]["notificationPdf"]): void {
  heading(doc, n.signatureLines);
  const width = doc.page.width - 2 * MARGIN;
  const columnWidth = (width - 24) / 2;
  for (const person of [content.representative, content.deputy]) {
    if (doc.y + SIGNATURE_BLOCK_HEIGHT > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const lineY = doc.y + 36;
    doc.moveTo(MARGIN, lineY).lineTo(MARGIN + columnWidth, lineY).stroke();
    doc.moveTo(MARGIN + columnWidth + 24, lineY).lineTo(MARGIN + width, lineY).stroke();
    doc.fontSize(9);
    doc.text(n.placeAndDate, MARGIN, lineY + 4, { width: columnWidth });
    doc.text(n.signature(person.name), MARGIN + columnWidth + 24, lineY + 4, { width: columnWidth });
    doc.fontSize(11);
    doc.x = MARGIN;
    doc.moveDown(1.5);
  }
}
