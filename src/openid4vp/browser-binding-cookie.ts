import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { transactionPagePath } from "./wallet-urls";

const COOKIE_NAME = "mz_wallet";
/** The cookie outlives the transaction by an hour, so the outcome stays visible after it expires. */
export const GRACE_SECONDS = 60 * 60;
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Bind a transaction to the browser that started it. The cookie's path is
 * the transaction's own page, so each transaction has its own token and two
 * transactions of one browser cannot be linked through it. Secure unless the
 * service runs on plain http on this machine, where browsers would drop it.
 */
export function setBrowserBindingCookie(c: Context, publicUrl: string, transactionId: string, token: string, ttlSeconds: number) {
  const url = new URL(publicUrl);
  setCookie(c, COOKIE_NAME, token, {
    path: transactionPagePath(transactionId),
    httpOnly: true,
    sameSite: "Lax",
    secure: !(url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname)),
    maxAge: ttlSeconds + GRACE_SECONDS,
  });
}

export function readBrowserBindingCookie(c: Context): string | undefined {
  return getCookie(c, COOKIE_NAME);
}
