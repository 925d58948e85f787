/**
 * Decode an uploaded CSV file: UTF-8, with its byte order mark removed, or
 * Windows-1252 when the bytes are not valid UTF-8, as older office software
 * writes it. Returns undefined for a binary file.
 */
export function decodeCsvText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  // A NUL byte means a binary file (or UTF-16), not a register export.
  return text.includes("\u0000") ? undefined : text;
}

/** Bring a header name to lower case with umlauts and ß written out and spaces or hyphens as "_", such as "Staatsangehörigkeit" to "staatsangehoerigkeit". */
export function canonicalHeaderName(name: string): string {
  return name.trim().toLowerCase().replaceAll("ä", "ae").replaceAll("ö", "oe").replaceAll("ü", "ue").replaceAll("ß", "ss").replaceAll(/[\s-]+/g, "_");
}
