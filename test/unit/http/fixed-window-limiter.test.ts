import { describe, expect, it } from "vitest";
import { FixedWindowLimiter } from "../../../src/http/fixed-window-limiter";

describe("FixedWindowLimiter", () => {
  const start = new Date("2026-03-15T12:00:00Z");
  const later = (ms: number) => new Date(start.getTime() + ms);

  it("allows events up to the limit", () => {
    const limiter = new FixedWindowLimiter(3, 60_000);
    limiter.record("a", start);
    limiter.record("a", start);
    expect(limiter.retryAfterSeconds("a", start)).toBe(0);
    limiter.record("a", start);
    expect(limiter.retryAfterSeconds("a", later(15_000))).toBe(45);
  });

  it("keeps keys apart", () => {
    const limiter = new FixedWindowLimiter(1, 60_000);
    limiter.record("a", start);
    expect(limiter.retryAfterSeconds("a", start)).toBe(60);
    expect(limiter.retryAfterSeconds("b", start)).toBe(0);
  });

  it("starts a new window after the old one ends", () => {
    const limiter = new FixedWindowLimiter(1, 60_000);
    limiter.record("a", start);
    expect(limiter.retryAfterSeconds("a", later(60_000))).toBe(0);
  });

  it("forgets the oldest key beyond its capacity", () => {
    const limiter = new FixedWindowLimiter(1, 60_000, 2);
    limiter.record("a", start);
    limiter.record("b", start);
    limiter.record("c", start);
    expect(limiter.retryAfterSeconds("a", start)).toBe(0);
    expect(limiter.retryAfterSeconds("c", start)).toBe(60);
    expect(limiter.trackedKeys).toBe(2);
  });

  it("drops ended windows before current ones", () => {
    const limiter = new FixedWindowLimiter(1, 60_000, 2);
    limiter.record("a", start);
    limiter.record("b", later(30_000));
    limiter.record("c", later(61_000));
    expect(limiter.retryAfterSeconds("b", later(61_000))).toBe(29);
    expect(limiter.retryAfterSeconds("c", later(61_000))).toBe(60);
  });

  it("take records until the limit and then returns the wait", () => {
    const limiter = new FixedWindowLimiter(2, 60_000);
    expect(limiter.take("a", start)).toBe(0);
    expect(limiter.take("a", start)).toBe(0);
    expect(limiter.take("a", later(20_000))).toBe(40);
    expect(limiter.take("a", later(60_000))).toBe(0);
  });

  it("stays within its capacity under many keys", () => {
    const limiter = new FixedWindowLimiter(5, 60_000, 100);
    for (let i = 0; i < 10_000; i++) limiter.record(`client-${i}`, later(i));
    expect(limiter.trackedKeys).toBe(100);
  });
});
