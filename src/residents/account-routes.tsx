import { type Context, Hono } from "hono";
import { type AccountNotice, AccountPage } from "../../views/residents/account-page";
import { AccountDeletedPage, DeleteAccountPage } from "../../views/residents/delete-account-page";
import { ResidentSignInPage } from "../../views/residents/resident-sign-in-page";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { readJsonBody } from "../http/read-json-body";
import { flashNotice } from "../http/flash-notice";
import { renderPage } from "../http/render";
import {
  clearResidentSessionCookie,
  RESIDENT_AREA_PATH,
  RESIDENT_SIGN_IN_PATH,
  readResidentSessionCookie,
  requireResident,
  setResidentSessionCookie,
} from "../http/resident-session";
import { challengeBrowserToken, readChallengeCookie, setChallengeCookie } from "../http/webauthn-challenge-cookie";
import { parseAuthenticationResponse, parseRegistrationResponse } from "../passkeys/webauthn-responses";
import { passkeyNameFrom } from "../staff/passkey-ceremony-routes";
import { completeResidentPasskeyAddition, startResidentPasskeyAddition } from "./add-resident-passkey";
import { residentCeremonyFailure } from "./ceremony-failure";
import { deleteResidentAccount } from "./delete-resident-account";
import { factsValidUntil, findResidentAccount } from "./resident-accounts";
import { residentContextFrom } from "./resident-context";
import { listResidentPasskeys, removeResidentPasskey } from "./resident-passkeys";
import { deleteResidentSession, type LoadedResidentSession } from "./resident-sessions";
import { completeResidentSignIn, startResidentSignIn } from "./sign-in-resident";
import { listSignedPetitions } from "./signed-petitions";

/** One-time notice for the resident's sign-in page ("signedOut") or account overview, left by the action that redirects there. */
type ResidentNotice = "signedOut" | AccountNotice;

/** Take the session that requireResident let through; a missing one is a bug in the route. */
export function signedInResident(resident: LoadedResidentSession | undefined): LoadedResidentSession {
  if (resident === undefined) throw new Error("requireResident let a request without a resident session through");
  return resident;
}

