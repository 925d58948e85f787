import { type Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { MessagePage } from "../../views/wallet/message-page";
import { OutcomeView } from "../../views/wallet/outcome-view";
import { RequestPage, requestPageTitle } from "../../views/wallet/request-page";
import { StatusFragment } from "../../views/wallet/status-fragment";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { renderErrorPage } from "../http/error-page";
import { renderPage } from "../http/render";
import type { BodyLimit } from "../http/body-limits";
import type { RouteRule } from "../http/route-table";
import { readBrowserBindingCookie, setBrowserBindingCookie } from "./browser-binding-cookie";
import { getRequestObject, type GetRequestObjectError } from "./get-request-object";
import { readWalletStatus, type ReadWalletStatusError } from "./read-wallet-status";
import { receiveWalletResponse, type ReceiveWalletResponseError } from "./receive-wallet-response";
import { redeemResponseCode, type RedeemResponseCodeError } from "./redeem-response-code";
import { startWalletTransaction } from "./start-wallet-transaction";
import type { WalletContext } from "./wallet-context";
import { walletLinksFor } from "./wallet-links";
import { WITHDRAWAL_RESULT_STATUS } from "../residents/withdrawal-routes";
import { isWalletFlowName, type WalletFlowName } from "./wallet-urls";

/** Largest wallet response accepted. An SD-JWT VC presentation in a JWE is a few kilobytes. */
const MAX_RESPONSE_BYTES = 64 * 1024;
/** Largest body of a request URI POST (OpenID4VP 1.0 §5.10), which carries only wallet_metadata and wallet_nonce. */
const MAX_REQUEST_URI_POST_BYTES = 16 * 1024;

/** Body limits of the wallet endpoints, which app.ts applies before routing. */
export const WALLET_BODY_LIMITS: readonly RouteRule<BodyLimit>[] = [
  { method: "POST", path: "/openid4vp/request/:id", value: { maxBytes: MAX_REQUEST_URI_POST_BYTES } },
  { method: "POST", path: "/openid4vp/response/:id", value: { maxBytes: MAX_RESPONSE_BYTES } },
  { method: "POST", path: "/openid4vp/response/:id/same-device", value: { maxBytes: MAX_RESPONSE_BYTES } },
];
/** Maximum length of a wallet_nonce echoed into the signed request object; wallets send a few dozen characters. */
const MAX_WALLET_NONCE_LENGTH = 256;

const BERLIN_TIME = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" });

/**
 * Build the resident's wallet pages (start, request with QR code, status,
 * outcome) and the OpenID4VP endpoints that wallets call (request object,
 * response).
 */
export function walletRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const context = (c: Context<AppEnv>): WalletContext => ({ ...deps, log: c.get("log") });

  routes.post("/petitionen/:id/wallet", async (c) => {
    const t = c.get("t");
    const started = await startWalletTransaction(context(c), { petitionId: c.req.param("id"), t });
    if (!started.ok) {
      if (started.error === "PETITION_NOT_FOUND") return renderErrorPage(c, 404, "notFound");
      const text = t.signing.errors.NOT_COLLECTING;
      return renderPage(
        c,
        { title: text.title, status: 409 },
        <MessagePage t={t} title={text.title} body={text.body} link={{ href: `/petitionen/${c.req.param("id")}`, label: t.signing.backToPetition }} />,
      );
    }

    const { transactionId, browserToken } = started.value;
    setBrowserBindingCookie(c, deps.config.publicUrl, transactionId, browserToken, deps.config.verifier.transactionTtlSeconds);
    return c.redirect(`/wallet/${transactionId}`, 303);
  });

  routes.get("/wallet/:id", async (c) => {
    const t = c.get("t");
    const transactionId = c.req.param("id");
    const read = await readWalletStatus(context(c), { transactionId, browserToken: readBrowserBindingCookie(c) });
    if (!read.ok) return renderWalletStatusError(c, read.error);

    const { subject, status } = read.value;
    const waiting = status.phase === "waiting";
    const links = waiting
      ? await walletLinksFor({ publicUrl: deps.config.publicUrl, clientId: deps.verifierIdentity.clientId, transactionId, demo: deps.config.demo })
      : undefined;
    c.header("Cache-Control", "no-store");
    return renderPage(
      c,
      { title: requestPageTitle(t, subject.purpose) },
      <RequestPage
        t={t}
        transactionId={transactionId}
        subject={subject}
        status={status}
        links={links}
        validUntil={waiting ? BERLIN_TIME.format(status.expiresAt) : undefined}
      />,
    );
  });

  routes.get("/wallet/:id/status", async (c) => {
    const transactionId = c.req.param("id");
    const read = await readWalletStatus(context(c), { transactionId, browserToken: readBrowserBindingCookie(c) });
    if (!read.ok) return renderWalletStatusError(c, read.error);

    c.header("Cache-Control", "no-store");
    return c.html(
      <StatusFragment t={c.get("t")} transactionId={transactionId} target={read.value.subject} status={read.value.status} />,
    );
  });

  routes.get("/wallet/:id/ergebnis", async (c) => {
    const t = c.get("t");
    const transactionId = c.req.param("id");
    const redeemed = await redeemResponseCode(context(c), {
      transactionId,
      browserToken: readBrowserBindingCookie(c),
      responseCode: c.req.query("response_code"),
    });
    if (!redeemed.ok) return renderRedeemError(c, transactionId, redeemed.error);

    const { outcome, target } = redeemed.value;
    const title = requestPageTitle(t, target.purpose);
    c.header("Cache-Control", "no-store");
    return renderPage(
      c,
      { title, status: outcome.kind === "withdrawal" ? WITHDRAWAL_RESULT_STATUS[outcome.result] : 200 },
      <section class="wallet-request">
        <h1>{title}</h1>
        <OutcomeView t={t} outcome={outcome} target={target} />
      </section>,
    );
  });

  routes.get("/openid4vp/request/:id", (c) => serveRequestObject(c, undefined));
  routes.post("/openid4vp/request/:id", async (c) => {
    const form = await readForm(c);
    if (!form.ok) return protocolError(c, 400, "invalid_request", form.error);
    const walletNonce = form.value.wallet_nonce;
    if (walletNonce !== undefined && (walletNonce.length === 0 || walletNonce.length > MAX_WALLET_NONCE_LENGTH)) {
      return protocolError(c, 400, "invalid_request", "WALLET_NONCE_INVALID");
    }
    return serveRequestObject(c, walletNonce);
  });

  routes.post("/openid4vp/response/:id/same-device", (c) => acceptResponse(c, "same-device"));
  routes.post("/openid4vp/response/:id", (c) => acceptResponse(c, "cross-device"));

  async function serveRequestObject(c: Context<AppEnv>, walletNonce: string | undefined) {
    const flow = c.req.query("flow");
    if (!isWalletFlowName(flow)) return protocolError(c, 400, "invalid_request", "FLOW_INVALID");

    const signed = await getRequestObject(context(c), { transactionId: c.req.param("id")!, flow, walletNonce });
    if (!signed.ok) return protocolError(c, requestObjectErrorStatus[signed.error], "invalid_request_uri", signed.error);
    return c.body(signed.value, 200, { "Content-Type": "application/oauth-authz-req+jwt", "Cache-Control": "no-store" });
  }

  async function acceptResponse(c: Context<AppEnv>, flow: WalletFlowName) {
    const form = await readForm(c);
    if (!form.ok) return protocolError(c, 400, "invalid_request", form.error);

    const transactionId = c.req.param("id")!;
    const received = await receiveWalletResponse(context(c), { transactionId, flow, form: form.value });
    if (!received.ok) {
      c.get("log").warn({ event: "wallet.response_rejected", transactionId, reason: received.error }, "wallet response rejected");
      return protocolError(c, received.error === "TRANSACTION_NOT_FOUND" ? 404 : 400, "invalid_request", received.error);
    }

    c.header("Cache-Control", "no-store");
    return c.json(received.value.redirectUri === undefined ? {} : { redirect_uri: received.value.redirectUri }, 200);
  }

  return routes;
}

