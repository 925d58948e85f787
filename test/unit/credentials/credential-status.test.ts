import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCompactJws } from "../../../src/credentials/compact-jws";
import { KOMMPASS_VCT } from "../../../src/credentials/credential-types";
import { importPublicJwk, verifyJwsSignature } from "../../../src/credentials/signature-algorithms";
import type { StatusListFetcher } from "../../../src/credentials/status-list";
import { httpStatusListFetcher } from "../../../src/credentials/status-list-fetcher";
import { decodeStatusList, statusAt } from "../../../src/credentials/token-status-list";
import { verifyPresentation } from "../../../src/credentials/verify-presentation";
import { findDemoResident } from "../../../src/demo/demo-residents";
import {
  createTestIssuer,
  generateTestKey,
  issueKommPass,
  presentCredential,
  statusListToken,
  TEST_AUDIENCE,
  TEST_NONCE,
  trustListOf,
  type TestIssuer,
  type TestKey,
} from "../../helpers/credentials";

const NOW = new Date("2026-03-02T10:00:00Z");
const LIST_URI = "https://status.example.test/lists/7";
const VECTORS = new URL("../../fixtures/vectors/", import.meta.url);

let issuer: TestIssuer;
let holder: TestKey;

beforeAll(async () => {
  issuer = await createTestIssuer({ vct: [KOMMPASS_VCT] });
  holder = generateTestKey();
});

async function presentationWithStatus(idx: number): Promise<string> {
  const resident = findDemoResident("zofia-wisniewska", NOW)!;
  const issued = await issueKommPass(issuer, resident, { holder, now: NOW, payload: { status: { status_list: { idx, uri: LIST_URI } } } });
  return presentCredential(issued, { holder, now: NOW });
}

function verifyWith(presentation: string, fetchStatusList: StatusListFetcher, list = trustListOf(issuer)) {
  return verifyPresentation(
    presentation,
    { nonce: TEST_NONCE, audience: TEST_AUDIENCE, acceptedCredentialTypes: [KOMMPASS_VCT], now: NOW },
    { trustList: list, fetchStatusList },
  );
}

function serving(token: string): StatusListFetcher {
  return async (uri) => {
    if (uri !== LIST_URI) throw new Error(`unexpected URI ${uri}`);
    return token;
  };
}

describe("status list check", () => {
  it("accepts status 0", async () => {
    const token = await statusListToken(issuer, { uri: LIST_URI, statuses: [1, 0, 1, 1], now: NOW });
    expect((await verifyWith(await presentationWithStatus(1), serving(token))).ok).toBe(true);
  });

  it("rejects a revoked credential", async () => {
    const token = await statusListToken(issuer, { uri: LIST_URI, statuses: [0, 0, 0, 1], now: NOW });
    expect(await verifyWith(await presentationWithStatus(3), serving(token))).toEqual({ ok: false, error: "REVOKED" });
  });

  it("rejects a suspended credential (2-bit list)", async () => {
    const token = await statusListToken(issuer, { uri: LIST_URI, statuses: [0, 2, 0], bits: 2, now: NOW });
    expect(await verifyWith(await presentationWithStatus(1), serving(token))).toEqual({ ok: false, error: "REVOKED" });
  });

  it("reports a failed fetch as unavailable", async () => {
    const failing: StatusListFetcher = async () => {
      throw new Error("connection refused");
    };
    expect(await verifyWith(await presentationWithStatus(0), failing)).toEqual({ ok: false, error: "STATUS_UNAVAILABLE" });
  });

  it("rejects a list signed by another key", async () => {
    const other = await createTestIssuer({ vct: [KOMMPASS_VCT] });
    const token = await statusListToken(other, { uri: LIST_URI, statuses: [0], now: NOW, header: { kid: issuer.kid } });
    expect(await verifyWith(await presentationWithStatus(0), serving(token))).toEqual({ ok: false, error: "STATUS_UNAVAILABLE" });
  });

  it("rejects a list for another URI", async () => {
    const token = await statusListToken(issuer, { uri: "https://status.example.test/lists/8", statuses: [0], now: NOW });
    expect(await verifyWith(await presentationWithStatus(0), serving(token))).toEqual({ ok: false, error: "STATUS_UNAVAILABLE" });
  });

  it("rejects an expired list", async () => {
    const token = await statusListToken(issuer, { uri: LIST_URI, statuses: [0], now: NOW, payload: { exp: Math.floor(NOW.getTime() / 1000) - 10 } });
    expect(await verifyWith(await presentationWithStatus(0), serving(token))).toEqual({ ok: false, error: "STATUS_UNAVAILABLE" });
  });

  it("rejects a token without typ statuslist+jwt", async () => {
    const token = await statusListToken(issuer, { uri: LIST_URI, statuses: [0], now: NOW, header: { typ: "JWT" } });
    expect(await verifyWith(await presentationWithStatus(0), serving(token))).toEqual({ ok: false, error: "STATUS_UNAVAILABLE" });
  });

  it("fetches no list for a forged credential", async () => {
    const forger = await createTestIssuer({ vct: [KOMMPASS_VCT] });
    const resident = findDemoResident("zofia-wisniewska", NOW)!;
    const issued = await issueKommPass(forger, resident, {
      holder,
      now: NOW,
      header: { kid: issuer.kid },
      payload: { iss: issuer.iss, status: { status_list: { idx: 0, uri: LIST_URI } } },
    });
    const fetched: string[] = [];
    const recording: StatusListFetcher = async (uri) => {
      fetched.push(uri);
      throw new Error("no list served");
    };
    expect(await verifyWith(await presentCredential(issued, { holder, now: NOW }), recording)).toEqual({ ok: false, error: "SIGNATURE_INVALID" });
    expect(fetched).toEqual([]);
  });

  it("rejects an index beyond the list", async () => {
    const token = await statusListToken(issuer, { uri: LIST_URI, statuses: [0, 0], now: NOW });
    expect(await verifyWith(await presentationWithStatus(4000), serving(token))).toEqual({ ok: false, error: "STATUS_UNAVAILABLE" });
  });
});

