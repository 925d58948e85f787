import { isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./env";

/** Client key of requests without a socket, as app.request makes them in tests. */
export const UNKNOWN_CLIENT = "unknown";

/**
 * Set c.var.clientAddress, the key that rate limits count by. It is the
 * socket's address unless `trustProxyHops` proxies are configured: then it
 * is the X-Forwarded-For entry that the outermost trusted proxy appended.
 * Entries further left come from the client and could be forged.
 */
export function clientAddressMiddleware(trustProxyHops: number) {
  return createMiddleware<AppEnv>(async function clientAddress(c, next) {
    c.set("clientAddress", clientAddressOf(socketAddress(c), c.req.header("x-forwarded-for"), trustProxyHops));
    await next();
  });
}

/**
 * Pick the client's address from the socket and X-Forwarded-For, trusting
 * the last `trustProxyHops` hops. An IPv6 client is keyed by its /64
 * prefix, because one subscriber usually holds a whole /64.
 */
export function clientAddressOf(socket: string | undefined, forwardedFor: string | undefined, trustProxyHops: number): string {
  const hops = forwardedFor === undefined ? [] : forwardedFor.split(",").map((entry) => entry.trim()).filter((entry) => entry.length > 0);
  const chain = [...hops, socket ?? UNKNOWN_CLIENT];
  const chosen = trustProxyHops === 0 ? chain[chain.length - 1] : (chain[chain.length - 1 - trustProxyHops] ?? chain[0]);
  const address = chosen !== undefined && isIP(withoutZone(chosen)) !== 0 ? chosen : socket;
  return address === undefined ? UNKNOWN_CLIENT : clientKeyOf(address);
}

function socketAddress(c: Context<AppEnv>): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

function withoutZone(address: string): string {
  const zone = address.indexOf("%");
  return zone === -1 ? address : address.slice(0, zone);
}

function clientKeyOf(address: string): string {
  const plain = withoutZone(address).toLowerCase();
  if (isIP(plain) !== 6) return plain;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped?.[1] !== undefined) return mapped[1];
  return `${ipv6Groups(plain).slice(0, 4).join(":")}::/64`;
}

/** Expand an IPv6 address into its eight groups, without leading zeros. */
function ipv6Groups(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === undefined || tail === "" ? [] : tail.split(":");
  const zeros = Array.from({ length: Math.max(0, 8 - headGroups.length - tailGroups.length) }, () => "0");
  const groups = tail === undefined ? headGroups : [...headGroups, ...zeros, ...tailGroups];
  return groups.map((group) => (group.includes(".") ? group : Number.parseInt(group, 16).toString(16)));
}