const requestObjectErrorStatus: Record<GetRequestObjectError, ContentfulStatusCode> = {
  TRANSACTION_NOT_FOUND: 404,
  TRANSACTION_EXPIRED: 410,
  TRANSACTION_COMPLETED: 410,
};

type FormError = "CONTENT_TYPE_INVALID" | "PARAMETER_REPEATED";

/** Read an application/x-www-form-urlencoded body whose parameters each occur once (RFC 6749 §3.1). */
async function readForm(c: Context<AppEnv>): Promise<{ ok: true; value: Record<string, string> } | { ok: false; error: FormError }> {
  const contentType = c.req.header("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) return { ok: false, error: "CONTENT_TYPE_INVALID" };

  const parameters = new URLSearchParams(await c.req.text());
  const form: Record<string, string> = {};
  for (const [name, value] of parameters) {
    if (Object.hasOwn(form, name)) return { ok: false, error: "PARAMETER_REPEATED" };
    form[name] = value;
  }
  return { ok: true, value: form };
}

/** Respond with an OAuth-style JSON error for wallets, with the reason in the request's language. */
function protocolError(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  error: "invalid_request" | "invalid_request_uri",
  code: ReceiveWalletResponseError | GetRequestObjectError | FormError | "FLOW_INVALID" | "WALLET_NONCE_INVALID",
) {
  c.header("Cache-Control", "no-store");
  return c.json({ error, error_description: c.get("t").wallet.protocolErrors[code] }, status);
}

/** Render the error page for a browser that may not see a transaction, or that requests an unknown one. */
export function renderWalletStatusError(c: Context<AppEnv>, error: ReadWalletStatusError) {
  const t = c.get("t");
  const text = error === "FOREIGN_BROWSER" ? t.wallet.errors.foreignBrowser : t.wallet.errors.transactionNotFound;
  return renderPage(c, { title: text.title, status: error === "FOREIGN_BROWSER" ? 403 : 404 }, <MessagePage t={t} title={text.title} body={text.body} />);
}

function renderRedeemError(c: Context<AppEnv>, transactionId: string, error: RedeemResponseCodeError) {
  if (error === "TRANSACTION_NOT_FOUND" || error === "FOREIGN_BROWSER") return renderWalletStatusError(c, error);

  const t = c.get("t");
  const text = error === "RESPONSE_CODE_USED" ? t.wallet.errors.responseCodeUsed : t.wallet.errors.responseCodeInvalid;
  return renderPage(
    c,
    { title: text.title, status: error === "RESPONSE_CODE_USED" ? 410 : 403 },
    <MessagePage t={t} title={text.title} body={text.body} link={{ href: `/wallet/${transactionId}`, label: t.wallet.errors.toTransaction }} />,
  );
}
