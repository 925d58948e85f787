import type { Messages } from "../../src/i18n/messages";
import { MAX_PASSKEY_NAME_LENGTH } from "../../src/staff/staff-passkeys";
import { Field } from "../components/field";

/**
 * Render the optional name field sent along with a new passkey. maxlength
 * stops a name the server would reject, because by then the device has
 * created a passkey that the account would not know.
 */
export function PasskeyNameField({ t, id }: { t: Messages; id: string }) {
  const text = t.staff.passkeyName;
  return <Field id={id} name="name" label={text.label} hint={text.hint} errorPrefix={t.common.errorTitlePrefix} autocomplete="off" maxLength={MAX_PASSKEY_NAME_LENGTH} />;
}
