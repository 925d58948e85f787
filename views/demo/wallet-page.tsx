import type { DemoResident } from "../../src/demo/demo-residents";
import type { Messages } from "../../src/i18n/messages";

type DemoWalletPageProps = {
  t: Messages;
  residents: DemoResident[];
  /** The authorization request by reference; undefined when the page was opened without one. */
  request: { clientId: string; requestUri: string } | undefined;
};

/** Render the demo wallet, where a tester picks the made-up resident whose KommPass is presented, or declines. */
export function DemoWalletPage({ t, residents, request }: DemoWalletPageProps) {
  const text = t.demo.wallet;
  return (
    <section class="demo-wallet">
      <p class="demo-wallet-banner">{text.banner}</p>
      <h1>{text.title}</h1>
      {request === undefined ? (
        <p>{text.noRequest}</p>
      ) : (
        <>
          <p>{text.intro}</p>
          <ul class="demo-wallet-residents">
            {residents.map((resident) => (
              <li>
                <p>
                  <strong>
                    {resident.givenName} {resident.familyName}
                  </strong>{" "}
                  – {text.situations[resident.situation]}
                </p>
                <p class="demo-wallet-claims">{text.bornOn(resident.birthDate)}</p>
                <DemoWalletForm request={request} field={{ name: "resident", value: resident.id }} label={text.presentButton(`${resident.givenName} ${resident.familyName}`)} />
              </li>
            ))}
          </ul>
          <DemoWalletForm request={request} field={{ name: "decline", value: "1" }} label={text.declineButton} secondary />
        </>
      )}
    </section>
  );
}

function DemoWalletForm(props: {
  request: { clientId: string; requestUri: string };
  field: { name: string; value: string };
  label: string;
  secondary?: boolean;
}) {
  return (
    <form method="post" action="/demo/wallet">
      <input type="hidden" name="client_id" value={props.request.clientId} />
      <input type="hidden" name="request_uri" value={props.request.requestUri} />
      <input type="hidden" name={props.field.name} value={props.field.value} />
      <button type="submit" class={props.secondary ? "button button-secondary" : "button"}>
        {props.label}
      </button>
    </form>
  );
}

/** Render the demo wallet's report after it sent a response without a redirect, or after it failed. */
export function DemoWalletMessage({ t, title, body }: { t: Messages; title: string; body: string }) {
  return (
    <section class="demo-wallet">
      <p class="demo-wallet-banner">{t.demo.wallet.banner}</p>
      <h1>{title}</h1>
      <p>{body}</p>
    </section>
  );
}
