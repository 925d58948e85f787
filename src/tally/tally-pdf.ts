import PDFDocument from "pdfkit";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import { BOLD_FONT, CODE_FONT, REGULAR_FONT, registerFonts } from "../pdf/fonts";
import { documentBytes, writePageNumbers } from "../pdf/page-numbers";
import { drawQrCode } from "../pdf/qr-code";
import { labelOf } from "../signature-log/log-report";
import { drawDailyChart } from "./daily-chart-pdf";
import { TALLY_CHANNELS } from "../review/petition-tally";
import { channelTotal } from "./tally-counts";
import { type TallyDocument, tallyRows } from "./tally-document";

type TallyMessages = Messages["tally"];

const MARGIN = 56;
const ROW_HEIGHT = 16;
const OUTCOME_COLUMN_WIDTH = 210;
const CHART_HEIGHT = 150;
const QR_SIZE = 96;
const SIGNATURE_BLOCK_HEIGHT = 110;

export type TallyPdfInput = { document: TallyDocument; t: Messages; locale: Locale };

/**
 * Write a certified tally as a PDF. It shows the municipality, the
 * petition's title and decision proposal, the collection period, the quorum
 * and whether it is reached, and the counts by outcome and channel. Then
 * follow a chart of signatures per day, the log's length and head hash, who
 * generated it and when, a QR code and the address of the public recompute
 * page, and signature lines for two officials. Every page gets "Seite X von
 * Y". Everything comes from the stored snapshot, so the same tally gives
 * the same figures every time.
 */
export async function tallyPdf({ document, t, locale }: TallyPdfInput): Promise<Buffer> {
  const m = t.tally;
  const { snapshot, petition } = document;
  const municipalityNames = document.municipalities.map((municipality) => municipality.name).join(", ");
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    lang: locale === "de" ? "de-DE" : "en-GB",
    displayTitle: true,
    info: {
      Title: m.pdf.documentTitle(petition.title),
      Author: snapshot.generatedByName,
      Subject: m.pdf.subject,
      Keywords: m.pdf.keywords(municipalityNames),
      Creator: "mitzeichnen",
      CreationDate: snapshot.generatedAt,
    },
  });
  const bytes = documentBytes(doc);
  registerFonts(doc);
  const width = doc.page.width - 2 * MARGIN;

  for (const municipality of document.municipalities) doc.fontSize(10).text(m.pdf.municipality(municipality.name, municipality.key));
  doc.moveDown(1);
  doc.font(BOLD_FONT).fontSize(18).text(m.pdf.heading);
  doc.font(REGULAR_FONT).fontSize(10).text(m.generated(snapshot.generatedAt, snapshot.generatedByName));

  heading(doc, m.pdf.petitionHeading);
  doc.text(petition.title);
  heading(doc, m.pdf.decisionProposalHeading);
  doc.text(petition.decisionProposal);
  doc.moveDown(0.5).text(m.pdf.collectionPeriod(petition.collectionStart, petition.collectionEnd));

  heading(doc, m.pdf.quorumHeading);
  doc.text(m.quorumLine(snapshot.quorum));
  doc.text(m.towardQuorumLine(snapshot.figures.towardQuorum));
  doc.font(BOLD_FONT).text(m.quorumReached(snapshot.quorumReached)).font(REGULAR_FONT);
  writeOpenPossibleDuplicates(doc, snapshot.figures.openPossibleDuplicates, m, width);

  heading(doc, m.pdf.countsHeading);
  writeCountTable(doc, document, t, width);
  doc.moveDown(0.5).fontSize(9).text(m.pdf.countsNote, MARGIN, doc.y, { width }).fontSize(11);

  writeChart(doc, document, m, width);
  writeLogHead(doc, document, m, width);
  writeSignatureLines(doc, m, width);

  writePageNumbers(doc, m.pdf.page);
  doc.end();
  return bytes;
}

/** State the unresolved possible duplicates in bold under the quorum, because each may count one person twice. */
function writeOpenPossibleDuplicates(doc: PDFKit.PDFDocument, open: number | undefined, m: TallyMessages, width: number): void {
  if (open === undefined) return;
  doc.moveDown(0.5);
  if (open === 0) {
    doc.text(m.possibleDuplicates.none, MARGIN, doc.y, { width });
    return;
  }
  doc.font(BOLD_FONT).text(m.possibleDuplicates.open(open), MARGIN, doc.y, { width }).font(REGULAR_FONT);
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.x = MARGIN;
  doc.moveDown(1).font(BOLD_FONT).fontSize(12).text(text).font(REGULAR_FONT).fontSize(11).moveDown(0.2);
}

