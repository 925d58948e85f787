import type { Messages } from "../../src/i18n/messages";
import type { DailyCount } from "../../src/signing/daily-signature-counts";
import { axisTicks } from "../../src/workspace/axis-ticks";

const WIDTH = 640;
const HEIGHT = 240;
const PLOT = { left: 48, right: 12, top: 12, bottom: 36 };
const MAX_BAR_WIDTH = 40;

/** Format a YYYY-MM-DD date as a short axis label such as 15.3. */
function shortDate(day: string): string {
  return `${Number(day.slice(8, 10))}.${Number(day.slice(5, 7))}.`;
}

type DailyChartProps = { t: Messages; days: DailyCount[] };

/**
 * Render signatures per day as an SVG bar chart, proven and provisional
 * stacked. The SVG is an image with a title and a description; the table
 * next to it carries the numbers for screen readers and for copying.
 */
export function DailyChart({ t, days }: DailyChartProps) {
  const d = t.workspace.dashboard;
  const max = Math.max(0, ...days.map((day) => day.total));
  const total = days.reduce((sum, day) => sum + day.total, 0);
  const ticks = axisTicks(max);
  const axisMax = ticks[ticks.length - 1] ?? 1;
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = days.length === 0 ? plotWidth : plotWidth / days.length;
  const barWidth = Math.min(MAX_BAR_WIDTH, Math.max(1, slot * 0.8));
  const y = (value: number) => PLOT.top + plotHeight - (value / axisMax) * plotHeight;
  const labelEvery = Math.max(1, Math.ceil(days.length / 8));

  return (
    <svg
      class="daily-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby="daily-chart-title daily-chart-desc"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="daily-chart-title">{d.chartTitle}</title>
      <desc id="daily-chart-desc">{days.length === 0 ? d.chartEmpty : d.chartDescription(days.length, max, total)}</desc>
      {ticks.map((value) => (
        <g class="chart-grid">
          <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(value)} y2={y(value)} />
          <text x={PLOT.left - 6} y={y(value) + 4} text-anchor="end">
            {t.workspace.formatNumber(value)}
          </text>
        </g>
      ))}
      {days.map((day, index) => {
        const x = PLOT.left + index * slot + (slot - barWidth) / 2;
        return (
          <g>
            <rect class="bar-proven" x={x} y={y(day.proven)} width={barWidth} height={y(0) - y(day.proven)} />
            <rect class="bar-confirmed" x={x} y={y(day.proven + day.confirmed)} width={barWidth} height={y(day.proven) - y(day.proven + day.confirmed)} />
            <rect class="bar-provisional" x={x} y={y(day.total)} width={barWidth} height={y(day.proven + day.confirmed) - y(day.total)} />
            {index % labelEvery === 0 ? (
              <text class="chart-label" x={x + barWidth / 2} y={HEIGHT - PLOT.bottom + 16} text-anchor="middle">
                {shortDate(day.day)}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

/** Render the daily counts as a table: day, total, proven, confirmed, provisional. */
export function DailyTable({ t, days }: DailyChartProps) {
  const d = t.workspace.dashboard;
  const columns = d.tableColumns;
  return (
    <div class="table-scroll" tabindex={0} role="region" aria-labelledby="daily-table-caption">
      <table class="daily-table">
        <caption id="daily-table-caption">{d.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.day}</th>
            <th scope="col">{columns.total}</th>
            <th scope="col">{columns.proven}</th>
            <th scope="col">{columns.confirmed}</th>
            <th scope="col">{columns.provisional}</th>
          </tr>
        </thead>
        <tbody>
          {[...days].reverse().map((day) => (
            <tr>
              <th scope="row">{t.workspace.formatDate(day.day)}</th>
              <td>{t.workspace.formatNumber(day.total)}</td>
              <td>{t.workspace.formatNumber(day.proven)}</td>
              <td>{t.workspace.formatNumber(day.confirmed)}</td>
              <td>{t.workspace.formatNumber(day.provisional)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
