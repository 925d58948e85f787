import { anniversary } from "./calendar";
import { addDays, daysBetween } from "./collection-period";

/** Months after the notification (Anzeige) within which a petition must be submitted in Saxony. */
export const MONTHS_AFTER_NOTIFICATION = 12;

/** Months after the publication of a council decision within which a petition opposing it must be submitted. */
export const MONTHS_AFTER_COUNCIL_DECISION = 3;

export type DeadlineFacts = {
  notificationDate: string;
  opposesCouncilDecision: boolean;
  councilDecisionPublishedOn: string | null;
};

/** Last day on which a petition can be submitted, and which rule set it. */
export type SubmissionDeadline = { lastDay: string; rule: "notification" | "councilDecision" };

/**
 * Compute the last day of a period of whole months that starts with an event
 * on `date` (BGB § 187 (1), § 188 (2) and (3)). The period ends on the day of
 * the last month that has the event day's number, or on that month's last day
 * when it has no such day. So 28 February 2027 plus a year ends on
 * 28 February 2028, and 30 November plus three months on 28 or 29 February.
 */
export function lastDayOfMonthsAfter(date: string, months: number): string {
  const day = date.slice(8, 10);
  const sameDay = anniversary(date, months);
  // anniversary() moves a missing day to the 1st of the next month; the day before is the month's last.
  return sameDay.slice(8, 10) === day ? sameDay : addDays(sameDay, -1);
}

/**
 * Compute a petition's submission deadline: one year after its notification,
 * or, when it opposes a council decision, three months after that decision's
 * publication if that comes first.
 * NOTE: BGB § 193 (a deadline on a weekend or public holiday moves to the
 * next working day) is not applied, so the deadline shown is never later
 * than the legal one.
 */
export function submissionDeadline(facts: DeadlineFacts): SubmissionDeadline {
  const afterNotification = lastDayOfMonthsAfter(facts.notificationDate, MONTHS_AFTER_NOTIFICATION);
  if (!facts.opposesCouncilDecision || facts.councilDecisionPublishedOn === null) {
    return { lastDay: afterNotification, rule: "notification" };
  }
  const afterDecision = lastDayOfMonthsAfter(facts.councilDecisionPublishedOn, MONTHS_AFTER_COUNCIL_DECISION);
  return afterDecision <= afterNotification
    ? { lastDay: afterDecision, rule: "councilDecision" }
    : { lastDay: afterNotification, rule: "notification" };
}

/** Count the calendar days from `today` to a deadline's last day: 0 on the last day, negative once it has passed. */
export function daysUntil(today: string, lastDay: string): number {
  return daysBetween(today, lastDay);
}
