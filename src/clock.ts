/** Source of the current time, injected so tests can move it. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stays at the given instant until it is set again. */
export function fixedClock(start: Date): Clock & { set(to: Date): void; advance(ms: number): void } {
  let current = start;
  return {
    now: () => current,
    set: (to) => {
      current = to;
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}
