import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/**
 * Folder of the DejaVu TrueType files shipped in the npm package
 * dejavu-fonts-ttf (DejaVu 2.37). pdfkit's built-in Helvetica uses
 * WinAnsi encoding and cannot show „ “ ‚ ‘ and many other characters, so
 * every PDF embeds DejaVu Sans, which covers Latin, Greek and Cyrillic.
 */
const FONT_DIRECTORY = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");

export const REGULAR_FONT = "body";
export const BOLD_FONT = "body-bold";
/** Bold monospaced font for codes that people type, where every character must stand apart. */
export const CODE_FONT = "code";

/** Register the embedded regular, bold and code fonts on a document and select the regular one. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  doc.registerFont(REGULAR_FONT, path.join(FONT_DIRECTORY, "DejaVuSans.ttf"));
  doc.registerFont(BOLD_FONT, path.join(FONT_DIRECTORY, "DejaVuSans-Bold.ttf"));
  doc.registerFont(CODE_FONT, path.join(FONT_DIRECTORY, "DejaVuSansMono-Bold.ttf"));
  doc.font(REGULAR_FONT);
}

