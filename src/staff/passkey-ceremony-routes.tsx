import type { Context } from "hono";
import { Hono } from "hono";
import { InvitationPage } from "../../views/staff/invitation-page";
import { InvitationProblemPage } from "../../views/staff/invitation-problem-page";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { readJsonBody } from "../http/read-json-body";
import { renderPage } from "../http/render";
import { RETURN_TO_PARAM } from "../http/staff-guards";
import { readStaffSessionCookie, setStaffSessionCookie } from "../http/staff-session";
import { challengeBrowserToken, readChallengeCookie, setChallengeCookie } from "../http/webauthn-challenge-cookie";
import type { PasskeyError } from "../passkeys/passkey-errors";
import { parseAuthenticationResponse, parseRegistrationResponse } from "../passkeys/webauthn-responses";
import { findOpenInvitation, INVITATION_PATH, type InvitationError } from "./invite-staff-member";
import { completeInvitationRegistration, startInvitationRegistration } from "./register-staff-passkey";
import { returnPathFrom } from "./routes";
import { completeStaffSignIn, startStaffSignIn } from "./sign-in-staff";
import { staffContextFrom } from "./staff-context";
import { MAX_PASSKEY_NAME_LENGTH, normalisePasskeyName } from "./staff-passkeys";

type CeremonyFailure = PasskeyError | InvitationError | "STAFF_DISABLED" | "PASSKEY_ALREADY_REGISTERED" | "BODY_INVALID";

/** HTTP status of each rejected ceremony step. */
const FAILURE_STATUS: Record<CeremonyFailure, 400 | 403 | 404 | 410> = {
  CHALLENGE_MISSING: 400,
  CHALLENGE_MISMATCH: 400,
  WRONG_CEREMONY: 400,
  ORIGIN_MISMATCH: 400,
  RP_ID_MISMATCH: 400,
  USER_NOT_VERIFIED: 400,
  UNKNOWN_CREDENTIAL: 400,
  COUNTER_REGRESSION: 400,
  RESPONSE_INVALID: 400,
  PASSKEY_ALREADY_REGISTERED: 400,
  BODY_INVALID: 400,
  STAFF_DISABLED: 403,
  INVITATION_NOT_FOUND: 404,
  INVITATION_USED: 410,
  INVITATION_REVOKED: 410,
  INVITATION_EXPIRED: 410,
};

/**
 * Answer a rejected ceremony step with JSON that static/passkeys.js shows:
 * the German (or English) message and the code for tests and support.
 */
export function ceremonyFailure(c: Context<AppEnv>, code: CeremonyFailure) {
  c.get("log").warn({ event: "passkey.ceremony_rejected", code, path: c.req.path }, "passkey ceremony rejected");
  return c.json({ code, message: c.get("t").staff.passkeyErrors[code] }, FAILURE_STATUS[code]);
}

/** Read the passkey name sent with a registration; the default name when none was typed, undefined when too long. */
export function passkeyNameFrom(value: unknown, defaultName: string): string | undefined {
  const name = normalisePasskeyName(typeof value === "string" ? value : undefined);
  if (Array.from(name).length > MAX_PASSKEY_NAME_LENGTH) return undefined;
  return name.length === 0 ? defaultName : name;
}

/**
 * Route the pages and JSON endpoints of registration from an invitation and
 * of sign-in. The invitation token travels in the query (?code=), which the
 * request log leaves out, and Referrer-Policy same-origin keeps it from
 * leaking to other sites.
 */
export function passkeyCeremonyRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const publicUrl = deps.config.publicUrl;

  routes.get(INVITATION_PATH, async (c) => {
    const t = c.get("t");
    const code = c.req.query("code");
    const invitation = await findOpenInvitation(deps.database.db, code, deps.clock.now());
    if (!invitation.ok) {
      return renderPage(
        c,
        { title: t.staff.invitation.problemTitles[invitation.error], status: FAILURE_STATUS[invitation.error] },
        <InvitationProblemPage t={t} problem={invitation.error} />,
      );
    }
    c.header("Cache-Control", "no-store");
    return renderPage(c, { title: t.staff.invitation.title }, <InvitationPage t={t} invitation={invitation.value} code={code ?? ""} />);
  });

  routes.post(`${INVITATION_PATH}/optionen`, async (c) => {
    const started = await startInvitationRegistration(staffContextFrom(deps, c.get("log")), c.req.query("code"), challengeBrowserToken(c));
    if (!started.ok) return ceremonyFailure(c, started.error);
    setChallengeCookie(c, publicUrl, started.value.browserToken);
    return c.json(started.value.options);
  });

  routes.post(`${INVITATION_PATH}/passkey`, async (c) => {
    const t = c.get("t");
    const browserToken = readChallengeCookie(c);
    const body = (await readJsonBody(c)) as { response?: unknown; name?: unknown } | undefined;
    const response = parseRegistrationResponse(body?.response);
    const passkeyName = passkeyNameFrom(body?.name, t.staff.passkeyName.defaultName);
    if (response === undefined || passkeyName === undefined) return ceremonyFailure(c, "BODY_INVALID");

    const registered = await completeInvitationRegistration(staffContextFrom(deps, c.get("log")), {
      invitationToken: c.req.query("code"),
      browserToken,
      response,
      passkeyName,
    });
    if (!registered.ok) return ceremonyFailure(c, registered.error);
    setStaffSessionCookie(c, publicUrl, registered.value.session.token, registered.value.session.expiresAt);
    c.get("log").info({ event: "staff.registered", staffId: registered.value.staffMemberId }, "staff member registered a passkey");
    return c.json({ redirect: "/verwaltung" });
  });

  routes.post("/anmelden/optionen", async (c) => {
    const started = await startStaffSignIn(staffContextFrom(deps, c.get("log")), challengeBrowserToken(c));
    setChallengeCookie(c, publicUrl, started.browserToken);
    return c.json(started.options);
  });

  routes.post("/anmelden/pruefen", async (c) => {
    const browserToken = readChallengeCookie(c);
    const body = (await readJsonBody(c)) as { response?: unknown } | undefined;
    const response = parseAuthenticationResponse(body?.response);
    if (response === undefined) return ceremonyFailure(c, "BODY_INVALID");

    const signedIn = await completeStaffSignIn(staffContextFrom(deps, c.get("log")), {
      browserToken,
      response,
      previousSessionToken: readStaffSessionCookie(c, publicUrl),
    });
    if (!signedIn.ok) return ceremonyFailure(c, signedIn.error);
    setStaffSessionCookie(c, publicUrl, signedIn.value.session.token, signedIn.value.session.expiresAt);
    c.get("log").info({ event: "staff.signed_in", staffId: signedIn.value.staffMemberId }, "staff member signed in");
    return c.json({ redirect: returnPathFrom(c.req.query(RETURN_TO_PARAM)) });
  });

  return routes;
}
