import type { Context } from "hono";
import { sealedCookie } from "./sealed-cookie";

/** Seconds a notice waits for the page it belongs to. The redirect after a POST takes far less. */
const FLASH_MAX_AGE_SECONDS = 60;

/**
 * A notice that a POST handler leaves for the page it redirects to, shown
 * once. It travels in a sealed cookie, so a link cannot make a page show a
 * notice of a change that never happened, as a query parameter could. The
 * notice contains codes and ids, and the page words it in its own locale.
 */
export type FlashNotice<Notice> = {
  set(c: Context, path: string, notice: Notice, now: Date): void;
  /** Read and clear the notice; undefined when there is none, or when it was left for another path. */
  take(c: Context, path: string, now: Date): Notice | undefined;
};

export function flashNotice<Notice>(options: { name: string; serverSecret: Buffer; publicUrl: string }): FlashNotice<Notice> {
  const cookie = sealedCookie<{ path: string; notice: Notice }>({ ...options, maxAgeSeconds: FLASH_MAX_AGE_SECONDS });
  return {
    set(c, path, notice, now) {
      cookie.set(c, { path, notice }, now);
    },
    take(c, path, now) {
      const flash = cookie.read(c, now, { take: true });
      return flash?.path === path ? flash.notice : undefined;
    },
  };
}