describe("published status list example", () => {
  const token = readFileSync(new URL("status-list-example.statuslist-jwt.txt", VECTORS), "utf8").trim();
  const keys = JSON.parse(readFileSync(new URL("keys.json", VECTORS), "utf8")) as Record<string, { publicJwk: unknown }>;

  it("verifies with the published key", () => {
    const jws = parseCompactJws(token)!;
    expect(jws.header.typ).toBe("statuslist+jwt");
    const key = importPublicJwk(keys["status-list-example-key"]!.publicJwk)!;
    expect(verifyJwsSignature("ES256", key, jws.signingInput, jws.signature)).toBe(true);
  });

  it("decodes indices 0 to 15", () => {
    const list = decodeStatusList(parseCompactJws(token)!.payload.status_list)!;
    const statuses = Array.from({ length: 16 }, (_, idx) => statusAt(list, idx)).join("");
    expect(statuses).toBe("1001110111000101");
  });
});

describe("httpStatusListFetcher", () => {
  let server: Server;
  let base: string;
  let requests = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests += 1;
      if (request.url === "/lists/1") {
        response.writeHead(200, { "content-type": "application/statuslist+jwt" });
        response.end("header.payload.signature\n");
      } else if (request.url === "/huge") {
        response.writeHead(200, { "content-type": "application/statuslist+jwt" });
        response.end("x".repeat(4096));
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("fetches, trims and caches a token", async () => {
    const fetcher = httpStatusListFetcher({ allowHttp: true });
    const before = requests;
    expect(await fetcher(`${base}/lists/1`)).toBe("header.payload.signature");
    expect(await fetcher(`${base}/lists/1`)).toBe("header.payload.signature");
    expect(requests - before).toBe(1);
  });

  it("refuses http without allowHttp", async () => {
    await expect(httpStatusListFetcher()(`${base}/lists/1`)).rejects.toThrow(/https/);
  });

  it("fails on HTTP errors", async () => {
    await expect(httpStatusListFetcher({ allowHttp: true })(`${base}/missing`)).rejects.toThrow(/404/);
  });

  it("fails on an oversized response", async () => {
    await expect(httpStatusListFetcher({ allowHttp: true, maxBytes: 1024 })(`${base}/huge`)).rejects.toThrow(/larger/);
  });
});
