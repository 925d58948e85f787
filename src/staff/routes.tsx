import { Hono } from "hono";
import { SignInPage } from "../../views/staff/sign-in-page";
import { StaffHomePage } from "../../views/staff/staff-home-page";
import type { AppDeps } from "../deps";
import type { AppEnv } from "../http/env";
import { renderPage } from "../http/render";
import { isLocalPath, RETURN_TO_PARAM, requireStaff, SIGN_IN_PATH } from "../http/staff-guards";
import { clearStaffSessionCookie, readStaffSessionCookie } from "../http/staff-session";
import { signInNoticeFlash } from "./sign-in-notice-flash";
import { signOutStaff } from "./sign-out-staff";

/** Route the staff sign-in page, sign-out and the staff area's start page. */
export function staffRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const noticeFlash = signInNoticeFlash(deps);

  routes.get(SIGN_IN_PATH, (c) => {
    const t = c.get("t");
    if (c.get("staff") !== undefined) return c.redirect(returnPathFrom(c.req.query(RETURN_TO_PARAM)), 303);
    const returnTo = c.req.query(RETURN_TO_PARAM);
    return renderPage(
      c,
      { title: t.staff.signIn.title },
      <SignInPage t={t} returnTo={returnTo !== undefined && isLocalPath(returnTo) ? returnTo : undefined} notice={noticeFlash.take(c, SIGN_IN_PATH, deps.clock.now())} />,
    );
  });

  routes.post("/abmelden", requireStaff(), async (c) => {
    const staff = c.get("staff");
    const token = readStaffSessionCookie(c, deps.config.publicUrl);
    if (staff !== undefined && token !== undefined) await signOutStaff(deps.database, token, staff.id, deps.clock.now());
    clearStaffSessionCookie(c, deps.config.publicUrl);
    c.get("log").info({ event: "staff.signed_out", staffId: staff?.id }, "staff member signed out");
    noticeFlash.set(c, SIGN_IN_PATH, "signedOut", deps.clock.now());
    return c.redirect(SIGN_IN_PATH, 303);
  });

  routes.get("/verwaltung", requireStaff(), (c) => {
    const t = c.get("t");
    const staff = c.get("staff");
    if (staff === undefined) throw new Error("requireStaff let a request without staff through");
    return renderPage(c, { title: t.staff.home.title }, <StaffHomePage t={t} staff={staff} />);
  });

  return routes;
}

/** Where to go after sign-in: the requested local path, else the staff area's start page. */
export function returnPathFrom(requested: string | undefined): string {
  return requested !== undefined && isLocalPath(requested) ? requested : "/verwaltung";
}
