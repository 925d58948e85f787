import http from "node:http";

/** One prepared wallet response: where to post it and the form body. */
export type LoadItem = { transactionId: string; path: string; body: Buffer };

/** The fate of one request. Times are performance.now() milliseconds in the load generator. */
export type RequestRecord = {
  transactionId: string;
  /** When the request was due: the send time in a closed loop, the scheduled time in an open loop. */
  dueMs: number;
  endMs: number;
  /** HTTP status, or 0 when no response came (connection error or timeout). */
  status: number;
  body: string;
};

const REQUEST_TIMEOUT_MS = 60_000;

/** A keep-alive HTTP client for one loopback port. */
export class LoadClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly port: number,
    maxSockets: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  /** POST a form body; resolves with the status and body, or status 0 when the request failed. */
  post(item: LoadItem, dueMs: number): Promise<RequestRecord> {
    return new Promise((resolve) => {
      const finish = (status: number, body: string) =>
        resolve({ transactionId: item.transactionId, dueMs, endMs: performance.now(), status, body });
      const request = http.request(
        {
          agent: this.agent,
          host: "127.0.0.1",
          port: this.port,
          method: "POST",
          path: item.path,
          headers: { "content-type": "application/x-www-form-urlencoded", "content-length": item.body.length },
          timeout: REQUEST_TIMEOUT_MS,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => finish(response.statusCode ?? 0, Buffer.concat(chunks).toString("utf8")));
          response.on("error", (error) => finish(0, error.message));
        },
      );
      request.on("timeout", () => request.destroy(new Error("timed out")));
      request.on("error", (error) => finish(0, error.message));
      request.end(item.body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * Closed loop: `concurrency` senders each post the next item as soon as their
 * previous response arrived, until `seconds` have passed or the items run out.
 */
export async function runClosedLoop(
  client: LoadClient,
  items: readonly LoadItem[],
  options: { concurrency: number; seconds: number },
): Promise<{ records: RequestRecord[]; elapsedMs: number; exhausted: boolean }> {
  const records: RequestRecord[] = [];
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  let next = 0;

  async function sender(): Promise<void> {
    while (next < items.length && performance.now() < deadline) {
      const item = items[next++]!;
      records.push(await client.post(item, performance.now()));
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, sender));
  return { records, elapsedMs: performance.now() - started, exhausted: next >= items.length };
}

/**
 * Open loop: item i is due at start + i / rate, whether or not earlier
 * responses have arrived, and its latency counts from that due time, so a
 * stalled server shows up in the latencies instead of slowing the senders
 * down (no coordinated omission). Waits for every response.
 */
export async function runOpenLoop(
  client: LoadClient,
  items: readonly LoadItem[],
  options: { rate: number; seconds: number },
): Promise<{ records: RequestRecord[]; sendLagMs: number }> {
  const count = Math.min(items.length, Math.round(options.rate * options.seconds));
  const intervalMs = 1000 / options.rate;
  const pending: Promise<RequestRecord>[] = [];
  const start = performance.now() + 20;
  let maxLagMs = 0;

  await new Promise<void>((resolve) => {
    let next = 0;
    const sendDue = () => {
      const now = performance.now();
      while (next < count && start + next * intervalMs <= now) {
        const dueMs = start + next * intervalMs;
        maxLagMs = Math.max(maxLagMs, now - dueMs);
        pending.push(client.post(items[next]!, dueMs));
        next++;
      }
      if (next < count) setTimeout(sendDue, 1);
      else resolve();
    };
    setTimeout(sendDue, 1);
  });
  return { records: await Promise.all(pending), sendLagMs: maxLagMs };
}
