import type { StatusListFetcher } from "./status-list";

export type HttpStatusListFetcherOptions = {
  /** Abort a fetch after this many milliseconds. Default 5000. */
  timeoutMs?: number;
  /** Largest response accepted, in bytes. Default 1 MiB. */
  maxBytes?: number;
  /** How long a fetched token is reused, in seconds. Default 300; 0 disables the cache. */
  cacheSeconds?: number;
  /** Accept http:// URIs; only for status lists served on loopback in development and tests. Default false. */
  allowHttp?: boolean;
  /** Clock for the cache, in milliseconds. */
  now?: () => number;
};

const DEFAULTS = { timeoutMs: 5000, maxBytes: 1024 * 1024, cacheSeconds: 300 };
/** Distinct URIs cached before the cache starts over; an issuer usually publishes a handful of lists. */
const MAX_CACHED_URIS = 256;

/**
 * Fetch status list tokens over HTTPS (draft-ietf-oauth-status-list §8.1,
 * Accept: application/statuslist+jwt). Tokens are cached per URI so that a
 * burst of signatures costs one fetch, and concurrent fetches of one URI are
 * shared. Throws on any failure; verification turns that into STATUS_UNAVAILABLE.
 */
export function httpStatusListFetcher(options: HttpStatusListFetcherOptions = {}): StatusListFetcher {
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes;
  const cacheMs = (options.cacheSeconds ?? DEFAULTS.cacheSeconds) * 1000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { token: string; fetchedAt: number }>();
  const inFlight = new Map<string, Promise<string>>();

  return async function fetchStatusList(uri) {
    const url = new URL(uri);
    if (url.protocol !== "https:" && !(options.allowHttp && url.protocol === "http:")) {
      throw new Error(`status list URI must use https: ${url.origin}`);
    }

    const cached = cache.get(uri);
    if (cached !== undefined && now() - cached.fetchedAt < cacheMs) return cached.token;

    let pending = inFlight.get(uri);
    if (pending === undefined) {
      pending = download(url, timeoutMs, maxBytes).finally(() => inFlight.delete(uri));
      inFlight.set(uri, pending);
    }
    const token = await pending;
    if (cacheMs > 0) {
      if (cache.size >= MAX_CACHED_URIS) cache.clear();
      cache.set(uri, { token, fetchedAt: now() });
    }
    return token;
  };
}

async function download(url: URL, timeoutMs: number, maxBytes: number): Promise<string> {
  const response = await fetch(url, {
    headers: { accept: "application/statuslist+jwt" },
    redirect: "error",
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`status list fetch failed with HTTP ${response.status}`);
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new Error(`status list larger than ${maxBytes} bytes`);
  const chunks: Uint8Array[] = [];
  let received = 0;
  for await (const chunk of response.body ?? []) {
    received += chunk.byteLength;
    if (received > maxBytes) throw new Error(`status list larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8").trim();
}
