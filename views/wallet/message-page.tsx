import type { Messages } from "../../src/i18n/messages";
import type { WalletTarget } from "../../src/openid4vp/wallet-subject";
import { NewRequestButton } from "./outcome-view";

type MessagePageProps = {
  t: Messages;
  title: string;
  body: string;
  /** A link onward, e.g. to the transaction page. */
  link?: { href: string; label: string };
  /** Offer to start a new wallet request for this petition or binding. */
  newRequestFor?: { target: WalletTarget; label: string };
};

/** Render a page that explains why a wallet page cannot be shown and what to do next. */
export function MessagePage({ t, title, body, link, newRequestFor }: MessagePageProps) {
  return (
    <section class="wallet-message">
      <h1>{title}</h1>
      <p>{body}</p>
      {newRequestFor === undefined ? null : <NewRequestButton target={newRequestFor.target} label={newRequestFor.label} />}
      <p>
        {link === undefined ? <a href="/">{t.wallet.errors.toOverview}</a> : <a href={link.href}>{link.label}</a>}
      </p>
    </section>
  );
}
