import type { Messages } from "../../src/i18n/messages";
import { Field } from "../components/field";

type ReceiptFormProps = { t: Messages; petitionId: string; value?: string; error?: string };

/** Render the GET form that checks a receipt code, which works without JavaScript. */
export function ReceiptForm({ t, petitionId, value, error }: ReceiptFormProps) {
  const r = t.petitions.receipt;
  return (
    <form method="get" action={`/petitionen/${petitionId}/quittung`} class="receipt-form">
      <Field
        id="receipt-code"
        name="code"
        label={r.label}
        hint={r.hint}
        value={value}
        error={error}
        errorPrefix={t.common.errorTitlePrefix}
        autocomplete="off"
        spellcheck={false}
      />
      <button type="submit" class="button button-secondary">
        {r.button}
      </button>
    </form>
  );
}
