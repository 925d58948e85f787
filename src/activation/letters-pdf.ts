import PDFDocument from "pdfkit";
import type { Messages } from "../i18n/messages";
import type { Locale } from "../i18n/locale";
import { BOLD_FONT, CODE_FONT, REGULAR_FONT, registerFonts } from "../pdf/fonts";
import { documentBytes } from "../pdf/page-numbers";
import { drawQrCode } from "../pdf/qr-code";

/** One letter: the addressee and their code. The addressee's data exist only in the PDF, never in the upload file. */
export type ActivationLetter = {
  name: string;
  street: string;
  postalCodeAndTown: string;
  code: string;
  /** Address of the activation page, printed for typing. */
  activationPage: string;
  /** The activation page with the code in its fragment, which browsers do not send to the server; shown as QR code only. */
  link: string;
  expiresOn: string;
};

export type LettersPdfInput = { letters: readonly ActivationLetter[]; sender: string; today: string; t: Messages; locale: Locale };

const MM = 72 / 25.4;
/** DIN 5008 form B positions, so the address shows in the window of a DL envelope. */
const LEFT = 25 * MM;
const RIGHT = 20 * MM;
const SENDER_TOP = 45 * MM;
const ADDRESS_TOP = 50 * MM;
const BODY_TOP = 100 * MM;
const QR_SIZE = 32 * MM;

/** Write one A4 page per letter, in the order given. */
export async function lettersPdf({ letters, sender, today, t, locale }: LettersPdfInput): Promise<Buffer> {
  const m = t.activation.letter;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 20 * MM, bottom: 15 * MM, left: LEFT, right: RIGHT },
    autoFirstPage: false,
    lang: locale === "de" ? "de-DE" : "en-GB",
    displayTitle: true,
    info: { Title: m.documentTitle, Author: sender, Creator: "mitzeichnen" },
  });
  const bytes = documentBytes(doc);
  registerFonts(doc);
  for (const letter of letters) writeLetter(doc, letter, { sender, today, m });
  doc.end();
  return bytes;
}

function writeLetter(doc: PDFKit.PDFDocument, letter: ActivationLetter, context: { sender: string; today: string; m: Messages["activation"]["letter"] }): void {
  const { sender, today, m } = context;
  doc.addPage();
  const width = doc.page.width - LEFT - RIGHT;

  doc.font(REGULAR_FONT).fontSize(7).text(sender, LEFT, SENDER_TOP, { width: 85 * MM, lineBreak: false });
  doc.fontSize(11).text([letter.name, letter.street, letter.postalCodeAndTown].join("\n"), LEFT, ADDRESS_TOP, { width: 85 * MM });
  doc.fontSize(10).text(m.date(today), LEFT, BODY_TOP - 8 * MM, { width, align: "right" });

  doc.font(BOLD_FONT).fontSize(12).text(m.subject, LEFT, BODY_TOP, { width });
  doc.moveDown(0.8);
  doc.font(REGULAR_FONT).fontSize(10).text(m.salutation, { width });
  doc.moveDown(0.5).text(m.intro, { width, align: "left" });
  doc.moveDown(0.6).font(BOLD_FONT).text(m.stepsHeading, { width });
  doc.font(REGULAR_FONT).list([...m.steps(letter.activationPage)], { width, listType: "numbered", bulletIndent: 6, textIndent: 14 });

  const boxTop = doc.y + 6 * MM;
  const textWidth = width - QR_SIZE - 8 * MM;
  doc.font(REGULAR_FONT).fontSize(10).text(m.codeLabel, LEFT, boxTop, { width: textWidth });
  doc.font(CODE_FONT).fontSize(16).text(letter.code, LEFT, doc.y + 2 * MM, { width: textWidth, characterSpacing: 0.5, lineBreak: false });
  doc.font(REGULAR_FONT).fontSize(9).text(m.validUntil(letter.expiresOn), LEFT, doc.y + 2 * MM, { width: textWidth });
  drawQrCode(doc, letter.link, LEFT + width - QR_SIZE, boxTop, QR_SIZE);

  doc.font(REGULAR_FONT).fontSize(8.5);
  doc.text(m.privacy, LEFT, Math.max(doc.y, boxTop + QR_SIZE) + 8 * MM, { width });
  doc.moveDown(0.6).text(m.notForYou, { width });
  doc.moveDown(0.6).text(m.questions, { width });
}
