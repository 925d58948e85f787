import type { Representative, SignatureKind } from "../../src/db/schema";
import type { Locale } from "../../src/i18n/locale";
import type { Messages } from "../../src/i18n/messages";
import { municipalityName } from "../../src/municipalities/lookup-municipality";
import { isEuNationalities } from "../../src/petitions/eu-nationalities";
import type { PublicPetition } from "../../src/petitions/public-petitions";
import { ownSignatureKind } from "../../src/residents/own-signature-kind";
import type { OwnSignature } from "../../src/residents/signed-petitions";
import { labelOf } from "../../src/signature-log/log-report";
import { PasskeyCeremony, PasskeyScripts } from "../staff/passkey-ceremony";
import { CollectionStatus } from "./collection-status";
import { ReceiptForm } from "./receipt-form";
import { SignatureCount } from "./signature-count";
import { SubmissionNotice } from "./submission-notice";
import { TextParagraphs } from "./text-paragraphs";

type PetitionPageProps = {
  t: Messages;
  locale: Locale;
  view: PublicPetition;
  /** Show the page as the workspace's preview of a draft: no signing, no receipt check, no live count. */
  preview?: boolean;
  /** The signed-in resident's signature of this petition; undefined without a resident session or signature. */
  ownSignature?: OwnSignature | undefined;
};

function nationalityNames(locale: Locale, codes: string[]): string {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  return codes.map((code) => names.of(code) ?? code).join(", ");
}

/** Pick the sentence that says which kinds of signature count toward the quorum. */
function signatureKindsText(texts: Messages["petitions"]["page"]["signatureKinds"], kinds: SignatureKind[]): string {
  const online = kinds.includes("online");
  const paper = kinds.includes("paper");
  if (online && paper) return texts.onlineAndPaper;
  if (online) return texts.onlineOnly;
  return texts.paperOnly;
}

function RepresentativeEntry({ role, person }: { role: string; person: Representative }) {
  return (
    <div>
      <dt>{role}</dt>
      <dd>
        {person.name}
        <br />
        {person.contact}
      </dd>
    </div>
  );
}

