import type { ErrorKind } from "../src/http/error-page";
import type { Messages } from "../src/i18n/messages";

type ErrorPageProps = { t: Messages; kind: ErrorKind; reqId: string | undefined };

export function ErrorPage({ t, kind, reqId }: ErrorPageProps) {
  const text = t.common.errors[kind];
  return (
    <section class="error-page">
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      {kind === "internal" && reqId ? (
        <p>
          <code>{reqId}</code>
        </p>
      ) : null}
      <p>
        <a href="/">{t.common.errors.backToOverview}</a>
      </p>
    </section>
  );
}
