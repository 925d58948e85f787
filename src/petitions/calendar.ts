const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Check whether a string is a real calendar date written YYYY-MM-DD (no 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The date `months` calendar months after a YYYY-MM-DD date, on the same day
 * of the month. When that day does not exist in the target month (31 August
 * plus 3 months, 29 February plus 18 years), the result is the first day of
 * the following month: the period counting from the start date ends with
 * the last day of the target month (BGB § 188 (3)), so the new state begins
 * the day after.
 */
export function anniversary(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const targetMonthIndex = month - 1 + months;
  const target = new Date(Date.UTC(year, targetMonthIndex, day));
  const expectedMonth = ((targetMonthIndex % 12) + 12) % 12;
  if (target.getUTCMonth() !== expectedMonth) {
    return new Date(Date.UTC(year, targetMonthIndex + 1, 1)).toISOString().slice(0, 10);
  }
  return target.toISOString().slice(0, 10);
}
