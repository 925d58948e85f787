import { REGULAR_FONT } from "../pdf/fonts";
import { axisTicks } from "../workspace/axis-ticks";

export type ChartDay = { day: string; count: number };

export type ChartBox = { x: number; y: number; width: number; height: number };

/** Room left of the plot for the value labels and below it for the date labels, in points. */
const AXIS_LABEL_WIDTH = 36;
const DATE_LABEL_HEIGHT = 16;
const MAX_BAR_WIDTH = 24;
const LABEL_SIZE = 7;

/** Format a YYYY-MM-DD date as a short axis label such as 15.3. */
function shortDate(day: string): string {
  return `${Number(day.slice(8, 10))}.${Number(day.slice(5, 7))}.`;
}

/**
 * Draw signatures per day as a bar chart in vector graphics inside `box`:
 * grid lines at whole-number ticks with their values on the left, one bar
 * per day, and a date under at most about ten of the bars.
 */
export function drawDailyChart(doc: PDFKit.PDFDocument, days: ChartDay[], box: ChartBox, formatNumber: (value: number) => string): void {
  const max = Math.max(0, ...days.map((day) => day.count));
  const ticks = axisTicks(max);
  const axisMax = ticks.at(-1) ?? 1;
  const plot = { x: box.x + AXIS_LABEL_WIDTH, y: box.y, width: box.width - AXIS_LABEL_WIDTH, height: box.height - DATE_LABEL_HEIGHT };
  const yOf = (value: number) => plot.y + plot.height - (value / axisMax) * plot.height;

  doc.save();
  doc.font(REGULAR_FONT).fontSize(LABEL_SIZE).lineWidth(0.5).strokeColor("#999999").fillColor("black");
  for (const value of ticks) {
    doc.moveTo(plot.x, yOf(value)).lineTo(plot.x + plot.width, yOf(value)).stroke();
    doc.text(formatNumber(value), box.x, yOf(value) - LABEL_SIZE / 2, { width: AXIS_LABEL_WIDTH - 4, align: "right", lineBreak: false });
  }

  const slot = days.length === 0 ? plot.width : plot.width / days.length;
  const barWidth = Math.min(MAX_BAR_WIDTH, Math.max(0.5, slot * 0.8));
  const labelEvery = Math.max(1, Math.ceil(days.length / 10));
  doc.fillColor("#1d4f91");
  for (const [index, day] of days.entries()) {
    const x = plot.x + index * slot + (slot - barWidth) / 2;
    if (day.count > 0) doc.rect(x, yOf(day.count), barWidth, plot.y + plot.height - yOf(day.count)).fill();
  }
  doc.fillColor("black");
  for (const [index, day] of days.entries()) {
    if (index % labelEvery !== 0) continue;
    const center = plot.x + index * slot + slot / 2;
    doc.text(shortDate(day.day), center - 20, plot.y + plot.height + 4, { width: 40, align: "center", lineBreak: false });
  }
  doc.lineWidth(1).strokeColor("black").moveTo(plot.x, plot.y + plot.height).lineTo(plot.x + plot.width, plot.y + plot.height).stroke();
  doc.restore();
}
