import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { newSecretToken } from "../openid4vp/secret-token";
import { CHALLENGE_TTL_MS } from "../passkeys/webauthn-challenges";
import { cookiesMustBeSecure } from "./staff-session";

const COOKIE_NAME = "mz_webauthn";

/** Shape of the tokens newSecretToken makes: 32 random bytes in base64url. */
const BROWSER_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Return the token that binds this browser's WebAuthn ceremonies to it: the
 * one in its cookie, or a new one. Every ceremony of the browser shares the
 * token, so a second tab does not end the first one's ceremony.
 */
export function challengeBrowserToken(c: Context): string {
  const existing = getCookie(c, COOKIE_NAME);
  return existing !== undefined && BROWSER_TOKEN.test(existing) ? existing : newSecretToken();
}

/** Put the browser token in the cookie, valid as long as the newest ceremony's challenge. */
export function setChallengeCookie(c: Context, publicUrl: string, browserToken: string) {
  setCookie(c, COOKIE_NAME, browserToken, {
    path: "/",
    httpOnly: true,
    sameSite: "Strict",
    secure: cookiesMustBeSecure(publicUrl),
    maxAge: CHALLENGE_TTL_MS / 1000,
  });
}

/**
 * Read the browser token from the cookie. The cookie stays, because other
 * tabs may still complete their ceremonies; each challenge is used once.
 */
export function readChallengeCookie(c: Context): string | undefined {
  return getCookie(c, COOKIE_NAME);
}
