import type { Messages } from "../../src/i18n/messages";
import type { Petition } from "../../src/petitions/queries";
import { PasskeyCeremony, PasskeyScripts } from "../staff/passkey-ceremony";

type WithdrawalPageProps = { t: Messages; petition: Petition };

/**
 * Render the confirmation before a withdrawal: what it does, and the two
 * ways to prove again who the resident is. Either button starts the
 * withdrawal, so the page itself is the confirmation step.
 */
export function WithdrawalPage({ t, petition }: WithdrawalPageProps) {
  const text = t.withdrawal.page;
  return (
    <section class="withdrawal">
      <h1>{text.title}</h1>
      <p>{text.intro(petition.title)}</p>
      <h2>{text.consequencesHeading}</h2>
      <ul>
        {text.consequences.map((consequence) => (
          <li>{consequence}</li>
        ))}
      </ul>
      <p>{text.proofHint}</p>

      <div class="wallet-options">
        <div class="panel wallet-option">
          <h2>{text.passkeyHeading}</h2>
          <p>{text.passkeyHint}</p>
          <PasskeyCeremony
            t={t}
            action="authenticate"
            optionsUrl={`/petitionen/${petition.id}/ruecknahme/passkey/optionen`}
            verifyUrl={`/petitionen/${petition.id}/ruecknahme/passkey`}
            buttonLabel={text.passkeyButton}
          />
        </div>
        <div class="panel wallet-option">
          <h2>{text.walletHeading}</h2>
          <p>{text.walletHint}</p>
          <form method="post" action={`/petitionen/${petition.id}/ruecknahme/wallet`}>
            <button type="submit" class="button">
              {text.walletButton}
            </button>
          </form>
        </div>
      </div>
      <p>{text.paperHint}</p>
      <p>
        <a href={`/petitionen/${petition.id}`}>{text.cancel}</a>
      </p>
      <PasskeyScripts />
    </section>
  );
}
