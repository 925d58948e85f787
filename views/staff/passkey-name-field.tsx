import type { Messages } from "../../src/i18n/messages";
import { Field } from "../components/field";

/** The optional name field sent along with a new passkey. */
export function PasskeyNameField({ t, id }: { t: Messages; id: string }) {
  const text = t.staff.passkeyName;
  return <Field id={id} name="name" label={text.label} hint={text.hint} errorPrefix={t.common.errorTitlePrefix} autocomplete="off" />;
}
