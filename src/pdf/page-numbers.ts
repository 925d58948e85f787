/**
 * Write a footer such as "Seite 2 von 5" centred at the bottom of every
 * page. The document must be created with bufferPages: true, and this must
 * run after the last page is added, because only then is the total known.
 */
export function writePageNumbers(doc: PDFKit.PDFDocument, label: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottomMargin = doc.page.margins.bottom;
    // Text inside the bottom margin would make pdfkit start a new page, so the margin is lifted while writing.
    doc.page.margins.bottom = 0;
    doc.fontSize(9).text(label(index + 1, range.count), doc.page.margins.left, doc.page.height - bottomMargin / 2 - 5, {
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      align: "center",
      lineBreak: false,
    });
    doc.page.margins.bottom = bottomMargin;
  }
}

/** Collect a finished document's bytes; call before doc.end(). */
export function documentBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
