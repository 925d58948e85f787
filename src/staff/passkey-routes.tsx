import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import { type PasskeyFormError, type PasskeyNotice, PasskeysPage } from "../../views/staff/passkeys-page";
import type { AppDeps } from "../deps";
import { inputForEcho } from "../http/echo-input";
import type { AppEnv } from "../http/env";
import { renderErrorPage } from "../http/error-page";
import { flashNotice } from "../http/flash-notice";
import { readJsonBody } from "../http/read-json-body";
import { renderPage } from "../http/render";
import { requireStaff, SIGN_IN_PATH } from "../http/staff-guards";
import { clearStaffSessionCookie } from "../http/staff-session";
import { challengeBrowserToken, readChallengeCookie, setChallengeCookie } from "../http/webauthn-challenge-cookie";
import { parseRegistrationResponse } from "../passkeys/webauthn-responses";
import { completePasskeyAddition, startPasskeyAddition } from "./add-staff-passkey";
import { removeStaffPasskey, renameStaffPasskey } from "./manage-staff-passkeys";
import { ceremonyFailure, passkeyNameFrom } from "./passkey-ceremony-routes";
import type { SignedInStaff } from "./signed-in-staff";
import { staffContextFrom } from "./staff-context";
import { signInNoticeFlash } from "./sign-in-notice-flash";
import { listStaffPasskeys, MAX_PASSKEY_NAME_LENGTH } from "./staff-passkeys";

const PASSKEYS_PATH = "/verwaltung/passkeys";
const passkeyIdSchema = z.uuid();

function signedInStaff(c: Context<AppEnv>): SignedInStaff {
  const staff = c.get("staff");
  if (staff === undefined) throw new Error("requireStaff let a request without staff through");
  return staff;
}

/** Route a staff member's own passkeys: the list, adding, renaming and removing. */
export function passkeyRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const publicUrl = deps.config.publicUrl;
  const passkeyFlash = flashNotice<PasskeyNotice>({ name: "mz_passkeys_notice", serverSecret: deps.serverSecret, publicUrl });
  const signInFlash = signInNoticeFlash(deps);

  /** Leave a notice for the passkey list, which shows it once after the redirect. */
  const leaveNotice = (c: Context<AppEnv>, notice: PasskeyNotice) => passkeyFlash.set(c, PASSKEYS_PATH, notice, deps.clock.now());

  async function renderList(c: Context<AppEnv>, status: 200 | 404 | 409 | 422, notice?: PasskeyNotice, error?: PasskeyFormError) {
    const t = c.get("t");
    const passkeys = await listStaffPasskeys(deps.database.db, signedInStaff(c).id);
    return renderPage(
      c,
      { title: t.staff.passkeys.title, status, hasErrors: error !== undefined },
      <PasskeysPage
        t={t}
        passkeys={passkeys}
        currentPasskeyId={signedInStaff(c).passkeyId}
        csrfToken={c.get("csrfToken")}
        notice={notice}
        error={error}
      />,
    );
  }

  routes.get(PASSKEYS_PATH, requireStaff(), (c) => {
    return renderList(c, 200, passkeyFlash.take(c, PASSKEYS_PATH, deps.clock.now()));
  });

  routes.post(`${PASSKEYS_PATH}/optionen`, requireStaff(), async (c) => {
    const started = await startPasskeyAddition(staffContextFrom(deps, c.get("log")), signedInStaff(c), challengeBrowserToken(c));
    setChallengeCookie(c, publicUrl, started.browserToken);
    return c.json(started.options);
  });

  routes.post(PASSKEYS_PATH, requireStaff(), async (c) => {
    const t = c.get("t");
    const browserToken = readChallengeCookie(c);
    const body = (await readJsonBody(c)) as { response?: unknown; name?: unknown } | undefined;
    const response = parseRegistrationResponse(body?.response);
    const passkeyName = passkeyNameFrom(body?.name, t.staff.passkeyName.defaultName);
    if (response === undefined || passkeyName === undefined) return ceremonyFailure(c, "BODY_INVALID");

    const added = await completePasskeyAddition(staffContextFrom(deps, c.get("log")), signedInStaff(c).id, { browserToken, response, passkeyName });
    if (!added.ok) return ceremonyFailure(c, added.error);
    c.get("log").info({ event: "staff.passkey_added", staffId: signedInStaff(c).id, passkeyId: added.value.passkeyId }, "passkey added");
    leaveNotice(c, "added");
    return c.json({ redirect: PASSKEYS_PATH });
  });

  routes.post(`${PASSKEYS_PATH}/:passkeyId/name`, requireStaff(), async (c) => {
    const t = c.get("t");
    const passkeyId = c.req.param("passkeyId");
    if (!passkeyIdSchema.safeParse(passkeyId).success) return renderErrorPage(c, 404, "notFound");
    const form = await c.req.parseBody();
    const typed = typeof form.name === "string" ? form.name : undefined;

    const renamed = await renameStaffPasskey(deps.database, signedInStaff(c).id, passkeyId, typed, deps.clock.now());
    if (renamed.ok) {
      leaveNotice(c, "renamed");
      return c.redirect(PASSKEYS_PATH, 303);
    }
    if (renamed.error === "PASSKEY_NOT_FOUND") return renderErrorPage(c, 404, "notFound");
    const typedName = inputForEcho(typed, MAX_PASSKEY_NAME_LENGTH * 2);
    return renderList(c, 422, undefined, { passkeyId, message: t.staff.passkeyName.errors[renamed.error], typedName });
  });

  routes.post(`${PASSKEYS_PATH}/:passkeyId/entfernen`, requireStaff(), async (c) => {
    const t = c.get("t");
    const passkeyId = c.req.param("passkeyId");
    if (!passkeyIdSchema.safeParse(passkeyId).success) return renderErrorPage(c, 404, "notFound");

    const staff = signedInStaff(c);
    const removed = await removeStaffPasskey(deps.database, staff.id, passkeyId, deps.clock.now());
    if (removed.ok) {
      c.get("log").info({ event: "staff.passkey_removed", staffId: staff.id, passkeyId, endedSessions: removed.value.endedSessions }, "passkey removed");
      if (passkeyId !== staff.passkeyId) {
        leaveNotice(c, "removed");
        return c.redirect(PASSKEYS_PATH, 303);
      }
      // This session was signed in with the removed passkey and has ended with it.
      clearStaffSessionCookie(c, publicUrl);
      signInFlash.set(c, SIGN_IN_PATH, "passkeyRemoved", deps.clock.now());
      return c.redirect(SIGN_IN_PATH, 303);
    }
    if (removed.error === "PASSKEY_NOT_FOUND") return renderErrorPage(c, 404, "notFound");
    return renderList(c, 409, undefined, { passkeyId, message: t.staff.passkeys.errors.LAST_PASSKEY });
  });

  return routes;
}
