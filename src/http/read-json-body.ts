import type { Context } from "hono";

/** Parse the request body as JSON; undefined when it is not JSON. The app-wide body limit applies before this. */
export async function readJsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}
