import type { Child } from "hono/jsx";
import type { Messages } from "../../src/i18n/messages";

type PasskeyCeremonyProps = {
  t: Messages;
  /** "register" creates a passkey, "authenticate" signs in with one. */
  action: "register" | "authenticate";
  /** Endpoint that returns the WebAuthn options as JSON. */
  optionsUrl: string;
  /** Endpoint that verifies the browser's response and returns { redirect } or { message }. */
  verifyUrl: string;
  buttonLabel: string;
  /** Fields sent along with the response, such as the passkey's name. */
  children?: Child;
};

/**
 * Render the form that static/passkeys.js turns into a WebAuthn ceremony.
 * The status paragraph is a live region, so screen readers hear progress and errors.
 * NOTE: browsers report "no passkey for this site on this device" as
 * NotAllowedError, like a cancelled prompt, so the sign-in names both causes.
 */
export function PasskeyCeremony({ t, action, optionsUrl, verifyUrl, buttonLabel, children }: PasskeyCeremonyProps) {
  const text = t.staff.ceremony;
  return (
    <form
      class="passkey-ceremony"
      data-passkey-action={action}
      data-options-url={optionsUrl}
      data-verify-url={verifyUrl}
      data-message-cancelled={action === "authenticate" ? text.signInCancelled : text.cancelled}
      data-message-unsupported={text.unsupported}
      data-message-failed={text.failed}
      data-message-already-registered={text.alreadyRegistered}
      data-message-working={t.staff.signIn.working}
    >
      {children}
      <button type="submit" class="button" disabled>
        {buttonLabel}
      </button>
      <p class="passkey-status" role="status" aria-live="polite"></p>
      <noscript>
        <p>{t.staff.passkeyExplanation.scriptRequired}</p>
      </noscript>
    </form>
  );
}

/** Script tags for the passkey ceremony; the CSP allows only scripts from our origin. */
export function PasskeyScripts() {
  return (
    <>
      <script src="/static/vendor/simplewebauthn-browser.js" defer></script>
      <script src="/static/passkeys.js" defer></script>
    </>
  );
}
