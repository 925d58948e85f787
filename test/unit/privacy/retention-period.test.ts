import { describe, expect, it } from "vitest";
import { isRetentionOver, type RetentionFacts, retentionStartsOn } from "../../../src/privacy/retention-period";

const COLLECTING: RetentionFacts = {
  status: "collecting",
  collectionEnd: "2026-06-30",
  notificationDate: "2026-02-10",
  opposesCouncilDecision: false,
  councilDecisionPublishedOn: null,
};

describe("retentionStartsOn", () => {
  it("starts with the admissibility decision", () => {
    expect(retentionStartsOn({ ...COLLECTING, status: "decided", decidedOn: "2026-09-01" })).toBe("2026-09-01");
  });

  it("waits for the submission deadline", () => {
    expect(retentionStartsOn(COLLECTING)).toBe("2027-02-10");
  });

  it("takes a collection end after the deadline", () => {
    expect(retentionStartsOn({ ...COLLECTING, opposesCouncilDecision: true, councilDecisionPublishedOn: "2026-01-20" })).toBe("2026-06-30");
  });

  it("starts a closed petition at collection end", () => {
    expect(retentionStartsOn({ ...COLLECTING, status: "closed" })).toBe("2026-06-30");
  });

  it("has no start for drafts or pending submissions", () => {
    expect(retentionStartsOn({ ...COLLECTING, status: "draft" })).toBeUndefined();
    expect(retentionStartsOn({ ...COLLECTING, status: "submitted" })).toBeUndefined();
  });
});

describe("isRetentionOver", () => {
  const closed = { ...COLLECTING, status: "closed" };

  it("is over the day after the last retained day", () => {
    expect(isRetentionOver(closed, 30, "2026-07-30")).toBe(false);
    expect(isRetentionOver(closed, 30, "2026-07-31")).toBe(true);
  });
});