/** Start a new page when less than `height` points are left above the bottom margin. */
function keepTogether(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** Write the counts as a table: one row per outcome, a column per channel and the total, with rules between rows. */
function writeCountTable(doc: PDFKit.PDFDocument, document: TallyDocument, t: Messages, width: number): void {
  const m = t.tally;
  const rows = tallyRows(document.snapshot.figures);
  const numberWidth = (width - OUTCOME_COLUMN_WIDTH) / (TALLY_CHANNELS.length + 1);
  keepTogether(doc, Math.min(rows.length + 1, 6) * ROW_HEIGHT);

  // A long outcome label wraps within its column, and the row grows with it.
  const writeRow = (cells: string[], font: string) => {
    doc.font(font).fontSize(9);
    const labelWidth = OUTCOME_COLUMN_WIDTH - 6;
    const height = Math.max(ROW_HEIGHT, doc.heightOfString(cells[0] ?? "", { width: labelWidth }) + 6);
    keepTogether(doc, height);
    const top = doc.y;
    doc.text(cells[0] ?? "", MARGIN, top + 3, { width: labelWidth });
    for (const [index, cell] of cells.slice(1).entries()) {
      doc.text(cell, MARGIN + OUTCOME_COLUMN_WIDTH + index * numberWidth, top + 3, { width: numberWidth - 4, align: "right", lineBreak: false });
    }
    doc.moveTo(MARGIN, top + height).lineTo(MARGIN + width, top + height).lineWidth(0.5).stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };

  writeRow([m.outcomeColumn, ...TALLY_CHANNELS.map((channel) => t.signatureLog.channels[channel] ?? channel), m.total], BOLD_FONT);
  for (const row of rows) {
    const label = row.reason === null ? m.outcomes[row.outcome] : m.invalidWithReason(labelOf(t.review.reasons, row.reason));
    const counts = TALLY_CHANNELS.map((channel) => m.formatNumber(row.counts[channel]));
    writeRow([label, ...counts, m.formatNumber(channelTotal(row.counts))], REGULAR_FONT);
  }
  doc.font(REGULAR_FONT).fontSize(11);
}

function writeChart(doc: PDFKit.PDFDocument, document: TallyDocument, m: TallyMessages, width: number): void {
  const days = document.snapshot.figures.daily;
  keepTogether(doc, CHART_HEIGHT + 60);
  heading(doc, m.pdf.chartHeading);
  if (days.every((day) => day.count === 0)) {
    doc.text(m.pdf.chartEmpty);
    return;
  }
  const top = doc.y + 4;
  drawDailyChart(doc, days, { x: MARGIN, y: top, width, height: CHART_HEIGHT }, m.formatNumber);
  doc.x = MARGIN;
  doc.y = top + CHART_HEIGHT + 4;
  const max = Math.max(...days.map((day) => day.count));
  doc.fontSize(9).text(m.pdf.chartCaption(days.length, max), { width }).fontSize(11);
}

/** Split a hex hash into groups of eight characters, four groups per line, so it can be read aloud and compared. */
export function wrappedHash(hash: string): string {
  const groups = hash.match(/.{1,8}/g) ?? [];
  const lines: string[] = [];
  for (let index = 0; index < groups.length; index += 4) lines.push(groups.slice(index, index + 4).join(" "));
  return lines.join("\n");
}

function writeLogHead(doc: PDFKit.PDFDocument, document: TallyDocument, m: TallyMessages, width: number): void {
  keepTogether(doc, 120 + QR_SIZE);
  heading(doc, m.pdf.logHeading);
  doc.fontSize(9).text(m.pdf.logIntro, { width }).fontSize(11);
  doc.moveDown(0.5).text(m.logLength(document.snapshot.logLength));
  doc.text(`${m.headHashLabel}:`);
  doc.font(CODE_FONT).fontSize(11).text(wrappedHash(document.headHash), MARGIN + 12, doc.y, { width: width - 12 }).font(REGULAR_FONT);

  heading(doc, m.pdf.recomputeHeading);
  const top = doc.y;
  const textX = MARGIN + QR_SIZE + 12;
  drawQrCode(doc, document.recomputeUrl, MARGIN, top, QR_SIZE);
  doc.fontSize(9).text(m.pdf.recompute, textX, top + 8, { width: width - QR_SIZE - 12 });
  doc.font(CODE_FONT).fontSize(8).text(document.recomputeUrl, textX, doc.y + 4, { width: width - QR_SIZE - 12 }).font(REGULAR_FONT).fontSize(11);
  doc.x = MARGIN;
  doc.y = Math.max(doc.y, top + QR_SIZE);
}

/** Write a block with lines for name, function, date and signature for each of two officials, each block kept on one page. */
function writeSignatureLines(doc: PDFKit.PDFDocument, m: TallyMessages, width: number): void {
  keepTogether(doc, 40 + SIGNATURE_BLOCK_HEIGHT);
  heading(doc, m.pdf.signaturesHeading);
  const columnWidth = (width - 24) / 2;
  const fields = m.pdf.signatureFields;
  for (const official of [1, 2]) {
    keepTogether(doc, SIGNATURE_BLOCK_HEIGHT);
    doc.font(BOLD_FONT).fontSize(10).text(m.pdf.official(official), MARGIN, doc.y).font(REGULAR_FONT);
    for (const [left, right] of [
      [fields.name, fields.role],
      [fields.date, fields.signature],
    ] as const) {
      const lineY = doc.y + 28;
      doc.lineWidth(0.5).moveTo(MARGIN, lineY).lineTo(MARGIN + columnWidth, lineY).stroke();
      doc.moveTo(MARGIN + columnWidth + 24, lineY).lineTo(MARGIN + width, lineY).stroke();
      doc.fontSize(8).text(left, MARGIN, lineY + 3, { width: columnWidth, lineBreak: false });
      doc.text(right, MARGIN + columnWidth + 24, lineY + 3, { width: columnWidth, lineBreak: false });
      doc.x = MARGIN;
      doc.y = lineY + 14;
    }
    doc.fontSize(11).moveDown(0.8);
  }
}
