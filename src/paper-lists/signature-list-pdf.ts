import PDFDocument from "pdfkit";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import { municipalityName } from "../municipalities/lookup-municipality";
import { BOLD_FONT, REGULAR_FONT, registerFonts } from "../pdf/fonts";
import { documentBytes, writePageNumbers } from "../pdf/page-numbers";
import { drawQrCode } from "../pdf/qr-code";
import type { Petition } from "../petitions/queries";
import { ruleLines } from "../petitions/rule-lines";
import { LINES_PER_SHEET } from "./sheet-limits";

const MM = 72 / 25.4;
const MARGIN = 12 * MM;
/** Space above the text of every page for the title and the sheet number. */
const HEADER_HEIGHT = 14 * MM;
const QR_SIZE = 28 * MM;
const HEADER_ROW_HEIGHT = 26;
/** Height of a signature line: room for handwriting in every column. */
const ROW_HEIGHT = 11 * MM;
/** Widths of the table's columns as shares of the usable width: number, family name, given names, birth date, address, date, signature. */
const COLUMN_SHARES = [0.035, 0.15, 0.15, 0.085, 0.3, 0.08, 0.2];

export type SignatureListInput = {
  petition: Petition;
  /** Sheet numbers to print, in order. */
  sheets: number[];
  /** Address of the petition's public page, printed and shown as QR code. */
  publicPageUrl: string;
  t: Messages;
  locale: Locale;
};

/**
 * Write official signature lists (Unterschriftenlisten) as an A4 landscape
 * PDF, one sheet after the other. Each sheet starts on a new page with the
 * full text of the petition, its representatives, who may sign, and a QR
 * code of the public page. The signature table with LINES_PER_SHEET lines
 * and the data protection notice follow on the same page when they fit,
 * otherwise on the next page, so a sheet prints on both sides of one paper
 * for most petitions. Every page names its sheet number and "Seite X von Y"
 * within the sheet, because the sheets are separated after printing.
 */
export async function signatureListPdf({ petition, sheets, publicPageUrl, t, locale }: SignatureListInput): Promise<Buffer> {
  const m = t.paperLists.pdf;
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margins: { top: MARGIN + HEADER_HEIGHT, bottom: MARGIN + 6 * MM, left: MARGIN, right: MARGIN },
    autoFirstPage: false,
    bufferPages: true,
    lang: locale === "de" ? "de-DE" : "en-GB",
    displayTitle: true,
    info: {
      Title: m.documentTitle(petition.title),
      Author: `${petition.representative.name}, ${petition.deputy.name}`,
      Subject: m.subject,
      Keywords: sheets.map((sheet) => m.sheetNumber(String(sheet))).join(", "),
      Creator: "mitzeichnen",
    },
  });
  const bytes = documentBytes(doc);
  registerFonts(doc);

  /** The sheet of each page, in page order, for the footers. */
  const pageSheets: number[] = [];
  let currentSheet = 0;
  doc.on("pageAdded", () => {
    pageSheets.push(currentSheet);
    writePageHeader(doc, petition.title, currentSheet, t);
  });

  for (const sheet of sheets) {
    currentSheet = sheet;
    doc.addPage();
    writePetitionText(doc, { petition, publicPageUrl, t, locale });
    writeSignatureTable(doc, petition, t);
  }

  writePageNumbers(doc, (page) => {
    const sheet = pageSheets[page - 1] ?? 0;
    const sheetPages = pageSheets.filter((candidate) => candidate === sheet).length;
    const pageInSheet = pageSheets.slice(0, page).filter((candidate) => candidate === sheet).length;
    return m.footer(String(sheet), pageInSheet, sheetPages);
  });
  doc.end();
  return bytes;
}

function usableWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Write the list's title and the sheet number above the text of a page, then put the cursor at the text's top. */
function writePageHeader(doc: PDFKit.PDFDocument, title: string, sheet: number, t: Messages): void {
  const m = t.paperLists.pdf;
  const width = usableWidth(doc);
  const numberWidth = 60 * MM;
  doc.font(BOLD_FONT).fontSize(10).text(`${m.heading} „${title}“`, MARGIN, MARGIN, { width: width - numberWidth - 4 * MM, height: HEADER_HEIGHT, ellipsis: true });
  doc.font(BOLD_FONT).fontSize(16).text(m.sheetNumber(String(sheet)), MARGIN + width - numberWidth, MARGIN - 2, { width: numberWidth, align: "right", lineBreak: false });
  doc.font(REGULAR_FONT).fontSize(9);
  doc.x = MARGIN;
  doc.y = doc.page.margins.top;
}

