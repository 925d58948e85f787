import type { Messages } from "../../src/i18n/messages";
import { municipalityName } from "../../src/municipalities/lookup-municipality";
import type { ResidentData } from "../../src/privacy/resident-data";

type DataAccessPageProps = { t: Messages; data: ResidentData };


function labelOf(labels: Record<string, string>, key: string): string {
  return labels[key] ?? key;
}

/** Render one section as a list of records, or "none" when it is empty. */
function RecordList({ t, heading, records }: { t: Messages; heading: string; records: [string, string][][] }) {
  return (
    <section>
      <h2>{heading}</h2>
      {records.length === 0 ? (
        <p>{t.dataAccess.none}</p>
      ) : (
        <ul class="data-records">
          {records.map((fields) => (
            <li>
              <dl>
                {fields.map(([label, value]) => (
                  <div>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Render everything stored about the resident's account, the JSON download,
 * what the platform cannot show and why, and the meaning of each JSON field.
 */
export function DataAccessPage({ t, data }: DataAccessPageProps) {
  const text = t.dataAccess;
  const label = text.labels;
  const never = t.residents.account.neverUsed;
  const facts = data.account.facts;
  const { channels, statuses, kinds } = t.signatureLog;
  const sources: Record<string, string> = text.sources;
  const formatInstant = (value: string | null, fallback: string) => (value === null ? fallback : t.signatureLog.formatDateTime(new Date(value)));

  return (
    <section class="data-access">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <p>
        <a class="button" href="/mein-konto/daten.json" download={text.fileName}>
          {text.download}
        </a>
      </p>

      <RecordList
        t={t}
        heading={text.sections.account}
        records={[
          [
            [label.createdAt, formatInstant(data.account.createdAt, never)],
            [label.residentKey, data.account.residentKey],
            [label.weakResidentKey, data.account.weakResidentKey ?? text.noWeakResidentKey],
            [label.municipality, municipalityName(facts.municipalityKey) ?? facts.municipalityKey],
            [label.mainResidenceSince, facts.mainResidenceSince],
            [label.reachesMinimumAgeOn, `${facts.reachesMinimumAgeOn} (${facts.minimumAge})`],
            [label.citizenship, text.citizenship[facts.citizenship]],
            [label.provenBy, t.residents.account.provenBy[data.account.provenBy]],
            [label.factsProvenAt, formatInstant(data.account.factsProvenAt, never)],
            [label.factsValidUntil, formatInstant(data.account.factsValidUntil, never)],
          ],
        ]}
      />
      <RecordList
        t={t}
        heading={text.sections.passkeys}
        records={data.passkeys.map((passkey) => [
          [label.name, passkey.name],
          [label.createdAt, formatInstant(passkey.createdAt, never)],
          [label.lastUsedAt, formatInstant(passkey.lastUsedAt, never)],
        ])}
      />
      <RecordList
        t={t}
        heading={text.sections.sessions}
        records={data.sessions.map((session) => [
          [label.createdAt, `${formatInstant(session.createdAt, never)}${session.current ? ` (${text.currentSession})` : ""}`],
          [label.lastSeenAt, formatInstant(session.lastSeenAt, never)],
          [label.expiresAt, formatInstant(session.expiresAt, never)],
        ])}
      />
      <RecordList
        t={t}
        heading={text.sections.activationCodes}
        records={data.activationCodes.map((code) => [
          [label.provenBy, labelOf(sources, code.source)],
          [label.createdAt, formatInstant(code.createdAt, never)],
          [label.expiresOn, code.expiresOn],
          [label.usedAt, formatInstant(code.usedAt, never)],
        ])}
      />
      <RecordList
        t={t}
        heading={text.sections.walletActivations}
        records={data.walletActivations.map((activation) => [
          [label.createdAt, formatInstant(activation.createdAt, never)],
          [label.expiresAt, formatInstant(activation.expiresAt, never)],
        ])}
      />
      <RecordList
        t={t}
        heading={text.sections.signatures}
        records={data.signatures.map((signature) => [
          [label.petition, signature.petitionTitle],
          [label.channel, labelOf(channels, signature.channel)],
          [label.status, labelOf(statuses, signature.status)],
          [label.signedAt, formatInstant(signature.signedAt, never)],
        ])}
      />
      <RecordList
        t={t}
        heading={text.sections.signatureLog}
        records={data.signatureLog.map((entry) => [
          [label.petition, entry.petitionTitle],
          [label.kind, labelOf(kinds, entry.kind)],
          ...(entry.reason === null ? [] : [[label.reason, logReasonText(t, entry.reason)] as [string, string]]),
          [label.channel, labelOf(channels, entry.channel)],
          [label.occurredAt, formatInstant(entry.occurredAt, never)],
        ])}
      />
      <RecordList
        t={t}
        heading={text.sections.auditEntries}
        records={data.auditEntries.map((entry) => [
          [label.action, entry.action],
          [label.occurredAt, formatInstant(entry.at, never)],
        ])}
      />

      <h2>{text.notStoredHeading}</h2>
      <ul>
        {text.notStored.map((item) => (
          <li>{item}</li>
        ))}
      </ul>

      <h2>{text.fieldsHeading}</h2>
      <dl class="data-fields">
        {text.fields.map(([name, meaning]) => (
          <div>
            <dt>
              <code>{name}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>

      <p>
        <a href="/mein-konto">{t.residents.account.title}</a>
      </p>
    </section>
  );
}

/** Word a log entry's reason code: the election office's invalidity reasons, or why it confirmed or removed a signature. */
function logReasonText(t: Messages, reason: string): string {
  return t.dataAccess.logReasons[reason] ?? labelOf(t.review.reasons, reason);
}
