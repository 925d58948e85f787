/**
 * Weight of the newest request duration in the moving average. About the
 * last 20 requests dominate, so the average follows a queue that builds up
 * within a fraction of a second under load.
 */
const SMOOTHING = 0.05;

export type AdmissionGateOptions = {
  /** Requests in flight above which every new one is shed. */
  maxInFlight: number;
  /** Average request duration in milliseconds above which new requests are shed. */
  maxAverageMs: number;
  /** Requests in flight below which every new one is admitted, so the average can recover once the queue has drained. */
  minInFlightToShed: number;
  /** How late the event loop lately ran its callbacks, in milliseconds, and the delay above which new requests are shed. */
  eventLoopDelayMs?: () => number;
  maxEventLoopDelayMs?: number;
};

/**
 * Decide whether to admit a request. It is shed when too many are in flight,
 * when requests have lately taken longer than maxAverageMs because they wait
 * in a queue such as a slow database's, or when the event loop runs its
 * callbacks late. The last covers PGlite, whose queries run on the main thread: there
 * requests wait in the socket backlog before any middleware runs, so neither
 * the in-flight count nor the measured durations show the queue.
 */
export class AdmissionGate {
  private inFlight = 0;
  private averageMs = 0;

  constructor(private readonly options: AdmissionGateOptions) {}

  /** Admit a request and count it in flight, or return false to shed it. */
  tryAdmit(): boolean {
    const { maxInFlight, maxAverageMs, minInFlightToShed } = this.options;
    if (this.inFlight >= maxInFlight) return false;
    if (this.inFlight >= minInFlightToShed) {
      if (this.averageMs > maxAverageMs) return false;
      const { eventLoopDelayMs, maxEventLoopDelayMs } = this.options;
      if (eventLoopDelayMs !== undefined && maxEventLoopDelayMs !== undefined && eventLoopDelayMs() > maxEventLoopDelayMs) return false;
    }
    this.inFlight += 1;
    return true;
  }

  /** Count an admitted request as finished after durationMs. */
  finish(durationMs: number): void {
    this.inFlight -= 1;
    this.averageMs = this.averageMs === 0 ? durationMs : this.averageMs + SMOOTHING * (durationMs - this.averageMs);
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }
}
