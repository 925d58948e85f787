import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { CHALLENGE_TTL_MS } from "../passkeys/webauthn-challenges";
import { cookiesMustBeSecure } from "./staff-session";

const COOKIE_NAME = "mz_webauthn";

/** Bind an open WebAuthn ceremony to this browser; a new ceremony replaces the previous cookie. */
export function setChallengeCookie(c: Context, publicUrl: string, browserToken: string) {
  setCookie(c, COOKIE_NAME, browserToken, {
    path: "/",
    httpOnly: true,
    sameSite: "Strict",
    secure: cookiesMustBeSecure(publicUrl),
    maxAge: CHALLENGE_TTL_MS / 1000,
  });
}

/** Read the ceremony cookie and clear it, since each challenge is used once. */
export function takeChallengeCookie(c: Context, publicUrl: string): string | undefined {
  const token = getCookie(c, COOKIE_NAME);
  if (token !== undefined) deleteCookie(c, COOKIE_NAME, { path: "/", secure: cookiesMustBeSecure(publicUrl) });
  return token;
}
