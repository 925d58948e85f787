/**
 * Counts events per key (a client address, a transaction) in fixed windows,
 * in this process's memory. At most `maxKeys` windows are kept: windows sit
 * in the order they started, so ended ones are dropped first and, when all
 * are current, the oldest. A client that floods the table with new keys can
 * therefore reset other clients' counts, but memory stays bounded.
 * NOTE: several server instances each keep their own counts.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    readonly maxEvents: number,
    readonly windowMs: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Seconds until the key may act again, or 0 when it may act now. */
  retryAfterSeconds(key: string, now: Date): number {
    const window = this.current(key, now.getTime());
    if (window === undefined || window.count < this.maxEvents) return 0;
    return Math.max(1, Math.ceil((window.startedAt + this.windowMs - now.getTime()) / 1000));
  }

  record(key: string, now: Date): void {
    const nowMs = now.getTime();
    const window = this.current(key, nowMs);
    if (window !== undefined) {
      window.count += 1;
      return;
    }
    this.makeRoom(nowMs);
    this.windows.set(key, { startedAt: nowMs, count: 1 });
  }

  /** Record the event unless the key is over its limit; returns the seconds to wait, 0 when recorded. */
  take(key: string, now: Date): number {
    const retryAfter = this.retryAfterSeconds(key, now);
    if (retryAfter === 0) this.record(key, now);
    return retryAfter;
  }

  get trackedKeys(): number {
    return this.windows.size;
  }

  private current(key: string, nowMs: number) {
    const window = this.windows.get(key);
    if (window === undefined) return undefined;
    if (nowMs >= window.startedAt + this.windowMs) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private makeRoom(nowMs: number): void {
    if (this.windows.size < this.maxKeys) return;
    for (const [key, window] of this.windows) {
      const ended = nowMs >= window.startedAt + this.windowMs;
      if (!ended && this.windows.size < this.maxKeys) break;
      this.windows.delete(key);
    }
  }
}
