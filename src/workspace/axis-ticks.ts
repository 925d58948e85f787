/** Round a maximum up to 1, 2 or 5 times a power of ten, so the axis labels are round numbers. */
function roundAxisMaximum(max: number): number {
  if (max <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) {
    if (step * magnitude >= max) return step * magnitude;
  }
  return 10 * magnitude;
}

/**
 * Choose the value axis's ticks for a daily maximum: whole numbers from 0 to
 * a round maximum, split in halves where the half is whole (0, 5, 10) and in
 * steps of one where it is not (0 to 5), because counts are whole numbers.
 */
export function axisTicks(max: number): number[] {
  const top = roundAxisMaximum(max);
  let step = top;
  if (top % 2 === 0) step = top / 2;
  else if (top % 5 === 0) step = top / 5;

  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  return ticks;
}
