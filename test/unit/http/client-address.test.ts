import { describe, expect, it } from "vitest";
import { clientAddressOf } from "../../../src/http/client-address";

describe("clientAddressOf", () => {
  it("takes the socket address without trusted proxies", () => {
    expect(clientAddressOf("192.0.2.7", "198.51.100.1", 0)).toBe("192.0.2.7");
  });

  it("takes the entry the trusted proxy appended", () => {
    expect(clientAddressOf("10.0.0.2", "203.0.113.9, 198.51.100.1", 1)).toBe("198.51.100.1");
  });

  it("skips as many entries as proxies are trusted", () => {
    expect(clientAddressOf("10.0.0.2", "203.0.113.9, 198.51.100.1, 10.0.0.1", 2)).toBe("198.51.100.1");
  });

  it("takes the leftmost entry when the chain is shorter", () => {
    expect(clientAddressOf("10.0.0.2", "198.51.100.1", 3)).toBe("198.51.100.1");
  });

  it("falls back to the socket without the header", () => {
    expect(clientAddressOf("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
  });

  it("falls back to the socket for a forwarded value that is no address", () => {
    expect(clientAddressOf("10.0.0.2", "evil<script>", 1)).toBe("10.0.0.2");
  });

  it("keys an IPv6 address by its /64 prefix", () => {
    expect(clientAddressOf("2001:db8:0a:b::1", undefined, 0)).toBe("2001:db8:a:b::/64");
    expect(clientAddressOf("2001:DB8:A:B:1:2:3:4", undefined, 0)).toBe("2001:db8:a:b::/64");
    expect(clientAddressOf("::1", undefined, 0)).toBe("0:0:0:0::/64");
  });

  it("reads IPv4-mapped IPv6 as IPv4", () => {
    expect(clientAddressOf("::ffff:192.0.2.7", undefined, 0)).toBe("192.0.2.7");
  });

  it("names requests without a socket unknown", () => {
    expect(clientAddressOf(undefined, undefined, 0)).toBe("unknown");
  });
});
