import type { ClaimPath } from "../credentials/credential-types";

export type DcqlCredentialQuery = {
  id: string;
  format: "dc+sd-jwt";
  meta: { vct_values: string[] };
  claims: { path: ClaimPath }[];
};

export type DcqlQuery = {
  credentials: DcqlCredentialQuery[];
  credential_sets: { options: string[][]; required: boolean; purpose: string }[];
};

/** One accepted credential type and the claims the petition's rules need from it. */
export type AcceptedCredential = { vct: string; claimPaths: ClaimPath[] };

/**
 * Id of the credential query for a vct: only letters, digits, "_" and "-" are
 * allowed (OpenID4VP 1.0 §6.1), so other characters become "_".
 */
export function credentialQueryId(vct: string): string {
  return vct.replace(/[^A-Za-z0-9_-]/g, "_");
}

/**
 * Build the DCQL query: one credential query per accepted vct, asking only
 * for the claims the rules need, and one required credential set whose
 * options let any single one of them satisfy the request.
 *
 * NOTE: OpenID4VP 1.0 has no top-level purpose parameter, and its credential
 * set query dropped the `purpose` member that drafts 22 to 25 defined. Wallets
 * must ignore unknown members (§6), so the petition is named here for wallets
 * that still show it, and in client_metadata.client_name for the others.
 */
export function buildDcqlQuery(accepted: AcceptedCredential[], purpose: string): DcqlQuery {
  if (accepted.length === 0) throw new Error("buildDcqlQuery: a petition must accept at least one credential type");

  const credentials = accepted.map(
    (credential): DcqlCredentialQuery => ({
      id: credentialQueryId(credential.vct),
      format: "dc+sd-jwt",
      meta: { vct_values: [credential.vct] },
      claims: credential.claimPaths.map((path) => ({ path })),
    }),
  );
  const ids = credentials.map((query) => query.id);
  if (new Set(ids).size !== ids.length) throw new Error(`buildDcqlQuery: two vct values map to one query id: ${ids.join(", ")}`);

  return {
    credentials,
    credential_sets: [{ options: ids.map((id) => [id]), required: true, purpose }],
  };
}
