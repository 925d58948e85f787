import { describe, expect, it } from "vitest";
import { AttemptLimiter } from "../../../src/http/attempt-limiter";

describe("AttemptLimiter", () => {
  const start = new Date("2026-03-15T12:00:00Z");
  const later = (ms: number) => new Date(start.getTime() + ms);

  it("allows failures up to the limit", () => {
    const limiter = new AttemptLimiter(3, 60_000);
    limiter.recordFailure("a", start);
    limiter.recordFailure("a", start);
    expect(limiter.retryAfterSeconds("a", start)).toBe(0);
    limiter.recordFailure("a", start);
    expect(limiter.retryAfterSeconds("a", later(15_000))).toBe(45);
  });

  it("keeps clients apart", () => {
    const limiter = new AttemptLimiter(1, 60_000);
    limiter.recordFailure("a", start);
    expect(limiter.retryAfterSeconds("a", start)).toBe(60);
    expect(limiter.retryAfterSeconds("b", start)).toBe(0);
  });

  it("starts a new window after the old one ends", () => {
    const limiter = new AttemptLimiter(1, 60_000);
    limiter.recordFailure("a", start);
    expect(limiter.retryAfterSeconds("a", later(60_000))).toBe(0);
  });

  it("forgets the oldest client beyond its capacity", () => {
    const limiter = new AttemptLimiter(1, 60_000, 2);
    limiter.recordFailure("a", start);
    limiter.recordFailure("b", start);
    limiter.recordFailure("c", start);
    expect(limiter.retryAfterSeconds("a", start)).toBe(0);
    expect(limiter.retryAfterSeconds("c", start)).toBe(60);
  });
});
