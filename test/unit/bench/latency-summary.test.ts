import { describe, expect, it } from "vitest";
import { percentile, summariseLatencies } from "../../bench/latency-summary";

describe("percentile", () => {
  const hundred = Array.from({ length: 100 }, (_, index) => index + 1);

  it("takes the nearest rank", () => {
    expect(percentile(hundred, 0.5)).toBe(50);
    expect(percentile(hundred, 0.99)).toBe(99);
    expect(percentile(hundred, 1)).toBe(100);
  });

  it("rounds the rank up between samples", () => {
    expect(percentile([10, 20, 30], 0.5)).toBe(20);
    expect(percentile([10, 20, 30], 0.99)).toBe(30);
  });

  it("gives the first sample for fraction 0", () => {
    expect(percentile([7, 8], 0)).toBe(7);
  });

  it("gives NaN for no samples", () => {
    expect(percentile([], 0.5)).toBeNaN();
  });

  it("rejects a fraction outside 0..1", () => {
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
  });
});

describe("summariseLatencies", () => {
  it("sorts unsorted samples first", () => {
    const summary = summariseLatencies([5, 1, 4, 2, 3]);
    expect(summary.count).toBe(5);
    expect(summary.p50).toBe(3);
    expect(summary.max).toBe(5);
  });
});
