import { Hono } from "hono";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";

export function demoRoutes(_deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  return routes;
}
