import QRCode from "qrcode";

/** Draw a QR code as vector squares, with the four-module quiet zone that ISO/IEC 18004 requires around it. */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const quietZone = 4;
  const moduleSize = size / (modules.size + 2 * quietZone);
  doc.save().fillColor("black");
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) doc.rect(x + (column + quietZone) * moduleSize, y + (row + quietZone) * moduleSize, moduleSize, moduleSize);
    }
  }
  doc.fill().restore();
}
