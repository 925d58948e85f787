import { err, ok, type Result } from "../result";
import type { DcqlCredentialQuery } from "./dcql-query";

export type SelectedPresentation = { presentation: string; credentialQuery: DcqlCredentialQuery };

/**
 * Take the one presentation out of a vp_token (OpenID4VP 1.0 §8.1): an
 * object keyed by the id of a credential query we sent, whose value is an
 * array with one presentation, because no query sets `multiple` and the
 * credential set requests a single credential.
 */
export function selectPresentation(
  vpToken: unknown,
  dcqlQuery: Record<string, unknown>,
): Result<SelectedPresentation, "PRESENTATION_MALFORMED"> {
  if (typeof vpToken !== "object" || vpToken === null || Array.isArray(vpToken)) return err("PRESENTATION_MALFORMED");
  const entries = Object.entries(vpToken);
  if (entries.length !== 1) return err("PRESENTATION_MALFORMED");

  const [id, presentations] = entries[0]!;
  const queries = (dcqlQuery.credentials ?? []) as DcqlCredentialQuery[];
  const credentialQuery = queries.find((query) => query.id === id);
  if (credentialQuery === undefined) return err("PRESENTATION_MALFORMED");
  if (!Array.isArray(presentations) || presentations.length !== 1 || typeof presentations[0] !== "string") {
    return err("PRESENTATION_MALFORMED");
  }
  return ok({ presentation: presentations[0], credentialQuery });
}
