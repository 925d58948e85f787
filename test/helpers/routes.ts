import type { Hono } from "hono";
import type { AppEnv } from "../../src/http/env";

export type AppRoute = { method: "GET" | "POST"; path: string };

/** A UUID that names no row, for route parameters that a test does not care about. */
export const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

/**
 * List the app's routes from its router, once each: Hono lists a route once
 * per handler and middleware, and lists app-wide middleware as ALL.
 */
export function appRoutes(app: Hono<AppEnv>): AppRoute[] {
  const seen = new Map<string, AppRoute>();
  for (const route of app.routes) {
    if (route.method !== "GET" && route.method !== "POST") continue;
    if (route.path.includes("*")) continue;
    seen.set(routeKey(route), { method: route.method, path: route.path });
  }
  return [...seen.values()];
}

export function routeKey(route: { method: string; path: string }): string {
  return `${route.method} ${route.path}`;
}

/** Fill a route pattern's parameters (:id) from `params`, and every other one with UNKNOWN_ID. */
export function concretePath(pattern: string, params: Record<string, string> = {}): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => params[name] ?? UNKNOWN_ID);
}