/** Render the public page of a petition: full text, rules, count, time left, signing and receipt check. */
export function PetitionPage({ t, locale, view, preview = false, ownSignature }: PetitionPageProps) {
  const { petition, phase, progress } = view;
  const p = t.petitions.page;
  const rules = petition.rules;
  const open = phase.phase === "open" && !preview;

  return (
    <article class="petition">
      <h1>{petition.title}</h1>
      <CollectionStatus t={t} phase={phase} />
      {view.submission === undefined ? null : <SubmissionNotice t={t} state={view.submission} />}

      <section class="petition-count" aria-labelledby="count-heading">
        <h2 id="count-heading">{p.statusHeading}</h2>
        {open ? (
          <div
            id="signature-count"
            aria-live="polite"
            hx-get={`/petitionen/${petition.id}/stand`}
            hx-trigger="every 10s"
            hx-swap="innerHTML"
          >
            <SignatureCount t={t} progress={progress} />
          </div>
        ) : (
          <div id="signature-count">
            <SignatureCount t={t} progress={progress} />
          </div>
        )}
      </section>

      {open && ownSignature !== undefined ? <OwnSignatureNotice t={t} petition={petition} signature={ownSignature} /> : null}

      {open && ownSignature === undefined ? (
        <section class="petition-sign" aria-labelledby="sign-heading">
          <h2 id="sign-heading">{p.signHeading}</h2>
          <p>{p.signHint}</p>
          <form method="post" action={`/petitionen/${petition.id}/wallet`}>
            <button type="submit" class="button">
              {p.signButton}
            </button>
          </form>
          <h3>{t.residents.signing.heading}</h3>
          <p>{t.residents.signing.hint}</p>
          <PasskeyCeremony
            t={t}
            action="authenticate"
            optionsUrl={`/petitionen/${petition.id}/passkey/optionen`}
            verifyUrl={`/petitionen/${petition.id}/passkey`}
            buttonLabel={t.residents.signing.button}
          />
          <p>
            <a href="/aktivieren">{t.residents.signing.activateLink}</a>
          </p>
          <p>
            <a href={`/petitionen/${petition.id}/ruecknahme`}>{t.withdrawal.link}</a>
          </p>
          <PasskeyScripts />
        </section>
      ) : null}

      <section aria-labelledby="decision-heading">
        <h2 id="decision-heading">{p.decisionProposal}</h2>
        <blockquote class="decision-proposal">
          <TextParagraphs text={petition.decisionProposal} />
        </blockquote>
      </section>

      <section aria-labelledby="reasoning-heading">
        <h2 id="reasoning-heading">{p.reasoning}</h2>
        <TextParagraphs text={petition.reasoning} />
      </section>

      <section aria-labelledby="cost-heading">
        <h2 id="cost-heading">{p.costCoverageProposal}</h2>
        <TextParagraphs text={petition.costCoverageProposal} />
      </section>

      <section aria-labelledby="representatives-heading">
        <h2 id="representatives-heading">{p.representatives}</h2>
        <dl class="representatives">
          <RepresentativeEntry role={p.representative} person={petition.representative} />
          <RepresentativeEntry role={p.deputy} person={petition.deputy} />
        </dl>
        <p>{p.notifiedOn(petition.notificationDate)}</p>
      </section>

      <section aria-labelledby="eligibility-heading">
        <h2 id="eligibility-heading">{p.whoMaySign}</h2>
        <ul>
          <li>{p.municipalities(rules.municipalityKeys.map((key) => municipalityName(key) ?? p.municipalityKey(key)).join(", "))}</li>
          {rules.minimumResidenceMonths > 0 ? <li>{p.minimumResidence(rules.minimumResidenceMonths)}</li> : null}
          <li>{p.minimumAge(rules.minimumAge)}</li>
          <li>
            {isEuNationalities(rules.nationalities)
              ? p.euNationalities
              : p.nationalities(nationalityNames(locale, rules.nationalities))}
          </li>
        </ul>
      </section>

      <section aria-labelledby="kinds-heading">
        <h2 id="kinds-heading">{p.signatureKindsHeading}</h2>
        <p class="signature-kinds">{signatureKindsText(p.signatureKinds, petition.signatureKinds)}</p>
      </section>

      {preview ? null : (
        <>
          <section aria-labelledby="receipt-heading">
            <h2 id="receipt-heading">{t.petitions.receipt.heading}</h2>
            <ReceiptForm t={t} petitionId={petition.id} />
          </section>

          <p>
            <a href="/">{p.backToList}</a>
          </p>
        </>
      )}
    </article>
  );
}

/**
 * Tell the signed-in resident the state of their signature: counted, awaiting
 * the election office, or declared invalid with the reason. A paper signature
 * gets no withdrawal link, because only the election office withdraws it on
 * a written request. Where only paper counts, an online signature is shown as
 * support that does not count toward the quorum.
 */
function OwnSignatureNotice({ t, petition, signature }: { t: Messages; petition: PublicPetition["petition"]; signature: OwnSignature }) {
  const w = t.withdrawal;
  if (signature.status === "invalid") {
    return (
      <section class="petition-signed panel" aria-labelledby="signed-heading">
        <h2 id="signed-heading">{w.invalidatedNotice}</h2>
        <p>{w.invalidatedDetail(labelOf(t.review.reasons, signature.reason ?? ""))}</p>
      </section>
    );
  }
  const kind = ownSignatureKind(petition, signature);
  if (kind === "paper") {
    return (
      <section class="petition-signed panel" aria-labelledby="signed-heading" data-signature-state="paper">
        <h2 id="signed-heading">{w.paperSignedNotice}</h2>
        <p>{w.paperWithdrawal}</p>
      </section>
    );
  }
  return (
    <section class="petition-signed panel" aria-labelledby="signed-heading">
      <h2 id="signed-heading">{kind === "online_support" ? w.supportNotice : w.signedNotice}</h2>
      {kind === "online_support" ? <p>{w.supportDetail}</p> : null}
      {signature.status === "provisional" ? <p>{w.provisionalNotice}</p> : null}
      <p>
        <a href={`/petitionen/${petition.id}/ruecknahme`}>{w.link}</a>
      </p>
    </section>
  );
}
