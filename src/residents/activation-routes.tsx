import { Hono } from "hono";
import { ActivationPage } from "../../views/residents/activation-page";
import { ActivationRegisterPage } from "../../views/residents/activation-register-page";
import type { AppDeps } from "../deps";
import { AttemptLimiter, clientAddress } from "../http/attempt-limiter";
import { inputForEcho } from "../http/echo-input";
import type { AppEnv } from "../http/env";
import { readJsonBody } from "../http/read-json-body";
import { renderPage } from "../http/render";
import { RESIDENT_AREA_PATH, setResidentSessionCookie } from "../http/resident-session";
import { sealedCookie } from "../http/sealed-cookie";
import { setChallengeCookie, takeChallengeCookie } from "../http/webauthn-challenge-cookie";
import { parseRegistrationResponse } from "../passkeys/webauthn-responses";
import { berlinDate } from "../petitions/collection-period";
import { passkeyNameFrom } from "../staff/passkey-ceremony-routes";
import { completeActivation, startActivation } from "./activate-resident";
import { activationCodeStatus, residentCeremonyFailure } from "./ceremony-failure";
import { checkActivationCode, GUESS_ERRORS } from "./check-activation-code";
import { residentContextFrom } from "./resident-context";

/** Wrong guesses one client may make per window, across all codes. */
export const MAX_GUESSES_PER_CLIENT = 10;
export const GUESS_WINDOW_MS = 15 * 60_000;
/** How long a checked code stays checked in the browser while the resident sets up the passkey. */
const CHECKED_CODE_SECONDS = 15 * 60;
/** A code has 24 symbols and up to 5 separators; longer input is cut before it is shown again. */
const MAX_ECHOED_CODE_LENGTH = 40;

/**
 * Route the activation: the code form, then the passkey registration for a
 * code that passed the check. The checked code's selector travels in a
 * sealed cookie between the two steps; the code is marked used only with
 * the registered passkey, in the same transaction as the account.
 */
export function activationRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const publicUrl = deps.config.publicUrl;
  const limiter = new AttemptLimiter(MAX_GUESSES_PER_CLIENT, GUESS_WINDOW_MS);
  const checkedCode = sealedCookie<{ selector: string }>({ name: "mz_activation", maxAgeSeconds: CHECKED_CODE_SECONDS, serverSecret: deps.serverSecret, publicUrl });

  routes.get("/aktivieren", (c) => {
    c.header("Cache-Control", "no-store");
    return renderPage(c, { title: c.get("t").residents.activation.title }, <ActivationPage t={c.get("t")} />);
  });

  routes.post("/aktivieren", async (c) => {
    const t = c.get("t");
    const now = deps.clock.now();
    const client = clientAddress(c);
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
      if (GUESS_ERRORS.includes(checked.error)) limiter.recordFailure(client, now);
      c.get("log").info({ event: "activation.code_rejected", reason: checked.error }, "activation code rejected");
      return renderPage(
        c,
        { title: t.residents.activation.title, status: activationCodeStatus(checked.error), hasErrors: true },
        <ActivationPage t={t} typedCode={inputForEcho(input, MAX_ECHOED_CODE_LENGTH)} error={t.residents.activation.errors[checked.error]} />,
      );
    }

    checkedCode.set(c, { selector: checked.value.selector }, now);
    return renderPage(c, { title: t.residents.activation.registerTitle }, <ActivationRegisterPage t={t} />);
  });

  routes.post("/aktivieren/optionen", async (c) => {
    const now = deps.clock.now();
    const checked = checkedCode.read(c, now);
    if (checked === undefined) return residentCeremonyFailure(c, "CHALLENGE_MISSING");
    const started = await startActivation(residentContextFrom(deps, c.get("log")), checked.selector, c.get("t").residents.account.navLabel);
    if (!started.ok) return residentCeremonyFailure(c, started.error);
    setChallengeCookie(c, publicUrl, started.value.browserToken);
    return c.json(started.value.options);
  });

  routes.post("/aktivieren/passkey", async (c) => {
    const t = c.get("t");
    const browserToken = takeChallengeCookie(c, publicUrl);
    const body = (await readJsonBody(c)) as { response?: unknown; name?: unknown } | undefined;
    const response = parseRegistrationResponse(body?.response);
    const passkeyName = passkeyNameFrom(body?.name, t.residents.activation.defaultPasskeyName);
    if (response === undefined || passkeyName === undefined) return residentCeremonyFailure(c, "BODY_INVALID");

    const activated = await completeActivation(residentContextFrom(deps, c.get("log")), { browserToken, response, passkeyName });
    if (!activated.ok) return residentCeremonyFailure(c, activated.error);
    checkedCode.clear(c);
    setResidentSessionCookie(c, publicUrl, activated.value.session.token, activated.value.session.expiresAt);
    c.get("log").info({ event: "resident.activated", accountId: activated.value.accountId }, "resident registered a passkey with an activation code");
    return c.json({ redirect: RESIDENT_AREA_PATH });
  });

  return routes;
}
