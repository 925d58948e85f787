const BERLIN = "Europe/Berlin";

const berlinParts = new Intl.DateTimeFormat("en-US", {
  timeZone: BERLIN,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

type WallClock = { date: string; time: string };

/** Calendar date and time of day in Berlin at an instant, independent of the process time zone. */
function berlinWallClock(instant: Date): WallClock {
  const parts: Record<string, string> = {};
  for (const part of berlinParts.formatToParts(instant)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
  };
}

/** Return the calendar date (YYYY-MM-DD) in Europe/Berlin at an instant, whatever the process time zone. */
export function berlinDate(instant: Date): string {
  return berlinWallClock(instant).date;
}

/** Add `days` calendar days to a YYYY-MM-DD date; a negative count goes back. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Count the calendar days from one YYYY-MM-DD date to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Return the instant at which a Berlin calendar day begins. Berlin changes its clocks at 02:00 or 03:00, never at midnight. */
export function berlinMidnight(date: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(utcMidnight - offsetHours * 3_600_000);
    const wall = berlinWallClock(candidate);
    if (wall.date === date && wall.time === "00:00:00") return candidate;
  }
  throw new Error(`no midnight found in Europe/Berlin on ${date}`);
}

type CollectionPeriod = { status: string; collectionStart: string; collectionEnd: string };

/**
 * Check whether a petition takes signatures at an instant: it is collecting
 * and the Berlin date lies within the period. The last day counts until 24:00
 * Berlin time.
 */
export function isCollecting(petition: CollectionPeriod, now: Date): boolean {
  if (petition.status !== "collecting") return false;
  const today = berlinDate(now);
  return petition.collectionStart <= today && today <= petition.collectionEnd;
}

/** Return the instant the collection period ends: midnight in Berlin at the start of the day after the last day. */
export function collectionEndsAt(petition: Pick<CollectionPeriod, "collectionEnd">): Date {
  return berlinMidnight(addDays(petition.collectionEnd, 1));
}

/** Statuses in which a petition no longer collects, whatever its period. */
const ENDED_STATUSES = new Set(["closed", "submitted", "decided"]);

export type CollectionPhase =
  | { phase: "notStarted"; startsOn: string }
  | { phase: "open"; daysLeft: number; endsOn: string }
  | { phase: "ended"; endedOn: string };

/**
 * Place a public petition in its period, for the page: not started,
 * open with the calendar days left after today (0 on the last day), or
 * ended. A closed, submitted or decided petition has ended whatever its period.
 */
export function collectionPhase(petition: CollectionPeriod, now: Date): CollectionPhase {
  const today = berlinDate(now);
  if (ENDED_STATUSES.has(petition.status) || today > petition.collectionEnd) {
    return { phase: "ended", endedOn: petition.collectionEnd };
  }
  if (today < petition.collectionStart) return { phase: "notStarted", startsOn: petition.collectionStart };
  return { phase: "open", daysLeft: daysBetween(today, petition.collectionEnd), endsOn: petition.collectionEnd };
}
