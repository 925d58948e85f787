import type { Context } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";

/**
 * Counts failures per client in fixed windows, in this process's memory.
 * NOTE: several instances each keep their own count, and behind a reverse
 * proxy every client has the proxy's address, so the limit then applies to
 * all clients together. The per-code limit in the database still holds.
 */
export class AttemptLimiter {
  private readonly windows = new Map<string, { startedAt: number; failures: number }>();

  constructor(
    readonly maxFailures: number,
    readonly windowMs: number,
    /** Clients remembered at most; the oldest windows are dropped beyond it. */
    private readonly maxClients = 10_000,
  ) {}

  /** Seconds until the client may try again, or 0 when it may try now. */
  retryAfterSeconds(client: string, now: Date): number {
    const window = this.current(client, now);
    if (window === undefined || window.failures < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((window.startedAt + this.windowMs - now.getTime()) / 1000));
  }

  recordFailure(client: string, now: Date): void {
    const window = this.current(client, now);
    if (window !== undefined) {
      window.failures += 1;
      return;
    }
    if (this.windows.size >= this.maxClients) {
      const oldest = this.windows.keys().next().value;
      if (oldest !== undefined) this.windows.delete(oldest);
    }
    this.windows.set(client, { startedAt: now.getTime(), failures: 1 });
  }

  private current(client: string, now: Date) {
    const window = this.windows.get(client);
    if (window === undefined) return undefined;
    if (now.getTime() >= window.startedAt + this.windowMs) {
      this.windows.delete(client);
      return undefined;
    }
    return window;
  }
}

/** The client's IP address from the socket; "unknown" where there is none (requests made in process, as in tests). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}
