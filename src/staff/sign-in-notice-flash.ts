import type { SignInNotice } from "../../views/staff/sign-in-page";
import type { AppDeps } from "../deps";
import { flashNotice } from "../http/flash-notice";

/** One-time notice for the staff sign-in page, left by sign-out and by removing the session's own passkey. */
export function signInNoticeFlash(deps: AppDeps) {
  return flashNotice<SignInNotice>({ name: "mz_sign_in_notice", serverSecret: deps.serverSecret, publicUrl: deps.config.publicUrl });
}
