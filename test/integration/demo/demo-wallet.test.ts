import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Petition } from "../../../src/petitions/queries";
import { type DemoServer, startDemoServer } from "../../helpers/demo-server";

/**
 * The demo wallet against a real HTTP server on an ephemeral loopback port:
 * it fetches the request object and posts the response over HTTP, and the
 * browser steps go over HTTP too.
 */
describe("demo wallet over HTTP", () => {
  let publicUrl: string;
  let petition: Petition;
  let demo: DemoServer;

  beforeAll(async () => {
    demo = await startDemoServer();
    ({ publicUrl, petition } = demo);
  });

  afterAll(async () => {
    await demo.close();
  });

  /** Start signing as a browser: the transaction page and the browser's cookie. */
  async function startInBrowser() {
    const started = await fetch(`${publicUrl}/petitionen/${petition.id}/wallet`, { method: "POST", redirect: "manual", headers: { Origin: publicUrl } });
    expect(started.status).toBe(303);
    const cookie = /mz_wallet=[^;]+/.exec(started.headers.get("set-cookie") ?? "")![0];
    const transactionPath = started.headers.get("location")!;
    const page = await (await fetch(`${publicUrl}${transactionPath}`, { headers: { cookie } })).text();
    const demoLink = /href="(\/demo\/wallet\?[^"]+)"/.exec(page)![1]!.replaceAll("&amp;", "&");
    return { cookie, transactionPath, demoLink };
  }

  async function chooseInDemoWallet(demoLink: string, field: Record<string, string>) {
    const query = new URL(`${publicUrl}${demoLink}`).searchParams;
    return fetch(`${publicUrl}/demo/wallet`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: publicUrl },
      body: new URLSearchParams({ client_id: query.get("client_id")!, request_uri: query.get("request_uri")!, ...field }).toString(),
    });
  }

  it("shows Demo and the made-up residents", async () => {
    const { demoLink } = await startInBrowser();
    const page = await fetch(`${publicUrl}${demoLink}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("Demo – dieses Wallet enthält nur Nachweise erfundener Personen");
    expect(html).toContain("Käthe Luise Großmann");
  });

  it("signs and returns the browser to the outcome", async () => {
    const { cookie, demoLink } = await startInBrowser();

    const presented = await chooseInDemoWallet(demoLink, { resident: "kaethe-grossmann" });
    expect(presented.status).toBe(303);
    const redirectUri = presented.headers.get("location")!;
    expect(redirectUri.startsWith(`${publicUrl}/wallet/`)).toBe(true);

    const outcome = await fetch(redirectUri, { headers: { cookie } });
    const html = await outcome.text();
    expect(outcome.status).toBe(200);
    expect(html).toContain("Ihre Unterschrift ist gezählt");
    expect(html).toMatch(/class="wallet-receipt"><code>[A-Z0-9-]+<\/code>/);
  });

  it("shows the under-age rejection", async () => {
    const { cookie, demoLink } = await startInBrowser();
    const presented = await chooseInDemoWallet(demoLink, { resident: "leonie-schaefer" });
    const outcome = await fetch(presented.headers.get("location")!, { headers: { cookie } });
    expect(await outcome.text()).toContain("Sie haben das Mindestalter noch nicht erreicht");
  });

  it("records a declined request as access_denied", async () => {
    const { cookie, demoLink } = await startInBrowser();
    const presented = await chooseInDemoWallet(demoLink, { decline: "1" });
    const outcome = await fetch(presented.headers.get("location")!, { headers: { cookie } });
    expect(await outcome.text()).toContain("Ihr Wallet hat keinen Nachweis gesendet");
  });

  it("refuses a request_uri of another host", async () => {
    const response = await fetch(`${publicUrl}/demo/wallet`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: publicUrl },
      body: new URLSearchParams({ client_id: "x509_hash:abc", request_uri: "http://127.0.0.2:1/openid4vp/request/x", resident: "kaethe-grossmann" }).toString(),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("fremde Adresse");
  });
});
