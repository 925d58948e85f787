import { describe, expect, it } from "vitest";
import { de } from "../../../src/i18n/de";
import { en } from "../../../src/i18n/en";
import type { DailyCount } from "../../../src/signing/daily-signature-counts";
import { axisTicks } from "../../../src/workspace/axis-ticks";
import { DailyChart } from "../../../views/workspace/daily-chart";

function day(date: string, proven: number, provisional: number): DailyCount {
  const total = proven + provisional;
  return { day: date, total, proven, confirmed: 0, provisional, byChannel: { wallet: total, passkey: 0, paper: 0 } };
}

function axisLabels(svg: string): string[] {
  return [...svg.matchAll(/<text x="42"[^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? "");
}

describe("axisTicks", () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7, 9, 11, 17, 49, 99, 230, 4_999])("gives whole ticks for a maximum of %i", (max) => {
    const ticks = axisTicks(max);
    expect(ticks[0]).toBe(0);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
    expect(ticks.every((tick) => Number.isInteger(tick))).toBe(true);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    [1, [0, 1]],
    [2, [0, 1, 2]],
    [5, [0, 1, 2, 3, 4, 5]],
    [10, [0, 5, 10]],
    [45, [0, 25, 50]],
  ])("splits a maximum of %i into %j", (max, expected) => {
    expect(axisTicks(max)).toEqual(expected);
  });
});

describe("DailyChart", () => {
  it("describes one day in the singular", () => {
    const svg = (<DailyChart t={de} days={[day("2026-03-15", 1, 0)]} />).toString();
    expect(svg).toContain("Säulendiagramm über 1 Tag mit zusammen 1 Unterschrift; höchstens 1 an einem Tag.");
  });

  it("describes several days in the plural", () => {
    const svg = (<DailyChart t={de} days={[day("2026-03-14", 2, 1), day("2026-03-15", 0, 0)]} />).toString();
    expect(svg).toContain("Säulendiagramm über 2 Tage mit zusammen 3 Unterschriften; höchstens 3 an einem Tag.");
  });

  it("describes one day in English", () => {
    const svg = (<DailyChart t={en} days={[day("2026-03-15", 0, 1)]} />).toString();
    expect(svg).toContain("Bar chart over 1 day with 1 signature in all;");
  });

  it("labels the axis with whole numbers", () => {
    const svg = (<DailyChart t={de} days={[day("2026-03-14", 3, 2), day("2026-03-15", 1, 0)]} />).toString();
    expect(axisLabels(svg)).toEqual(["0", "1", "2", "3", "4", "5"]);
  });
});
