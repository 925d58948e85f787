import { type Context, Hono } from "hono";
import { MessagePage } from "../../views/wallet/message-page";
import type { AppDeps } from "../deps";
import { checkedActivationCookie } from "../http/checked-activation-cookie";
import type { AppEnv } from "../http/env";
import { renderPage } from "../http/render";
import { readBrowserBindingCookie, setBrowserBindingCookie } from "../openid4vp/browser-binding-cookie";
import { readWalletStatus } from "../openid4vp/read-wallet-status";
import { renderWalletStatusError } from "../openid4vp/routes";
import { startBindingTransaction } from "../openid4vp/start-binding-transaction";
import type { WalletContext } from "../openid4vp/wallet-context";
import { transactionPagePath } from "../openid4vp/wallet-urls";
import { renderActivationProblem, renderPasskeyStep } from "./passkey-step";

/**
 * Route proving eligibility with the wallet before setting up a passkey:
 * starting the bind transaction, whose pages and wallet endpoints are the
 * wallet signing's, and the step from its "bound" outcome to the passkey.
 */
export function walletBindingRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const checkedActivation = checkedActivationCookie({ serverSecret: deps.serverSecret, publicUrl: deps.config.publicUrl });
  const context = (c: Context<AppEnv>): WalletContext => ({ ...deps, log: c.get("log") });

  routes.post("/aktivieren/wallet", async (c) => {
    const t = c.get("t");
    const started = await startBindingTransaction(context(c), { t });
    if (!started.ok) {
      const text = t.residents.activation.walletUnavailable;
      return renderPage(
        c,
        { title: text.title, status: 404 },
        <MessagePage t={t} title={text.title} body={text.body} link={{ href: "/aktivieren", label: t.wallet.binding.backToActivation }} />,
      );
    }

    const { transactionId, browserToken } = started.value;
    setBrowserBindingCookie(c, deps.config.publicUrl, transactionId, browserToken, deps.config.verifier.transactionTtlSeconds);
    return c.redirect(transactionPagePath(transactionId), 303);
  });

  // NOTE: the path lies under the transaction's page, because only there does
  // the browser send the browser-binding cookie that proves it started the binding.
  routes.post("/wallet/:id/passkey", async (c) => {
    const t = c.get("t");
    const transactionId = c.req.param("id");
    c.header("Cache-Control", "no-store");
    const read = await readWalletStatus(context(c), { transactionId, browserToken: readBrowserBindingCookie(c) });
    if (!read.ok) return renderWalletStatusError(c, read.error);

    const { status } = read.value;
    if (status.phase !== "completed" || status.outcome.kind !== "bound") {
      return renderActivationProblem(c, 409, t.residents.activation.notBound, { href: transactionPagePath(transactionId), label: t.wallet.errors.toTransaction });
    }
    return renderPasskeyStep(c, deps, checkedActivation, { kind: "wallet", transactionId });
  });

  return routes;
}