/** Route the resident's area: passkey sign-in and sign-out, the overview, passkeys and account deletion. */
export function residentAccountRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const publicUrl = deps.config.publicUrl;
  const noticeFlash = flashNotice<ResidentNotice>({ name: "mz_resident_notice", serverSecret: deps.serverSecret, publicUrl });

  /** Redirect to a page of the resident's area, which then shows the notice once. */
  const redirectWithNotice = (c: Context<AppEnv>, path: string, notice: ResidentNotice) => {
    noticeFlash.set(c, path, notice, deps.clock.now());
    return c.redirect(path, 303);
  };

  routes.get(RESIDENT_SIGN_IN_PATH, (c) => {
    if (c.get("resident") !== undefined) return c.redirect(RESIDENT_AREA_PATH, 303);
    return renderPage(c, { title: c.get("t").residents.account.signInTitle }, <ResidentSignInPage t={c.get("t")} signedOut={noticeFlash.take(c, RESIDENT_SIGN_IN_PATH, deps.clock.now()) === "signedOut"} />);
  });

  routes.post(`${RESIDENT_SIGN_IN_PATH}/optionen`, async (c) => {
    const started = await startResidentSignIn(residentContextFrom(deps, c.get("log")), challengeBrowserToken(c));
    setChallengeCookie(c, publicUrl, started.browserToken);
    return c.json(started.options);
  });

  routes.post(`${RESIDENT_SIGN_IN_PATH}/pruefen`, async (c) => {
    const browserToken = readChallengeCookie(c);
    const body = (await readJsonBody(c)) as { response?: unknown } | undefined;
    const response = parseAuthenticationResponse(body?.response);
    if (response === undefined) return residentCeremonyFailure(c, "BODY_INVALID");
    const signedIn = await completeResidentSignIn(residentContextFrom(deps, c.get("log")), {
      browserToken,
      response,
      previousSessionToken: readResidentSessionCookie(c, publicUrl),
    });
    if (!signedIn.ok) return residentCeremonyFailure(c, signedIn.error);
    setResidentSessionCookie(c, publicUrl, signedIn.value.session.token, signedIn.value.session.expiresAt);
    c.get("log").info({ event: "resident.signed_in", accountId: signedIn.value.accountId }, "resident signed in");
    return c.json({ redirect: RESIDENT_AREA_PATH });
  });

  routes.post("/mein-konto/abmelden", requireResident(), async (c) => {
    const token = readResidentSessionCookie(c, publicUrl);
    if (token !== undefined) await deleteResidentSession(deps.database.db, token);
    clearResidentSessionCookie(c, publicUrl);
    return redirectWithNotice(c, RESIDENT_SIGN_IN_PATH, "signedOut");
  });

  routes.get(RESIDENT_AREA_PATH, requireResident(), async (c) => {
    const t = c.get("t");
    const resident = signedInResident(c.get("resident"));
    const account = await findResidentAccount(deps.database.db, resident.accountId);
    if (account === undefined) {
      clearResidentSessionCookie(c, publicUrl);
      return c.redirect(RESIDENT_SIGN_IN_PATH, 303);
    }
    const now = deps.clock.now();
    const validUntil = factsValidUntil(account, deps.config.residents.factsValidDays);
    const [signed, passkeys] = await Promise.all([
      listSignedPetitions(deps.database, deps.serverSecret, account.residentKey, now),
      listResidentPasskeys(deps.database.db, account.id),
    ]);
    const taken = noticeFlash.take(c, RESIDENT_AREA_PATH, now);
    const notice = taken === "signedOut" ? undefined : taken;
    c.header("Cache-Control", "no-store");
    return renderPage(
      c,
      { title: t.residents.account.title, csrfToken: resident.csrfToken },
      <AccountPage
        t={t}
        csrfToken={resident.csrfToken}
        facts={account.facts}
        provenBy={account.provenBy}
        provenAt={account.factsProvenAt}
        validUntil={validUntil}
        factsStale={now.getTime() >= validUntil.getTime()}
        signed={signed}
        passkeys={passkeys}
        notice={notice}
      />,
    );
  });

  routes.post("/mein-konto/passkeys/optionen", requireResident(), async (c) => {
    const resident = signedInResident(c.get("resident"));
    const started = await startResidentPasskeyAddition(
      residentContextFrom(deps, c.get("log")),
      resident.accountId,
      c.get("t").residents.account.navLabel,
      challengeBrowserToken(c),
    );
    setChallengeCookie(c, publicUrl, started.browserToken);
    return c.json(started.options);
  });

  routes.post("/mein-konto/passkeys", requireResident(), async (c) => {
    const resident = signedInResident(c.get("resident"));
    const browserToken = readChallengeCookie(c);
    const body = (await readJsonBody(c)) as { response?: unknown; name?: unknown } | undefined;
    const response = parseRegistrationResponse(body?.response);
    const passkeyName = passkeyNameFrom(body?.name, c.get("t").residents.activation.defaultPasskeyName);
    if (response === undefined || passkeyName === undefined) return residentCeremonyFailure(c, "BODY_INVALID");
    const added = await completeResidentPasskeyAddition(residentContextFrom(deps, c.get("log")), resident.accountId, { browserToken, response, passkeyName });
    if (!added.ok) return residentCeremonyFailure(c, added.error);
    noticeFlash.set(c, RESIDENT_AREA_PATH, "added", deps.clock.now());
    return c.json({ redirect: RESIDENT_AREA_PATH });
  });

  routes.post("/mein-konto/passkeys/:passkeyId/entfernen", requireResident(), async (c) => {
    const t = c.get("t");
    const resident = signedInResident(c.get("resident"));
    const passkeyId = c.req.param("passkeyId");
    const removed = /^[0-9a-f-]{36}$/i.test(passkeyId) ? await removeResidentPasskey(deps.database, resident.accountId, passkeyId) : undefined;
    if (removed?.ok) return redirectWithNotice(c, RESIDENT_AREA_PATH, "removed");
    const error = removed === undefined ? "PASSKEY_NOT_FOUND" : removed.error;
    return renderPage(
      c,
      { title: t.residents.account.title, status: error === "LAST_PASSKEY" ? 409 : 404, csrfToken: resident.csrfToken },
      <section>
        <h1>{t.residents.account.title}</h1>
        <p role="alert">{t.residents.account.removeErrors[error]}</p>
        <p>
          <a href={RESIDENT_AREA_PATH}>{t.residents.account.title}</a>
        </p>
      </section>,
    );
  });

  routes.get("/mein-konto/loeschen", requireResident(), (c) => {
    const resident = signedInResident(c.get("resident"));
    const t = c.get("t");
    return renderPage(c, { title: t.residents.account.deleteTitle, csrfToken: resident.csrfToken }, <DeleteAccountPage t={t} csrfToken={resident.csrfToken} />);
  });

  routes.post("/mein-konto/loeschen", requireResident(), async (c) => {
    const resident = signedInResident(c.get("resident"));
    await deleteResidentAccount(deps.database, resident.accountId);
    clearResidentSessionCookie(c, publicUrl);
    c.get("log").info({ event: "resident.account_deleted", accountId: resident.accountId }, "resident deleted their account");
    return renderPage(c, { title: c.get("t").residents.account.deletedTitle }, <AccountDeletedPage t={c.get("t")} />);
  });

  return routes;
}
