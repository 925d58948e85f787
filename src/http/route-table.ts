import { TrieRouter } from "hono/router/trie-router";

/** A setting for one route, named by its method and its Hono path pattern (e.g. /wallet/:id). */
export type RouteRule<T> = { method: "GET" | "POST"; path: string; value: T };

export type RouteMatch<T> = { rule: RouteRule<T>; params: Record<string, string> };

/**
 * Look up per-route settings for middleware that runs before routing, with
 * Hono's own path matching. HEAD requests match GET rules.
 */
export class RouteTable<T> {
  private readonly router = new TrieRouter<RouteRule<T>>();

  constructor(readonly rules: readonly RouteRule<T>[]) {
    for (const rule of rules) this.router.add(rule.method, rule.path, rule);
  }

  match(method: string, path: string): RouteMatch<T> | undefined {
    const [matches] = this.router.match(method === "HEAD" ? "GET" : method, path) as unknown as [[RouteRule<T>, Record<string, string>][]];
    const first = matches[0];
    return first === undefined ? undefined : { rule: first[0], params: first[1] };
  }
}
