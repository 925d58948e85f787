import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import { fixedClock } from "../../../src/clock";
import { loadConfig } from "../../../src/config";
import { loadDemoIssuer } from "../../../src/demo/demo-issuer";
import type { AppDeps } from "../../../src/deps";
import { loadVerifierIdentity } from "../../../src/openid4vp/load-verifier-identity";
import type { Petition } from "../../../src/petitions/queries";
import { createTestDeps } from "../../helpers/app";
import { noStatusLists } from "../../helpers/credentials";
import { createTestPetition } from "../../helpers/petitions";
import { countSignaturesEveryWay } from "../../helpers/withdrawal";

/**
 * Signing and then withdrawing with the demo wallet against a real HTTP
 * server on an ephemeral loopback port, as a tester does in demo mode.
 */
let server: ServerType;
let publicUrl: string;
let petition: Petition;
let deps: AppDeps;

beforeAll(async () => {
  let handler: (request: Request) => Response | Promise<Response> = () => new Response("starting", { status: 503 });
  server = serve({ fetch: (request) => handler(request), port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  publicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mz-demo-withdrawal-test-"));
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, DEMO: "1", PUBLIC_URL: publicUrl });
  const clock = fixedClock(new Date());
  const demoIssuer = await loadDemoIssuer(config);
  deps = await createTestDeps({
    config,
    clock,
    trustList: { issuers: [demoIssuer.trustedIssuer] },
    fetchStatusList: noStatusLists,
    verifierIdentity: await loadVerifierIdentity(config, clock.now()),
  });
  petition = await createTestPetition(deps.database, { now: clock.now() });
  const app = createApp(deps);
  handler = (request) => app.fetch(request);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await deps.database.close();
});

/** Press a wallet button in the browser, present Käthe's KommPass in the demo wallet and open the page it returns to. */
async function presentAsKaethe(startPath: string): Promise<{ status: number; html: string }> {
  const started = await fetch(`${publicUrl}${startPath}`, { method: "POST", redirect: "manual", headers: { Origin: publicUrl } });
  expect(started.status).toBe(303);
  const cookie = /mz_wallet=[^;]+/.exec(started.headers.get("set-cookie") ?? "")![0];
  const page = await (await fetch(`${publicUrl}${started.headers.get("location")!}`, { headers: { cookie } })).text();
  const demoLink = /href="(\/demo\/wallet\?[^"]+)"/.exec(page)![1]!.replaceAll("&amp;", "&");

  const query = new URL(`${publicUrl}${demoLink}`).searchParams;
  const presented = await fetch(`${publicUrl}/demo/wallet`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: publicUrl },
    body: new URLSearchParams({ client_id: query.get("client_id")!, request_uri: query.get("request_uri")!, resident: "kaethe-grossmann" }).toString(),
  });
  expect(presented.status).toBe(303);
  const outcome = await fetch(presented.headers.get("location")!, { headers: { cookie } });
  return { status: outcome.status, html: await outcome.text() };
}

it("signs and withdraws with the demo wallet", async () => {
  const signed = await presentAsKaethe(`/petitionen/${petition.id}/wallet`);
  expect(signed.html).toContain("Ihre Unterschrift ist gezählt");

  const withdrawn = await presentAsKaethe(`/petitionen/${petition.id}/ruecknahme/wallet`);
  expect(withdrawn.status).toBe(200);
  expect(withdrawn.html).toContain("Ihre Unterschrift ist zurückgezogen");

  const again = await presentAsKaethe(`/petitionen/${petition.id}/ruecknahme/wallet`);
  expect(again.html).toContain("Keine Unterschrift zum Zurückziehen");

  const counts = await countSignaturesEveryWay(deps, petition.id);
  expect(counts).toMatchObject({ rows: 0, totals: 0, daily: 0, replayed: 0, problems: [] });
  expect(counts.entriesByKind).toEqual({ signed: 1, withdrawn: 1 });
});
