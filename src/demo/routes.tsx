import { Hono } from "hono";
import { DemoWalletMessage, DemoWalletPage } from "../../views/demo/wallet-page";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { renderPage } from "../http/render";
import { createDemoHolderKeys } from "./demo-holder-keys";
import { type DemoIssuer, loadDemoIssuer } from "./demo-issuer";
import { demoResidents } from "./demo-residents";
import { presentWithDemoWallet } from "./present-with-demo-wallet";

/**
 * Build the demo wallet routes, which app.ts mounts under /demo in demo mode
 * only. The holder keys live as long as this app instance.
 */
export function demoRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const holderKeys = createDemoHolderKeys();
  let demoIssuer: Promise<DemoIssuer> | undefined;
  const issuer = () => (demoIssuer ??= loadDemoIssuer(deps.config));

  routes.get("/wallet", (c) => {
    const t = c.get("t");
    const clientId = c.req.query("client_id");
    const requestUri = c.req.query("request_uri");
    const request = clientId && requestUri ? { clientId, requestUri } : undefined;
    return renderPage(
      c,
      { title: t.demo.wallet.title },
      <DemoWalletPage t={t} residents={demoResidents(deps.clock.now())} request={request} />,
    );
  });

  routes.post("/wallet", async (c) => {
    const t = c.get("t");
    const form = await c.req.parseBody();
    const clientId = typeof form.client_id === "string" ? form.client_id : "";
    const requestUri = typeof form.request_uri === "string" ? form.request_uri : "";
    const choice = form.decline === "1" ? { decline: true as const } : { residentId: typeof form.resident === "string" ? form.resident : "" };

    const presented = await presentWithDemoWallet(
      {
        config: deps.config,
        clock: deps.clock,
        log: c.get("log"),
        demoIssuer: await issuer(),
        holderKeys,
        trustAnchor: deps.verifierIdentity.trustAnchor,
      },
      { clientId, requestUri, choice },
    );
    if (!presented.ok) {
      const body = t.demo.wallet.errors[presented.error];
      return renderPage(c, { title: t.demo.wallet.errorTitle, status: 400 }, <DemoWalletMessage t={t} title={t.demo.wallet.errorTitle} body={body} />);
    }
    if (presented.value.redirectUri !== undefined) return c.redirect(presented.value.redirectUri, 303);
    return renderPage(c, { title: t.demo.wallet.sentTitle }, <DemoWalletMessage t={t} title={t.demo.wallet.sentTitle} body={t.demo.wallet.sentBody} />);
  });

  return routes;
}
