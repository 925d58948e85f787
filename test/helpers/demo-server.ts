import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { serve } from "@hono/node-server";
import { createApp } from "../../src/app";
import { fixedClock } from "../../src/clock";
import { loadConfig } from "../../src/config";
import { loadDemoIssuer } from "../../src/demo/demo-issuer";
import type { AppDeps } from "../../src/deps";
import { loadVerifierIdentity } from "../../src/openid4vp/load-verifier-identity";
import type { Petition } from "../../src/petitions/queries";
import { createTestDeps } from "./app";
import { noStatusLists } from "./credentials";
import { createTestPetition } from "./petitions";

export type DemoServer = { publicUrl: string; deps: AppDeps; petition: Petition; close: () => Promise<void> };

/**
 * Serve the app in demo mode on an ephemeral loopback port, with the demo
 * issuer trusted and a collecting petition, so the demo wallet fetches and
 * posts over real HTTP. The port is known only once the server listens, and
 * the public URL must name it, so requests get 503 until the app is built.
 */
export async function startDemoServer(): Promise<DemoServer> {
  let handler: (request: Request) => Response | Promise<Response> = () => new Response("starting", { status: 503 });
  const server = serve({ fetch: (request) => handler(request), port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  const publicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mz-demo-test-"));
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, DEMO: "1", PUBLIC_URL: publicUrl });
  const clock = fixedClock(new Date());
  const demoIssuer = await loadDemoIssuer(config);
  const deps = await createTestDeps({
    config,
    clock,
    trustList: { issuers: [demoIssuer.trustedIssuer] },
    fetchStatusList: noStatusLists,
    verifierIdentity: await loadVerifierIdentity(config, clock.now()),
  });
  const petition = await createTestPetition(deps.database, { now: clock.now() });
  const app = createApp(deps);
  handler = (request) => app.fetch(request);

  const close = async () => {
    await new Promise((resolve) => server.close(resolve));
    await deps.database.close();
  };
  return { publicUrl, deps, petition, close };
}
