import { type Context, Hono } from "hono";
import { MessagePage } from "../../views/wallet/message-page";
import { WithdrawalOutcomePage } from "../../views/withdrawal/withdrawal-outcome";
import { WithdrawalPage } from "../../views/withdrawal/withdrawal-page";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { renderErrorPage } from "../http/error-page";
import { renderPage } from "../http/render";
import { sealedCookie } from "../http/sealed-cookie";
import { setBrowserBindingCookie } from "../openid4vp/browser-binding-cookie";
import { startWithdrawalTransaction } from "../openid4vp/start-withdrawal-transaction";
import { isCollecting } from "../petitions/collection-period";
import type { Petition } from "../petitions/queries";
import { WITHDRAWAL_RESULT_OF, type WithdrawalResult, type WithdrawError } from "../signing/withdraw-signature";
import { residentCeremonyFailure } from "./ceremony-failure";
import { findPublishedPetition, petitionCeremonyOptions, readPetitionAssertion } from "./petition-ceremony-requests";
import { residentContextFrom } from "./resident-context";
import { type PasskeyWithdrawalError, withdrawWithPasskey } from "./withdraw-with-passkey";

/** How long the result of a passkey withdrawal waits in the browser for its page. */
const OUTCOME_SECONDS = 5 * 60;

const WITHDRAW_ERRORS: ReadonlySet<string> = new Set<WithdrawError>(["NOT_COLLECTING", "NOT_SIGNED", "PAPER_SIGNATURE", "DECLARED_INVALID"]);

function isWithdrawError(error: PasskeyWithdrawalError): error is WithdrawError {
  return WITHDRAW_ERRORS.has(error);
}

/** Status of each result page, by passkey or by wallet: a withdrawal that did not happen is not a success. */
export const WITHDRAWAL_RESULT_STATUS: Record<WithdrawalResult, 200 | 404 | 409> = {
  withdrawn: 200,
  not_signed: 404,
  paper_signature: 409,
  not_collecting: 409,
  declared_invalid: 409,
};

/** Path of a petition's withdrawal page; the ceremony and result paths are below it. */
export function withdrawalPath(petitionId: string): string {
  return `/petitionen/${petitionId}/ruecknahme`;
}

/**
 * Route withdrawing a signature: the confirmation page that offers passkey
 * and wallet, the passkey ceremony with its result page, and the start of a
 * withdraw transaction, whose wallet pages are the signing ones. As with
 * passkey signing, a sealed cookie carries the result to its page. For a
 * rejected passkey the route returns JSON for the page's status line.
 */
export function withdrawalRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const publicUrl = deps.config.publicUrl;
  const outcomeCookie = sealedCookie<{ petitionId: string; result: WithdrawalResult; invalidReason?: string }>({
    name: "mz_withdrawal_outcome",
    maxAgeSeconds: OUTCOME_SECONDS,
    serverSecret: deps.serverSecret,
    publicUrl,
  });

  routes.get("/petitionen/:id/ruecknahme", async (c) => {
    const t = c.get("t");
    const petition = await findPublishedPetition(deps, c.req.param("id"));
    if (petition === undefined) return renderErrorPage(c, 404, "notFound");
    if (!isCollecting(petition, deps.clock.now())) return renderNotCollecting(c, petition);
    return renderPage(c, { title: t.withdrawal.page.title }, <WithdrawalPage t={t} petition={petition} />);
  });

  routes.post("/petitionen/:id/ruecknahme/passkey/optionen", petitionCeremonyOptions(deps, "resident_withdrawal"));

  routes.post("/petitionen/:id/ruecknahme/passkey", async (c) => {
    const assertion = await readPetitionAssertion(deps, c);
    if (assertion instanceof Response) return assertion;
    const { petition } = assertion;

    const withdrawn = await withdrawWithPasskey(residentContextFrom(deps, c.get("log")), assertion);
    let result: WithdrawalResult;
    let invalidReason: string | undefined;
    if (withdrawn.ok) result = "withdrawn";
    else if (isWithdrawError(withdrawn.error)) {
      result = WITHDRAWAL_RESULT_OF[withdrawn.error];
      invalidReason = "invalidReason" in withdrawn ? withdrawn.invalidReason : undefined;
    } else return residentCeremonyFailure(c, withdrawn.error);
    outcomeCookie.set(c, { petitionId: petition.id, result, ...(invalidReason === undefined ? {} : { invalidReason }) }, deps.clock.now());
    return c.json({ redirect: `${withdrawalPath(petition.id)}/ergebnis`, outcome: result });
  });

  routes.get("/petitionen/:id/ruecknahme/ergebnis", async (c) => {
    const petition = await findPublishedPetition(deps, c.req.param("id"));
    if (petition === undefined) return renderErrorPage(c, 404, "notFound");
    const stored = outcomeCookie.read(c, deps.clock.now(), { take: true });
    const result = stored?.petitionId === petition.id ? stored.result : undefined;
    const invalidReason = stored?.petitionId === petition.id ? stored.invalidReason : undefined;
    const t = c.get("t");
    const title = result === undefined ? t.withdrawal.noOutcome.title : t.withdrawal.outcomes[result].title;
    c.header("Cache-Control", "no-store");
    return renderPage(
      c,
      { title, status: result === undefined ? 200 : WITHDRAWAL_RESULT_STATUS[result] },
      <WithdrawalOutcomePage t={t} petitionId={petition.id} petitionTitle={petition.title} result={result} invalidReason={invalidReason} />,
    );
  });

  routes.post("/petitionen/:id/ruecknahme/wallet", async (c) => {
    const started = await startWithdrawalTransaction({ ...deps, log: c.get("log") }, { petitionId: c.req.param("id"), t: c.get("t") });
    if (!started.ok) {
      if (started.error === "PETITION_NOT_FOUND") return renderErrorPage(c, 404, "notFound");
      const petition = await findPublishedPetition(deps, c.req.param("id"));
      if (petition === undefined) return renderErrorPage(c, 404, "notFound");
      return renderNotCollecting(c, petition);
    }

    const { transactionId, browserToken } = started.value;
    setBrowserBindingCookie(c, publicUrl, transactionId, browserToken, deps.config.verifier.transactionTtlSeconds);
    return c.redirect(`/wallet/${transactionId}`, 303);
  });

  return routes;
}

/** Render the page that explains that a withdrawal is no longer possible, with 409 because the petition's state forbids it. */
function renderNotCollecting(c: Context<AppEnv>, petition: Petition) {
  const t = c.get("t");
  const text = t.withdrawal.outcomes.not_collecting;
  return renderPage(
    c,
    { title: text.title, status: 409 },
    <MessagePage t={t} title={text.title} body={text.body} link={{ href: `/petitionen/${petition.id}`, label: t.withdrawal.backToPetition }} />,
  );
}
