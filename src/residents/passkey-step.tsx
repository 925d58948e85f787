import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ActivationProblemPage } from "../../views/residents/activation-problem-page";
import { ActivationRegisterPage } from "../../views/residents/activation-register-page";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { renderPage } from "../http/render";
import type { SealedCookie } from "../http/sealed-cookie";
import { type ActivationSource, checkActivationSource } from "./activation-source";
import { activationSourceStatus } from "./ceremony-failure";
import { WALLET_ACTIVATION_SECONDS } from "./wallet-activations";

/**
 * Lead a browser with a checked activation source to the passkey step. The
 * source must still be redeemable, and it is kept in the sealed cookie. The
 * page registers a passkey, and offers signing in with the account's
 * passkey when the resident has one already.
 */
export async function renderPasskeyStep(c: Context<AppEnv>, deps: AppDeps, checkedActivation: SealedCookie<ActivationSource>, source: ActivationSource) {
  const t = c.get("t");
  const now = deps.clock.now();
  const checked = await checkActivationSource(deps.database.db, source, now);
  if (!checked.ok) return renderActivationProblem(c, activationSourceStatus(checked.error), t.residents.activation.errors[checked.error]);

  checkedActivation.set(c, source, now);
  return renderPage(
    c,
    { title: t.residents.activation.registerTitle },
    <ActivationRegisterPage t={t} source={source.kind} hasAccount={checked.value.hasAccount} walletMinutes={WALLET_ACTIVATION_SECONDS / 60} />,
  );
}

/** Render why the passkey cannot be set up now, with the given status. */
export function renderActivationProblem(c: Context<AppEnv>, status: ContentfulStatusCode, body: string, link?: { href: string; label: string }) {
  const t = c.get("t");
  return renderPage(c, { title: t.residents.activation.problemTitle, status }, <ActivationProblemPage t={t} body={body} link={link} />);
}
