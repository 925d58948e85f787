const INVISIBLE_CHARACTERS = /[\p{Cc}\p{Cf}]/gu;

/**
 * Prepare rejected user input for showing it again in a form field: without
 * control and format characters (a NUL or a bidirectional override would
 * otherwise land in the page) and cut to maxLength characters.
 */
export function inputForEcho(input: string | undefined, maxLength: number): string {
  return Array.from((input ?? "").replace(INVISIBLE_CHARACTERS, "")).slice(0, maxLength).join("");
}
