import type { Messages } from "../../src/i18n/messages";
import type { PrivacyNoticeFacts } from "../../src/privacy/privacy-notice-facts";

type PrivacyNoticePageProps = { t: Messages; facts: PrivacyNoticeFacts };

export function PrivacyNoticePage({ t, facts }: PrivacyNoticePageProps) {
  const p = t.privacyNotice;
  const controller = facts.controller;
  return (
    <article class="privacy-notice">
      <h1>{p.title}</h1>
      <p>{p.intro}</p>

      <h2>{p.controllerHeading}</h2>
      <address>
        {controller.name}
        <br />
        {controller.address}
        <br />
        {p.emailLabel} <a href={`mailto:${controller.email}`}>{controller.email}</a>
      </address>
      <p>
        {p.officerLabel} <a href={`mailto:${controller.officerEmail}`}>{controller.officerEmail}</a>
      </p>

      <h2>{p.dataHeading}</h2>
      {p.kinds.map((kind) => (
        <section class="privacy-kind">
          <h3>{kind.name}</h3>
          <p>{kind.content}</p>
          <dl>
            <dt>{p.columns.purpose}</dt>
            <dd>{kind.purpose}</dd>
            <dt>{p.columns.retention}</dt>
            <dd>{kind.retention(facts)}</dd>
            <dt>{p.columns.access}</dt>
            <dd>{kind.access}</dd>
          </dl>
        </section>
      ))}

      <h2>{p.linkingHeading}</h2>
      <p>{p.linking}</p>

      <h2>{p.rightsHeading}</h2>
      <p>{p.rights}</p>
    </article>
  );
}
