import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  berlinDate,
  berlinMidnight,
  collectionEndsAt,
  collectionPhase,
  isCollecting,
} from "../../../src/petitions/collection-period";

const petition = (collectionStart: string, collectionEnd: string, status = "collecting") => ({
  status,
  collectionStart,
  collectionEnd,
});

/** Last Sunday of March 2026 (clocks go to summer time) and of October 2026 (back to winter time). */
const SPRING_FORWARD = "2026-03-29";
const FALL_BACK = "2026-10-25";

describe.each(["UTC", "Europe/Berlin", "America/Los_Angeles", "Pacific/Kiritimati"])("in process time zone %s", (zone) => {
  const previous = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = previous;
  });

  it("runs in that zone", () => {
    const expected = { UTC: 0, "Europe/Berlin": -60, "America/Los_Angeles": 480, "Pacific/Kiritimati": -840 }[zone];
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(expected);
  });

  it.each([
    ["late evening UTC in winter", "2026-01-31T23:30:00Z", "2026-02-01"],
    ["late evening UTC in summer", "2026-07-31T22:30:00Z", "2026-08-01"],
    ["just before Berlin midnight in summer", "2026-07-31T21:59:59Z", "2026-07-31"],
    ["New Year in Berlin", "2025-12-31T23:00:00Z", "2026-01-01"],
  ])("berlinDate: %s", (_case, instant, expected) => {
    expect(berlinDate(new Date(instant))).toBe(expected);
  });

  it.each([
    ["in winter", "2026-02-01", "2026-01-31T23:00:00.000Z"],
    ["in summer", "2026-08-01", "2026-07-31T22:00:00.000Z"],
    ["on the day clocks go forward", SPRING_FORWARD, "2026-03-28T23:00:00.000Z"],
    ["the day after clocks go forward", "2026-03-30", "2026-03-29T22:00:00.000Z"],
    ["on the day clocks go back", FALL_BACK, "2026-10-24T22:00:00.000Z"],
    ["the day after clocks go back", "2026-10-26", "2026-10-25T23:00:00.000Z"],
  ])("berlinMidnight %s", (_case, date, expected) => {
    expect(berlinMidnight(date).toISOString()).toBe(expected);
  });

  describe("a period ending on the last Sunday in March", () => {
    const period = petition("2026-03-01", SPRING_FORWARD);

    it("ends at midnight summer time", () => {
      expect(collectionEndsAt(period).toISOString()).toBe("2026-03-29T22:00:00.000Z");
    });

    it("counts 23:59:59 Berlin time on the last day", () => {
      expect(isCollecting(period, new Date("2026-03-29T21:59:59Z"))).toBe(true);
    });

    it("stops at 00:00 Berlin time the next day", () => {
      expect(isCollecting(period, new Date("2026-03-29T22:00:00Z"))).toBe(false);
    });

    it("counts the hour after the clock change", () => {
      expect(isCollecting(period, new Date("2026-03-29T01:30:00Z"))).toBe(true);
    });
  });

  describe("a period ending on the last Sunday in October", () => {
    const period = petition("2026-08-01", FALL_BACK);

    it("ends at midnight winter time", () => {
      expect(collectionEndsAt(period).toISOString()).toBe("2026-10-25T23:00:00.000Z");
    });

    it("counts 23:59:59 Berlin time on the last day", () => {
      expect(isCollecting(period, new Date("2026-10-25T22:59:59Z"))).toBe(true);
    });

    it("stops at 00:00 Berlin time the next day", () => {
      expect(isCollecting(period, new Date("2026-10-25T23:00:00Z"))).toBe(false);
    });
  });

  describe("a period starting on the day clocks go back", () => {
    const period = petition(FALL_BACK, "2026-12-31");

    it("does not count 23:59:59 Berlin time the day before", () => {
      expect(isCollecting(period, new Date("2026-10-24T21:59:59Z"))).toBe(false);
    });

    it("counts 00:00 Berlin time on the first day", () => {
      expect(isCollecting(period, new Date("2026-10-24T22:00:00Z"))).toBe(true);
    });
  });

  it("does not count a draft or closed petition within its period", () => {
    const now = new Date("2026-03-10T12:00:00Z");
    expect(isCollecting(petition("2026-03-01", "2026-03-31", "draft"), now)).toBe(false);
    expect(isCollecting(petition("2026-03-01", "2026-03-31", "closed"), now)).toBe(false);
  });
});

describe("collectionPhase", () => {
  const period = petition("2026-03-01", "2026-03-31");

  it.each([
    ["before the start", "2026-02-28T12:00:00Z", { phase: "notStarted", startsOn: "2026-03-01" }],
    ["on the first day", "2026-03-01T12:00:00Z", { phase: "open", daysLeft: 30, endsOn: "2026-03-31" }],
    ["on the day before the last", "2026-03-30T12:00:00Z", { phase: "open", daysLeft: 1, endsOn: "2026-03-31" }],
    ["on the last day late in the evening", "2026-03-31T21:59:59Z", { phase: "open", daysLeft: 0, endsOn: "2026-03-31" }],
    ["after the end", "2026-03-31T22:00:00Z", { phase: "ended", endedOn: "2026-03-31" }],
  ])("is right %s", (_case, instant, expected) => {
    expect(collectionPhase(period, new Date(instant))).toEqual(expected);
  });

  it("has ended for a closed petition within its dates", () => {
    const closed = petition("2026-03-01", "2026-03-31", "closed");
    expect(collectionPhase(closed, new Date("2026-03-10T12:00:00Z")).phase).toBe("ended");
  });
});
