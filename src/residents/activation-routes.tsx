import { Hono } from "hono";
import { ActivationPage } from "../../views/residents/activation-page";
import { bindingCredentialTypes } from "../credentials/credential-types";
import type { AppDeps } from "../deps";
import { checkedActivationCookie } from "../http/checked-activation-cookie";
import { inputForEcho } from "../http/echo-input";
import type { AppEnv } from "../http/env";
import { FixedWindowLimiter } from "../http/fixed-window-limiter";
import { readJsonBody } from "../http/read-json-body";
import { renderPage } from "../http/render";
import { RESIDENT_AREA_PATH, readResidentSessionCookie, setResidentSessionCookie } from "../http/resident-session";
import { challengeBrowserToken, readChallengeCookie, setChallengeCookie } from "../http/webauthn-challenge-cookie";
import { parseAuthenticationResponse, parseRegistrationResponse } from "../passkeys/webauthn-responses";
import { berlinDate } from "../petitions/collection-period";
import { passkeyNameFrom } from "../staff/passkey-ceremony-routes";
import { completeActivationSignIn, startActivationSignIn } from "./activate-by-sign-in";
import { completeActivation, startActivation } from "./activate-resident";
import { activationSourceStatus, residentCeremonyFailure } from "./ceremony-failure";
import { checkActivationCode, GUESS_ERRORS } from "./check-activation-code";
import { renderPasskeyStep } from "./passkey-step";
import { residentContextFrom } from "./resident-context";

/** Wrong guesses one client may make per window, across all codes. */
export const MAX_GUESSES_PER_CLIENT = 10;
export const GUESS_WINDOW_MS = 15 * 60_000;
/** A code has 24 symbols and up to 5 separators; longer input is cut before it is shown again. */
const MAX_ECHOED_CODE_LENGTH = 40;

/**
 * Route the activation: the page with the code form and the way to the
 * wallet, the check of a code, then the passkey ceremonies for a checked
 * source. The source travels in a sealed cookie between the steps. It is
 * used up only with the registered passkey or the sign-in, in the same
 * transaction as the account.
 */
export function activationRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const publicUrl = deps.config.publicUrl;
  const limiter = new FixedWindowLimiter(MAX_GUESSES_PER_CLIENT, GUESS_WINDOW_MS);
  const checkedActivation = checkedActivationCookie({ serverSecret: deps.serverSecret, publicUrl });
  const walletBinding = bindingCredentialTypes(deps.trustList).length > 0;

  routes.get("/aktivieren", (c) => {
    c.header("Cache-Control", "no-store");
    return renderPage(c, { title: c.get("t").residents.activation.title }, <ActivationPage t={c.get("t")} walletBinding={walletBinding} />);
  });

  routes.post("/aktivieren", async (c) => {
    const t = c.get("t");
    const now = deps.clock.now();
    const client = c.get("clientAddress");
    c.header("Cache-Control", "no-store");

    const retryAfter = limiter.retryAfterSeconds(client, now);
    if (retryAfter > 0) {
      c.get("log").warn({ event: "activation.client_limited" }, "too many wrong activation codes from one client");
      c.header("Retry-After", String(retryAfter));
      return renderPage(
        c,
        { title: t.residents.activation.tooManyTitle, status: 429 },
        <section>
          <h1>{t.residents.activation.tooManyTitle}</h1>
          <p>{t.residents.activation.tooManyBody(Math.ceil(retryAfter / 60))}</p>
        </section>,
      );
    }

    const body = await c.req.parseBody();
    const input = typeof body.code === "string" ? body.code : undefined;
    const checked = await checkActivationCode(deps.database.db, input, berlinDate(now));
    if (!checked.ok) {
      if (GUESS_ERRORS.includes(checked.error)) limiter.record(client, now);
      c.get("log").info({ event: "activation.code_rejected", reason: checked.error }, "activation code rejected");
      return renderPage(
        c,
        { title: t.residents.activation.title, status: activationSourceStatus(checked.error), hasErrors: true },
        <ActivationPage t={t} walletBinding={walletBinding} typedCode={inputForEcho(input, MAX_ECHOED_CODE_LENGTH)} error={t.residents.activation.errors[checked.error]} />,
      );
    }

    return renderPasskeyStep(c, deps, checkedActivation, { kind: "code", selector: checked.value.selector });
  });

  routes.post("/aktivieren/optionen", async (c) => {
    const source = checkedActivation.read(c, deps.clock.now());
    if (source === undefined) return residentCeremonyFailure(c, "CHALLENGE_MISSING");
    const started = await startActivation(
      residentContextFrom(deps, c.get("log")),
      source,
      c.get("t").residents.account.navLabel,
      challengeBrowserToken(c),
    );
    if (!started.ok) return residentCeremonyFailure(c, started.error);
    setChallengeCookie(c, publicUrl, started.value.browserToken);
    return c.json(started.value.options);
  });

  routes.post("/aktivieren/passkey", async (c) => {
    const t = c.get("t");
    const browserToken = readChallengeCookie(c);
    const body = (await readJsonBody(c)) as { response?: unknown; name?: unknown } | undefined;
    const response = parseRegistrationResponse(body?.response);
    const passkeyName = passkeyNameFrom(body?.name, t.residents.activation.defaultPasskeyName);
    if (response === undefined || passkeyName === undefined) return residentCeremonyFailure(c, "BODY_INVALID");

    const activated = await completeActivation(residentContextFrom(deps, c.get("log")), { browserToken, response, passkeyName });
    if (!activated.ok) return residentCeremonyFailure(c, activated.error);
    checkedActivation.clear(c);
    setResidentSessionCookie(c, publicUrl, activated.value.session.token, activated.value.session.expiresAt);
    c.get("log").info({ event: "resident.activated", accountId: activated.value.accountId }, "resident registered a passkey after proving eligibility");
    return c.json({ redirect: RESIDENT_AREA_PATH });
  });

  routes.post("/aktivieren/anmelden/optionen", async (c) => {
    const source = checkedActivation.read(c, deps.clock.now());
    if (source === undefined) return residentCeremonyFailure(c, "CHALLENGE_MISSING");
    const started = await startActivationSignIn(residentContextFrom(deps, c.get("log")), source, challengeBrowserToken(c));
    if (!started.ok) return residentCeremonyFailure(c, started.error);
    setChallengeCookie(c, publicUrl, started.value.browserToken);
    return c.json(started.value.options);
  });

  routes.post("/aktivieren/anmelden/pruefen", async (c) => {
    const browserToken = readChallengeCookie(c);
    const body = (await readJsonBody(c)) as { response?: unknown } | undefined;
    const response = parseAuthenticationResponse(body?.response);
    if (response === undefined) return residentCeremonyFailure(c, "BODY_INVALID");

    const signedIn = await completeActivationSignIn(residentContextFrom(deps, c.get("log")), {
      browserToken,
      response,
      previousSessionToken: readResidentSessionCookie(c, publicUrl),
    });
    if (!signedIn.ok) return residentCeremonyFailure(c, signedIn.error);
    checkedActivation.clear(c);
    setResidentSessionCookie(c, publicUrl, signedIn.value.session.token, signedIn.value.session.expiresAt);
    c.get("log").info({ event: "resident.facts_refreshed", accountId: signedIn.value.accountId }, "resident signed in after proving eligibility again");
    return c.json({ redirect: RESIDENT_AREA_PATH });
  });

  return routes;
}
