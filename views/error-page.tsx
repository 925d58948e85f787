import type { ErrorKind } from "../src/http/error-page";
import type { Messages } from "../src/i18n/messages";

type ErrorPageProps = {
  t: Messages;
  kind: ErrorKind;
  reqId: string | undefined;
  /** Link below the message: to the staff area or to the list of petitions. */
  back: { href: string; text: string };
  /** A sentence after the body, such as when to try again or the allowed size. */
  detail?: string | undefined;
};

export function ErrorPage({ t, kind, reqId, back, detail }: ErrorPageProps) {
  const text = t.common.errors[kind];
  return (
    <section class="error-page">
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      {detail === undefined ? null : <p>{detail}</p>}
      {kind === "internal" && reqId ? (
        <p>
          <code>{reqId}</code>
        </p>
      ) : null}
      <p>
        <a href={back.href}>{back.text}</a>
      </p>
    </section>
  );
}
