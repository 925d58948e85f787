import type { EligibilityFacts } from "../../src/activation/eligibility-facts";
import type { ResidentProof } from "../../src/db/schema";
import type { Messages } from "../../src/i18n/messages";
import { municipalityName } from "../../src/municipalities/lookup-municipality";
import type { Petition } from "../../src/petitions/queries";
import type { ResidentPasskeyListItem } from "../../src/residents/resident-passkeys";
import { ownSignatureKind } from "../../src/residents/own-signature-kind";
import type { OwnSignature } from "../../src/residents/signed-petitions";
import { labelOf } from "../../src/signature-log/log-report";
import { CsrfField } from "../components/csrf-field";
import { PasskeyCeremony, PasskeyScripts } from "../staff/passkey-ceremony";
import { PasskeyNameField } from "../staff/passkey-name-field";

export type AccountNotice = "added" | "removed";

type AccountPageProps = {
  t: Messages;
  csrfToken: string;
  facts: EligibilityFacts;
  provenBy: ResidentProof;
  provenAt: Date;
  validUntil: Date;
  factsStale: boolean;
  signed: { petition: Petition; signature: OwnSignature }[];
  passkeys: ResidentPasskeyListItem[];
  notice?: AccountNotice | undefined;
};

/** Render the resident's area: eligibility facts, petitions signed (computed), passkeys and account deletion. */
export function AccountPage(props: AccountPageProps) {
  const { t, csrfToken, facts, signed, passkeys, notice } = props;
  const text = t.residents.account;
  const format = t.residents.formatDate;
  const onlyOne = passkeys.length <= 1;
  return (
    <section class="resident-account">
      <h1>{text.title}</h1>
      {notice === undefined ? null : (
        <p class="notice" role="status">
          {text.notices[notice]}
        </p>
      )}
      <form method="post" action="/mein-konto/abmelden" class="inline-form">
        <CsrfField token={csrfToken} />
        <button type="submit" class="button button-secondary">
          {text.signOut}
        </button>
      </form>

      <h2>{text.signedHeading}</h2>
      <p>{text.signedIntro}</p>
      {signed.length === 0 ? (
        <p>{text.signedNone}</p>
      ) : (
        <ul class="signed-petitions">
          {signed.map(({ petition, signature }) => (
            <li>
              <a href={`/petitionen/${petition.id}`}>{petition.title}</a>
              {signature.status === "invalid" ? (
                <>
                  {" – "}
                  <span data-signature-state="invalid">{text.signatureStates.invalid(labelOf(t.review.reasons, signature.reason ?? ""))}</span>
                </>
              ) : ownSignatureKind(petition, signature) === "paper" ? (
                <>
                  {" – "}
                  <span data-signature-state="paper">{text.signatureStates.paper}</span>
                </>
              ) : (
                <>
                  {signature.status === "provisional" ? (
                    <>
                      {" – "}
                      <span data-signature-state="provisional">{text.signatureStates.provisional}</span>
                    </>
                  ) : null}
                  {ownSignatureKind(petition, signature) === "online_support" ? (
                    <>
                      {" – "}
                      <span data-signature-state="online-support">{text.signatureStates.onlineSupport}</span>
                    </>
                  ) : null}
                  {" – "}
                  <a href={`/petitionen/${petition.id}/ruecknahme`} aria-label={t.withdrawal.linkFor(petition.title)}>
                    {t.withdrawal.link}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}

      <h2>{text.factsHeading}</h2>
      <p>{text.factsIntro}</p>
      <ul>
        <li>{text.municipality(municipalityName(facts.municipalityKey) ?? facts.municipalityKey)}</li>
        <li>{text.citizenship[facts.citizenship]}</li>
      </ul>
      <p>{text.provenOn(format(props.provenAt), text.provenBy[props.provenBy])}</p>
      <p>{props.factsStale ? text.factsStale : text.validUntil(format(props.validUntil))}</p>

      <h2>{text.passkeysHeading}</h2>
      <ul class="passkey-list">
        {passkeys.map((passkey) => (
          <li id={`passkey-${passkey.id}`}>
            <h3>{passkey.name}</h3>
            <p>
              {text.created(format(passkey.createdAt))}
              <br />
              {passkey.lastUsedAt === null ? text.neverUsed : text.lastUsed(format(passkey.lastUsedAt))}
            </p>
            {onlyOne ? null : (
              <form method="post" action={`/mein-konto/passkeys/${passkey.id}/entfernen`}>
                <CsrfField token={csrfToken} />
                <button type="submit" class="button button-secondary" aria-label={text.removeLabel(passkey.name)}>
                  {text.remove}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {onlyOne ? <p>{text.lastPasskeyNote}</p> : null}
      <h3>{text.addHeading}</h3>
      <PasskeyCeremony t={t} action="register" optionsUrl="/mein-konto/passkeys/optionen" verifyUrl="/mein-konto/passkeys" buttonLabel={text.addButton}>
        <PasskeyNameField t={t} id="new-passkey-name" />
      </PasskeyCeremony>

      <h2>{t.dataAccess.title}</h2>
      <p>
        <a href="/mein-konto/daten">{t.dataAccess.link}</a>
      </p>

      <h2>{text.deleteHeading}</h2>
      <p>
        <a href="/mein-konto/loeschen">{text.deleteLink}</a>
      </p>
      <PasskeyScripts />
    </section>
  );
}