/** Write the petition's full text with the QR code of its page at the top right. */
function writePetitionText(doc: PDFKit.PDFDocument, input: Omit<SignatureListInput, "sheets">): void {
  const { petition, publicPageUrl, t, locale } = input;
  const m = t.paperLists.pdf;
  const width = usableWidth(doc);
  const top = doc.y;
  const beside = width - QR_SIZE - 6 * MM;

  drawQrCode(doc, publicPageUrl, MARGIN + width - QR_SIZE, top, QR_SIZE);
  const belowQr = top + QR_SIZE;

  const municipalities = petition.rules.municipalityKeys.map((key) => municipalityName(key) ?? key).join(", ");
  doc.font(REGULAR_FONT).fontSize(9).text(m.municipality(municipalities), MARGIN, top, { width: beside });
  doc.moveDown(0.3).text(m.intro, { width: beside });
  doc.moveDown(0.3).text(`${m.qrLabel} ${publicPageUrl}`, { width: beside });
  section(doc, m.decisionProposal, petition.decisionProposal, beside, true);
  // Text below the QR code may use the full width again.
  const textWidth = () => (doc.y > belowQr ? width : beside);
  section(doc, m.reasoning, petition.reasoning, textWidth());
  section(doc, m.costCoverageProposal, petition.costCoverageProposal, textWidth());
  heading(doc, m.representatives, textWidth());
  doc.text(m.representative(petition.representative.name, petition.representative.contact), { width: textWidth() });
  doc.text(m.deputy(petition.deputy.name, petition.deputy.contact), { width: textWidth() });
  heading(doc, m.rulesHeading, textWidth());
  for (const line of ruleLines(petition, t, locale)) doc.text(`• ${line}`, { width: textWidth() });
  doc.y = Math.max(doc.y, belowQr);
}

function heading(doc: PDFKit.PDFDocument, text: string, width: number): void {
  doc.moveDown(0.5).font(BOLD_FONT).fontSize(9.5).text(text, MARGIN, doc.y, { width }).font(REGULAR_FONT).fontSize(9);
}

function section(doc: PDFKit.PDFDocument, title: string, body: string, width: number, emphasised = false): void {
  heading(doc, title, width);
  doc.font(emphasised ? BOLD_FONT : REGULAR_FONT).text(body, MARGIN, doc.y, { width, paragraphGap: 3 }).font(REGULAR_FONT);
}

/** Height of the table block: heading, hint, header row, lines and the data protection notice. */
function tableBlockHeight(doc: PDFKit.PDFDocument, privacy: string): number {
  doc.font(REGULAR_FONT).fontSize(7.5);
  return 34 + HEADER_ROW_HEIGHT + LINES_PER_SHEET * ROW_HEIGHT + 14 + doc.heightOfString(privacy, { width: usableWidth(doc) });
}

/** Write the table of signature lines and the data protection notice, on a new page when they do not fit below the text. */
function writeSignatureTable(doc: PDFKit.PDFDocument, petition: Petition, t: Messages): void {
  const m = t.paperLists.pdf;
  const privacy = m.privacy(`${petition.representative.name}, ${petition.deputy.name}`);
  const bottom = doc.page.height - doc.page.margins.bottom;
  if (doc.y + 6 * MM + tableBlockHeight(doc, privacy) > bottom) doc.addPage();
  else doc.y += 6 * MM;

  const width = usableWidth(doc);
  doc.font(BOLD_FONT).fontSize(10).text(m.tableHeading, MARGIN, doc.y, { width });
  doc.font(REGULAR_FONT).fontSize(8).text(m.tableIntro, { width });
  doc.y += 4;

  const columns = [m.columns.number, m.columns.familyName, m.columns.givenNames, m.columns.birthDate, m.columns.address, m.columns.date, m.columns.signature];
  const widths = COLUMN_SHARES.map((share) => share * width);
  const top = doc.y;
  const tableHeight = HEADER_ROW_HEIGHT + LINES_PER_SHEET * ROW_HEIGHT;
  doc.save().lineWidth(0.6);
  doc.rect(MARGIN, top, width, tableHeight).stroke();
  let x = MARGIN;
  for (const [index, label] of columns.entries()) {
    const columnWidth = widths[index] ?? 0;
    doc.font(BOLD_FONT).fontSize(7.5).text(label, x + 2, top + 3, { width: columnWidth - 4, height: HEADER_ROW_HEIGHT - 4 });
    if (index > 0) doc.moveTo(x, top).lineTo(x, top + tableHeight).stroke();
    x += columnWidth;
  }
  for (let line = 0; line < LINES_PER_SHEET; line += 1) {
    const rowTop = top + HEADER_ROW_HEIGHT + line * ROW_HEIGHT;
    doc.moveTo(MARGIN, rowTop).lineTo(MARGIN + width, rowTop).stroke();
    doc.font(REGULAR_FONT).fontSize(8).text(String(line + 1), MARGIN + 2, rowTop + ROW_HEIGHT / 2 - 4, { width: (widths[0] ?? 0) - 4, align: "center", lineBreak: false });
  }
  doc.restore();

  doc.x = MARGIN;
  doc.y = top + tableHeight + 6;
  doc.font(BOLD_FONT).fontSize(7.5).text(m.privacyHeading, { width });
  doc.font(REGULAR_FONT).text(privacy, { width });
}
