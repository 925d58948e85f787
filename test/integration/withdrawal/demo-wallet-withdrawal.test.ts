import { afterAll, beforeAll, expect, it } from "vitest";
import type { AppDeps } from "../../../src/deps";
import type { Petition } from "../../../src/petitions/queries";
import { type DemoServer, startDemoServer } from "../../helpers/demo-server";
import { countSignaturesEveryWay } from "../../helpers/withdrawal";

/**
 * Signing and then withdrawing with the demo wallet against a real HTTP
 * server on an ephemeral loopback port, as a tester does in demo mode.
 */
let publicUrl: string;
let petition: Petition;
let deps: AppDeps;
let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemoServer();
  ({ publicUrl, petition, deps } = demo);
});

afterAll(async () => {
  await demo.close();
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
