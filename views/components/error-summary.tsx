/** One error in the summary, linking to the field it belongs to. */
export type SummaryError = { fieldId: string; message: string };

type ErrorSummaryProps = {
  title: string;
  errors: SummaryError[];
  /** Move the keyboard focus to the summary; false where the page focuses the first field in error instead. */
  takeFocus?: boolean;
};

/**
 * Render the list of a form's errors at the top of the page, each linking to
 * its field. role="alert" makes screen readers announce it when the page loads,
 * and autofocus moves the keyboard focus to it without a script, which the
 * Content Security Policy would not allow inline.
 */
export function ErrorSummary({ title, errors, takeFocus = true }: ErrorSummaryProps) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1} autofocus={takeFocus}>
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((error) => (
          <li>
            <a href={`#${error.fieldId}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
