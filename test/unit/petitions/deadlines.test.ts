import { describe, expect, it } from "vitest";
import { daysUntil, lastDayOfMonthsAfter, submissionDeadline } from "../../../src/petitions/deadlines";
import { quorumForEligibleResidents } from "../../../src/petitions/quorum";

describe("lastDayOfMonthsAfter", () => {
  it.each([
    ["same day a year later", "2026-03-15", 12, "2027-03-15"],
    ["notified on leap day, common year after", "2024-02-29", 12, "2025-02-28"],
    ["notified on 28 February before a leap year", "2027-02-28", 12, "2028-02-28"],
    ["notified on 1 March in a leap year", "2028-03-01", 12, "2029-03-01"],
    ["three months into a shorter month", "2026-11-30", 3, "2027-02-28"],
    ["three months into February of a leap year", "2027-11-30", 3, "2028-02-29"],
    ["31 August plus three months", "2026-08-31", 3, "2026-11-30"],
    ["end of month to end of month", "2026-01-31", 3, "2026-04-30"],
    ["30 April plus one month", "2026-04-30", 1, "2026-05-30"],
    ["across the year end", "2026-12-31", 3, "2027-03-31"],
    ["published on the day summer time starts", "2026-03-29", 3, "2026-06-29"],
    ["published on the day winter time starts", "2026-10-25", 3, "2027-01-25"],
  ])("%s", (_case, date, months, expected) => {
    expect(lastDayOfMonthsAfter(date, months)).toBe(expected);
  });
});

describe("submissionDeadline", () => {
  it("is one year after the notification without a council decision", () => {
    expect(submissionDeadline({ notificationDate: "2026-03-01", opposesCouncilDecision: false, councilDecisionPublishedOn: null })).toEqual({
      lastDay: "2027-03-01",
      rule: "notification",
    });
  });

  it("is three months after the decision's publication when opposing one", () => {
    expect(
      submissionDeadline({ notificationDate: "2026-03-01", opposesCouncilDecision: true, councilDecisionPublishedOn: "2026-02-20" }),
    ).toEqual({ lastDay: "2026-05-20", rule: "councilDecision" });
  });

  it("keeps the year when it comes first", () => {
    expect(
      submissionDeadline({ notificationDate: "2026-03-01", opposesCouncilDecision: true, councilDecisionPublishedOn: "2027-01-10" }),
    ).toEqual({ lastDay: "2027-03-01", rule: "notification" });
  });

  it("ignores a decision date when opposing none", () => {
    expect(
      submissionDeadline({ notificationDate: "2026-03-01", opposesCouncilDecision: false, councilDecisionPublishedOn: "2026-02-20" }).rule,
    ).toBe("notification");
  });
});

describe("daysUntil", () => {
  it.each([
    ["on the last day", "2026-05-20", "2026-05-20", 0],
    ["the day before", "2026-05-19", "2026-05-20", 1],
    ["across the spring clock change", "2026-03-28", "2026-03-30", 2],
    ["across the autumn clock change", "2026-10-24", "2026-10-26", 2],
    ["after the deadline", "2026-05-21", "2026-05-20", -1],
  ])("%s", (_case, today, lastDay, expected) => {
    expect(daysUntil(today, lastDay)).toBe(expected);
  });
});

describe("quorumForEligibleResidents", () => {
  it.each([
    [435_720, 21_786],
    [435_721, 21_787],
    [20, 1],
    [1, 1],
    [19, 1],
    [21, 2],
  ])("5 %% of %i is %i", (residents, quorum) => {
    expect(quorumForEligibleResidents(residents)).toBe(quorum);
  });
});
