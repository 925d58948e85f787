import type { WalletTransactionPurpose } from "../../src/db/schema";
import type { Messages } from "../../src/i18n/messages";
import type { WalletPhase } from "../../src/openid4vp/read-wallet-status";
import type { WalletLinks } from "../../src/openid4vp/wallet-links";
import type { WalletSubject } from "../../src/openid4vp/wallet-subject";
import { StatusFragment } from "./status-fragment";

type RequestPageProps = {
  t: Messages;
  transactionId: string;
  subject: WalletSubject;
  status: WalletPhase;
  /** Present while the transaction waits for a wallet. */
  links: WalletLinks | undefined;
  /** Expiry as a Berlin wall-clock time, HH:MM. */
  validUntil: string | undefined;
};

/** Title of a transaction's page: signing a petition, withdrawing a signature, or proving eligibility for a passkey. */
export function requestPageTitle(t: Messages, purpose: WalletTransactionPurpose): string {
  const titles: Record<WalletTransactionPurpose, string> = { sign: t.wallet.page.title, withdraw: t.withdrawal.wallet.title, bind: t.wallet.binding.page.title };
  return titles[purpose];
}

function introOf(t: Messages, subject: WalletSubject): string {
  if (subject.purpose === "bind") return t.wallet.binding.page.intro;
  return subject.purpose === "sign" ? t.wallet.page.intro(subject.petitionTitle) : t.withdrawal.wallet.intro(subject.petitionTitle);
}

/** Render the page of a wallet transaction: the request for both kinds of device while it waits, and its status. */
export function RequestPage({ t, transactionId, subject, status, links, validUntil }: RequestPageProps) {
  return (
    <section class="wallet-request">
      <h1>{requestPageTitle(t, subject.purpose)}</h1>
      <p>{introOf(t, subject)}</p>

      {links === undefined ? null : (
        <>
          <div class="wallet-options">
            <div class="panel wallet-option">
              <h2>{t.wallet.page.sameDeviceHeading}</h2>
              <p>
                <a class="button" href={links.sameDevice}>
                  {t.wallet.page.sameDeviceButton}
                </a>
              </p>
              <p>{t.wallet.page.sameDeviceHint}</p>
            </div>
            <div class="panel wallet-option">
              <h2>{t.wallet.page.crossDeviceHeading}</h2>
              <img class="wallet-qr" src={links.qrCodeDataUrl} alt={t.wallet.page.qrAlt} width="256" height="256" />
              <p>{t.wallet.page.crossDeviceHint}</p>
              <details>
                <summary>{t.wallet.page.qrAlt}</summary>
                <p>{t.wallet.page.qrTextAlternative}</p>
                <p class="wallet-link-text">
                  <code>{links.crossDevice}</code>
                </p>
              </details>
            </div>
          </div>
          {validUntil === undefined ? null : <p>{t.wallet.page.validUntil(validUntil)}</p>}
          {links.demo === undefined ? null : (
            <div class="panel wallet-demo">
              <h2>
                <span class="demo-badge">{t.wallet.page.demoHeading}</span>
              </h2>
              <p>
                <a class="button button-secondary" href={links.demo}>
                  {t.wallet.page.demoButton}
                </a>
              </p>
              <p>{t.wallet.page.demoHint}</p>
            </div>
          )}
        </>
      )}

      <StatusFragment t={t} transactionId={transactionId} target={subject} status={status} />
    </section>
  );
}
