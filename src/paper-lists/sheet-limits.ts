/** Signature lines on every sheet, which also bounds the count recorded for a sheet handed in. */
export const LINES_PER_SHEET = 10;

/** Most sheets one download makes, which bounds the PDF's size and the time to build it. */
export const MAX_SHEETS_PER_DOWNLOAD = 50;

/** Highest sheet number, five digits, more than any petition needs. */
export const MAX_SHEET_NUMBER = 99_999;

/** Most sheets one entry of sheets handed in may name, so a typed range such as 1-99999 cannot flood the record. */
export const MAX_SHEETS_PER_ENTRY = 500;
