import { Hono } from "hono";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";

export function walletRoutes(_deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  return routes;
}
