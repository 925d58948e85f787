import type { JWK } from "jose";

/** One trusted credential issuer, as read from the TRUST_LIST file. */
export type TrustedIssuer = {
  name: string;
  /** When set, a credential's iss must equal it. */
  iss: string | undefined;
  jwks: JWK[];
  /** PEM certificates that x5c chains must end in. */
  x509TrustAnchors: string[];
  /** Credential types (vct) this issuer is trusted for. */
  vct: string[];
};

export type TrustList = { issuers: TrustedIssuer[] };
