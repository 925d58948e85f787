import { PDFParse } from "pdf-parse";

/** A PDF's text, page by page, and its document information, as a reader program extracts them. */
export type PdfText = { pages: string[]; text: string; info: Record<string, unknown> };

/** Extract the text and metadata of a PDF with pdf-parse (PDF.js), so tests check the text a PDF reader shows. */
export async function extractPdfText(bytes: Buffer): Promise<PdfText> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    return { pages: text.pages.map((page) => page.text), text: text.text, info: (info.info ?? {}) as Record<string, unknown> };
  } finally {
    await parser.destroy();
  }
}
