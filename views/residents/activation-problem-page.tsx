import type { Messages } from "../../src/i18n/messages";

type ActivationProblemPageProps = {
  t: Messages;
  body: string;
  /** A link to follow first, such as the wallet request; the way back to the start is always offered. */
  link?: { href: string; label: string };
};

/** Render why the passkey cannot be set up at this point and where to go on. */
export function ActivationProblemPage({ t, body, link }: ActivationProblemPageProps) {
  const text = t.residents.activation;
  return (
    <section class="resident-activation">
      <h1>{text.problemTitle}</h1>
      <p>{body}</p>
      {link === undefined ? null : (
        <p>
          <a href={link.href}>{link.label}</a>
        </p>
      )}
      <p>
        <a href="/aktivieren">{text.walletStartOver}</a>
      </p>
    </section>
  );
}
