import type { Messages } from "../../src/i18n/messages";

/** Explain what a passkey is and what to do when the browser offers none. */
export function PasskeyExplanation({ t }: { t: Messages }) {
  const text = t.staff.passkeyExplanation;
  return (
    <section class="passkey-explanation" aria-labelledby="passkey-explanation-heading">
      <h2 id="passkey-explanation-heading">{text.heading}</h2>
      <p>{text.body}</p>
      <h3>{text.noPasskeyHeading}</h3>
      <p>{text.noPasskeyBody}</p>
    </section>
  );
}
