import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { cookiesMustBeSecure } from "./staff-session";

/**
 * Short-lived cookies whose value the server wrote and signed: JSON in
 * base64url, a dot, and an HMAC-SHA-256 under a key derived from the server
 * secret for the cookie's name. The browser can read but not change them,
 * and each carries its own expiry. Nothing in them is stored server-side.
 */
export type SealedCookie<Payload> = {
  set(c: Context, payload: Payload, now: Date): void;
  /** Read and verify the cookie; undefined when missing, altered or expired. The cookie is cleared when `take` is true. */
  read(c: Context, now: Date, options?: { take?: boolean }): Payload | undefined;
  clear(c: Context): void;
};

export function sealedCookie<Payload>(options: { name: string; maxAgeSeconds: number; serverSecret: Buffer; publicUrl: string }): SealedCookie<Payload> {
  const key = Buffer.from(hkdfSync("sha256", options.serverSecret, Buffer.alloc(0), `sealed-cookie:${options.name}`, 32));
  const secure = cookiesMustBeSecure(options.publicUrl);
  const mac = (body: string) => createHmac("sha256", key).update(body, "utf8").digest("base64url");

  function clear(c: Context) {
    deleteCookie(c, options.name, { path: "/", secure });
  }

  return {
    set(c, payload, now) {
      const body = Buffer.from(JSON.stringify({ payload, expiresAt: now.getTime() + options.maxAgeSeconds * 1000 }), "utf8").toString("base64url");
      setCookie(c, options.name, `${body}.${mac(body)}`, { path: "/", httpOnly: true, sameSite: "Strict", secure, maxAge: options.maxAgeSeconds });
    },
    read(c, now, readOptions = {}) {
      const value = getCookie(c, options.name);
      if (value === undefined) return undefined;
      if (readOptions.take) clear(c);
      const [body = "", signature = ""] = value.split(".");
      const expected = Buffer.from(mac(body), "utf8");
      const presented = Buffer.from(signature, "utf8");
      if (expected.length !== presented.length || !timingSafeEqual(expected, presented)) return undefined;
      try {
        const decoded = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as { payload: Payload; expiresAt: number };
        return decoded.expiresAt > now.getTime() ? decoded.payload : undefined;
      } catch {
        return undefined;
      }
    },
    clear,
  };
}
