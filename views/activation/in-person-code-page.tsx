import type { InPersonForm, InPersonProblems } from "../../src/activation/issue-in-person-code";
import type { Messages } from "../../src/i18n/messages";
import { CsrfField } from "../components/csrf-field";
import { ErrorSummary } from "../components/error-summary";
import { Field } from "../components/field";

export const IN_PERSON_PATH = "/verwaltung/aktivierung-vor-ort";

const FIELD_ORDER: (keyof InPersonForm)[] = [
  "familyName",
  "givenNames",
  "birthDate",
  "placeOfBirth",
  "municipalityKey",
  "mainResidenceSince",
  "nationalities",
  "minimumAge",
];

type FormPageProps = { t: Messages; csrfToken: string | undefined; values: InPersonForm; problems: InPersonProblems };

/** Render the form in which citizens' office staff enter a present resident's register data. */
export function InPersonCodeFormPage({ t, csrfToken, values, problems }: FormPageProps) {
  const text = t.activation.inPerson;
  const hints: Partial<Record<keyof InPersonForm, string>> = text.hints;
  const messageOf = (field: keyof InPersonForm) => {
    const problem = problems[field];
    return problem === undefined ? undefined : text.problems[problem];
  };
  const errors = FIELD_ORDER.flatMap((field) => {
    const message = messageOf(field);
    return message === undefined ? [] : [{ fieldId: `in-person-${field}`, message: `${text.fields[field]}: ${message}` }];
  });
  return (
    <section class="in-person-code">
      <ErrorSummary title={text.errorSummaryTitle} errors={errors} />
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <form method="post" action={IN_PERSON_PATH} novalidate>
        <CsrfField token={csrfToken} />
        {FIELD_ORDER.map((field) => (
          <Field
            id={`in-person-${field}`}
            name={field}
            label={text.fields[field]}
            hint={hints[field]}
            value={values[field]}
            error={messageOf(field)}
            errorPrefix={text.errorPrefix}
            autocomplete="off"
            spellcheck={false}
            inputmode={field === "municipalityKey" || field === "minimumAge" ? "numeric" : undefined}
          />
        ))}
        <button type="submit" class="button">
          {text.submit}
        </button>
      </form>
    </section>
  );
}

type IssuedPageProps = { t: Messages; code: string; expiresOn: string; activationPage: string; qrCodeDataUrl: string };

/** Render the printable page with a freshly issued activation code. */
export function InPersonCodeIssuedPage({ t, code, expiresOn, activationPage, qrCodeDataUrl }: IssuedPageProps) {
  const text = t.activation.inPerson;
  return (
    <section class="in-person-code-issued">
      <h1>{text.issuedTitle}</h1>
      <p>{text.issuedIntro}</p>
      <p>{text.codeLabel}</p>
      <p class="activation-code">
        <strong>{code}</strong>
      </p>
      <p>{text.validUntil(expiresOn)}</p>
      <p>{text.howTo(activationPage)}</p>
      <img src={qrCodeDataUrl} alt={t.activation.letter.qrLabel} width="192" height="192" />
      <p>
        <a href={IN_PERSON_PATH}>{text.another}</a>
      </p>
    </section>
  );
}
