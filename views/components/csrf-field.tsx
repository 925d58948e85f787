import { CSRF_FIELD } from "../../src/http/staff-guards";

/** Hidden form field carrying the staff session's CSRF token; every staff form that posts needs one. */
export function CsrfField({ token }: { token: string | undefined }) {
  if (token === undefined) return null;
  return <input type="hidden" name={CSRF_FIELD} value={token} />;
}
